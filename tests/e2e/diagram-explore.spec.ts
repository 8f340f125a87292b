import type { Locator, Page } from '@playwright/test';
import { readRendered } from '../../src/diagrams/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { axeViolations } from '../support/page-checks.ts';
import { publicUrl } from '../support/site.ts';

// Exploring a diagram (issue "Diagrams that explain"): focus a box and see its neighbours, trace
// what it depends on or feeds, open its card, walk through the steps, follow a deep link. Checked
// against the graph the renderer stored for the end-to-end pipeline (diagrams/rendered/*.json).

const PAGE = '/answers/end-to-end-data-pipeline/';
const ID = 'pipeline-end-to-end';
const rendered = readRendered(ID);
if (!rendered) throw new Error(`no render for ${ID}`);
const graph = rendered.graph;
const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

/** The boxes reachable from `id` along the arrows (`down`) or against them (`up`), itself excluded. */
function reach(id: string, direction: 'up' | 'down'): string[] {
  const seen = new Set<string>();
  for (let queue = [id]; queue.length > 0;) {
    const current = queue.shift() ?? '';
    for (const edge of graph.edges) {
      const [here, there] = direction === 'down' ? [edge.from, edge.to] : [edge.to, edge.from];
      if (here === current && !seen.has(there) && there !== id) {
        seen.add(there);
        queue.push(there);
      }
    }
  }
  return [...seen].sort();
}

const neighbours = (id: string) =>
  [...new Set(graph.edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : [])))].sort();

class Explorer {
  readonly page: Page;
  readonly block: Locator;
  readonly svg: Locator;
  readonly card: Locator;

  constructor(page: Page) {
    this.page = page;
    this.block = page.locator(`#diagram-${ID}`);
    this.svg = this.block.locator('svg.dg-svg');
    this.card = page.locator('.dg-card');
  }

  /** A box, by its node id. */
  box(id: string): Locator {
    return this.svg.locator(`[data-dg-node="${id}"]`).first();
  }

  /** What a box is focused through: its link, or itself. */
  focusable(id: string): Locator {
    return this.svg.locator(`a:has(> [data-dg-node="${id}"]), [data-dg-node="${id}"][tabindex]`).first();
  }

  /** Node ids highlighted now (the rest of the diagram is dimmed). */
  async lit(): Promise<string[]> {
    const ids = await this.svg
      .locator('[data-dg-node].dg-on')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-dg-node') ?? ''));
    return [...new Set(ids)].sort();
  }

  async dimmed(): Promise<boolean> {
    return this.svg.evaluate((svg) => svg.classList.contains('dg-dim'));
  }
}

test.describe('exploring a diagram', () => {
  test('every box is reachable by Tab and named with its label and connections', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    for (const node of graph.nodes) {
      const target = x.focusable(node.id);
      await expect(target).toHaveAttribute(
        'aria-label',
        new RegExp(`^${label(node.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
      await expect(target).not.toHaveAttribute('tabindex', '-1');
    }
    await expect(x.focusable('silver')).toHaveAttribute(
      'aria-label',
      `${label('silver')}, from: ${label('clean')}; to: ${label('build')}`,
    );
  });

  test('hovering a box highlights it, its edges and its neighbours, and dims the rest', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.box('silver').hover();
    await expect.poll(() => x.lit()).toEqual(['silver', ...neighbours('silver')].sort());
    expect(await x.dimmed()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => x.dimmed()).toBe(false);
  });

  test('the keyboard focuses a box, moves along an edge with the arrows, opens the card with Enter and clears with Esc', async ({
    page,
  }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.focusable('silver').focus();
    await expect.poll(() => x.lit()).toEqual(['silver', ...neighbours('silver')].sort());
    // The pipeline flows down: ArrowDown follows the arrow from silver to the job that reads it.
    await page.keyboard.press('ArrowDown');
    await expect(x.focusable('build')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(x.focusable('silver')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(x.card).toBeVisible();
    await expect(x.card).toHaveAccessibleName(label('silver'));
    await page.keyboard.press('Escape');
    await expect(x.card).toBeHidden();
    await expect(x.focusable('silver')).toBeFocused();
  });

  test('upstream and downstream highlight everything a box depends on or feeds, with a count', async ({
    page,
  }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.focusable('silver').focus();
    await page.keyboard.press('Enter');
    const up = reach('silver', 'up');
    const down = reach('silver', 'down');
    await x.card.getByRole('button', { name: `Upstream: depends on ${up.length} boxes` }).click();
    await expect.poll(() => x.lit()).toEqual(['silver', ...up].sort());
    await x.card.getByRole('button', { name: `Downstream: feeds ${down.length} boxes` }).click();
    await expect.poll(() => x.lit()).toEqual(['silver', ...down].sort());
  });

  test("a box's card says what it is in this design, links its concept and copies a link to the box", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.focusable('bronze').focus();
    await page.keyboard.press('Enter');
    await expect(x.card.locator('.dg-card__note')).toHaveText(/byte for byte/);
    await expect(x.card.locator('.dg-card__link')).toHaveAttribute(
      'href',
      /\/concepts\/medallion-architecture\/$/,
    );
    await x.card.getByRole('button', { name: 'Copy link to this box' }).click();
    await expect(x.card.getByRole('status')).toHaveText('Link to this box copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${publicUrl(PAGE)}#diagram-${ID}/bronze`,
    );
  });

  test('a walkthrough plays its steps to the end and back, with the caption announced', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    const steps = x.block.locator('[data-dg-steps] li');
    const count = await steps.count();
    expect(count).toBeGreaterThan(3);
    await x.block.getByRole('button', { name: 'Walk through' }).click();
    const caption = x.block.locator('.dg-walk__caption');
    await expect(caption).toHaveAttribute('aria-live', 'polite');
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await expect(caption).toHaveText(`Step ${i + 1}: ${(await step.textContent())?.trim()}`);
      await expect(step).toHaveAttribute('aria-current', 'step');
      const nodes = ((await step.getAttribute('data-dg-step-nodes')) ?? '').split(' ').filter(Boolean);
      await expect.poll(() => x.lit()).toEqual([...new Set(nodes)].sort());
      if (i < count - 1) await page.keyboard.press('ArrowRight');
    }
    await expect(x.block.getByRole('button', { name: 'Next →' })).toBeDisabled();
    for (let i = count - 1; i > 0; i--) await x.block.getByRole('button', { name: '← Previous' }).click();
    await expect(caption).toHaveText(/^Step 1: /);
    await x.block.getByRole('button', { name: 'End walkthrough' }).click();
    await expect(caption).toHaveCount(0);
    expect(await x.dimmed()).toBe(false);
  });

  test(
    'a deep link to a box opens the page at the figure with the box focused and its card open',
    { tag: '@base' },
    async ({ page }) => {
      const x = new Explorer(page);
      await page.goto(sitePath(`${PAGE}#diagram-${ID}/gold`));
      await expect(x.focusable('gold')).toBeFocused();
      await expect(x.card).toHaveAccessibleName(label('gold'));
      await expect(x.block).toBeInViewport();
    },
  );

  test(
    'a deep link to a step opens the walkthrough at that step; an unknown one just shows the figure',
    { tag: '@base' },
    async ({ page, problems }) => {
      const x = new Explorer(page);
      await page.goto(sitePath(`${PAGE}#diagram-${ID}/step-3`));
      await expect(x.block.locator('.dg-walk__caption')).toHaveText(/^Step 3: /);
      await page.goto(sitePath(`${PAGE}#diagram-${ID}/no-such-box`));
      await expect(x.block).toBeInViewport();
      await expect(x.card).toHaveCount(0);
      expect(problems).toEqual([]);
    },
  );

  test('the same works in the full-screen viewer', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.block.getByRole('button', { name: 'Zoom' }).click();
    const dialog = page.locator('dialog.dg-dialog');
    const silver = dialog
      .locator('a:has(> [data-dg-node="silver"]), [data-dg-node="silver"][tabindex]')
      .first();
    await silver.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.dg-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog.locator('.dg-card')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 AA violation with a box focused and its card open, and during a walkthrough (${theme})`, async ({
      page,
    }) => {
      const x = new Explorer(page);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(sitePath(PAGE));
      await x.focusable('silver').focus();
      await page.keyboard.press('Enter');
      await expect(x.card).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await x.block.getByRole('button', { name: 'Walk through' }).click();
      await expect(x.block.locator('.dg-walk__caption')).toHaveText(/^Step 1: /);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('exploring a diagram on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap on a linked box opens its card instead of leaving the page', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.box('bronze').scrollIntoViewIfNeeded();
    await x.box('bronze').tap();
    await expect(x.card).toHaveAccessibleName(label('bronze'));
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });
});

test.describe('a walkthrough without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a numbered list under the figure', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    const steps = x.block.locator('[data-dg-steps] ol > li');
    await expect(steps.first()).toBeVisible();
    expect(await steps.count()).toBeGreaterThan(3);
  });
});
