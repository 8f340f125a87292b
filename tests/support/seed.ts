import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The owner's interview answers, as committed from the seed file. */
const SEED_PATH = fileURLToPath(new URL('../../src/answers/interview-answers.md', import.meta.url));

export interface SeedAnswer {
  number: number;
  question: string;
  /** The answer as written, Markdown included. */
  markdown: string;
  /** The answer as a reader sees it: emphasis and code marks removed, white space folded. */
  text: string;
}

/** Removes Markdown emphasis and code marks and folds white space, as a browser shows the text. */
function toPlainText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readSeed(path = SEED_PATH): SeedAnswer[] {
  const source = readFileSync(path, 'utf8');
  const parts = source.split(/^## (\d+)\. (.+)$/m);
  const answers: SeedAnswer[] = [];
  for (let i = 1; i < parts.length; i += 3) {
    const markdown = (parts[i + 2] ?? '').replace(/\n---\s*$/, '').trim();
    answers.push({
      number: Number(parts[i]),
      question: (parts[i + 1] ?? '').trim(),
      markdown,
      text: toPlainText(markdown),
    });
  }
  return answers;
}
