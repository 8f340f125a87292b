import type { Locator, Page } from '@playwright/test';
import { STORAGE_KEY, type PracticeState, type RatingName } from '../../src/practice/store.ts';
import { expect, sitePath } from './fixtures.ts';

/**
 * The practice page as a reader uses it, for the specs: open it, draft, reveal, tick, rate, read
 * what is stored. Every method waits for the state it leads to, never for time.
 */
export class PracticePage {
  readonly page: Page;
  readonly draft: Locator;
  readonly reveal: Locator;
  readonly keyPoints: Locator;
  readonly result: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly title: Locator;

  constructor(page: Page) {
    this.page = page;
    this.draft = page.locator('#practice-draft');
    this.reveal = page.getByRole('button', { name: 'Show the answer' });
    this.keyPoints = page.locator('[data-key-points] input[type="checkbox"]');
    this.result = page.locator('[data-result]');
    this.status = page.locator('[data-practice-status]');
    this.alert = page.locator('[data-practice-alert]');
    this.title = page.locator('[data-q-title]');
  }

  /** Opens `/practice/` (with `?q=…` or other parameters) and waits for its script. */
  async goto(search = ''): Promise<void> {
    await this.page.goto(sitePath(`/practice/${search}`));
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.locator('[data-practice][data-ready]').waitFor({ state: 'attached' });
  }

  /** The overview's row for a question. */
  row(slug: string): Locator {
    return this.page.locator(`[data-question-row="${slug}"]`);
  }

  ratingButton(name: RatingName): Locator {
    return this.page.locator(`[data-rate="${name}"]`);
  }

  /** Drafts, reveals, ticks the first `ticked` key points and rates the open question. */
  async practise(rating: RatingName, { draft = 'My answer.', ticked = 1 } = {}): Promise<void> {
    await this.draft.fill(draft);
    await this.reveal.click();
    for (let i = 0; i < ticked; i++) await this.keyPoints.nth(i).check();
    await this.ratingButton(rating).click();
    await expect(this.result).toBeVisible();
  }

  /** The progress as stored in `localStorage`. */
  async stored(): Promise<PracticeState | null> {
    const raw = await this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    return raw === null ? null : (JSON.parse(raw) as PracticeState);
  }

  /** The raw stored value of any key. */
  item(key: string): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Every `localStorage` key of the page. */
  keys(): Promise<string[]> {
    return this.page.evaluate(() => Object.keys(localStorage).sort());
  }
}
