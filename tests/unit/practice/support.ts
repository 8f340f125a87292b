import type { PracticeQuestion } from '../../../src/practice/questions.ts';
import type { StorageLike } from '../../../src/practice/store.ts';

/** `localStorage` as a map, with a switch to make it refuse writes or reads like a locked-down browser. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  refuseWrites = false;
  refuseReads = false;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.refuseReads) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A question for tests: `question(3, 'spark')`. */
export function question(number: number, theme: string, slug = `question-${number}`): PracticeQuestion {
  return {
    slug,
    number,
    theme: theme as PracticeQuestion['theme'],
    themeLabel: theme,
    question: `Question ${number}?`,
    shortTitle: `Q ${number}`,
    href: `/answers/${slug}/`,
    keyPoints: ['First idea to cover', 'Second idea to cover', 'Third idea to cover'],
  };
}

/** A random number source that returns the given values in turn, for draws that tests can predict. */
export function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}
