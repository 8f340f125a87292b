import type { Locator, Page } from '@playwright/test';
import { ARROW_DIRECTIONS, neighbourTowards, type Point } from '../../src/diagrams/direction.ts';
import { readRendered } from '../../src/diagrams/index.ts';
import { trace, type TraceDirection } from '../../src/diagrams/trace.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { axeViolations } from '../support/page-checks.ts';
import { sharedUrl } from '../support/site.ts';

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
function reach(id: string, direction: TraceDirection): string[] {
  return [...trace(graph.edges, id, direction).nodes].filter((node) => node !== id).sort();
}

/** The labels of the boxes with an arrow into `id` (`from`) or out of it (`to`), in source order. */
const linkedLabels = (id: string, side: 'from' | 'to') =>
  graph.edges
    .filter((e) => (side === 'from' ? e.to : e.from) === id)
    .map((e) => label(side === 'from' ? e.from : e.to))
    .join(', ');

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

  /** Where each box of the layout on screen is drawn now: what the arrow keys measure. */
  async centres(): Promise<Map<string, Point>> {
    const points = await this.block.evaluate((block) => {
      const found: [string, { x: number; y: number }][] = [];
      for (const el of block.querySelectorAll('svg.dg-svg [data-dg-node]')) {
        const id = el.getAttribute('data-dg-node') ?? '';
        const r = el.getBoundingClientRect();
        // The other layout (main or narrow) is not displayed: its boxes have no size.
        if (r.width === 0 || found.some(([known]) => known === id)) continue;
        found.push([id, { x: r.left + r.width / 2, y: r.top + r.height / 2 }]);
      }
      return found;
    });
    return new Map(points);
  }

  /** The box an arrow key should move to from `id`, by the page's own rule (direction.ts). */
  async arrowTarget(id: string, key: keyof typeof ARROW_DIRECTIONS): Promise<string> {
    const direction = ARROW_DIRECTIONS[key];
    if (!direction) throw new Error(`no direction for ${key}`);
    const next = neighbourTowards(id, graph.edges, await this.centres(), direction);
    if (!next) throw new Error(`no box ${key} of ${id}`);
    return next;
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

  /** The node id of the box that has focus, if a box has it. */
  focusedBox(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const at = document.activeElement;
      const box = at?.matches('[data-dg-node]') ? at : at?.querySelector(':scope > [data-dg-node]');
      return box?.getAttribute('data-dg-node') ?? undefined;
    });
  }

  /** Where the card and the highlighted boxes are on the screen now. */
  layout(): Promise<{ card: Rect; lit: Rect[]; viewport: { width: number; height: number; top: number } }> {
    return this.page.evaluate(() => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      };
      const card = document.querySelector('.dg-card');
      const lit = [...document.querySelectorAll('svg.dg-svg [data-dg-node].dg-on')].filter(
        (el) => el.getClientRects().length > 0,
      );
      return {
        card: card ? rect(card) : { left: 0, top: 0, width: 0, height: 0 },
        lit: lit.map(rect),
        viewport: {
          width: innerWidth,
          height: innerHeight,
          top: Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0,
        },
      };
    });
  }
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const middle = (r: { y: number; height: number }) => r.y + r.height / 2;
const asRect = (b: { x: number; y: number; width: number; height: number }): Rect => ({
  left: b.x,
  top: b.y,
  width: b.width,
  height: b.height,
});

test.describe('exploring a diagram', () => {
  test('every box is named with its label and connections; the diagram is one Tab stop, the arrows move between its boxes', async ({
    page,
  }) => {
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
      `${label('silver')}, from: ${linkedLabels('silver', 'from')}; to: ${linkedLabels('silver', 'to')}`,
    );
    // In from the toolbar: one box takes focus; the next Tab leaves the diagram.
    await x.block.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Tab');
    const first = await x.focusedBox();
    expect(first).toBeTruthy();
    await page.keyboard.press('Tab');
    await expect(x.block.locator('.dg-anchor')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(await x.focusedBox()).toBe(first);
    // The arrows move between boxes; coming back with Shift+Tab lands on the last one.
    await x.focusable('silver').focus();
    const below = await x.arrowTarget('silver', 'ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(x.focusable(below)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(x.block.locator('.dg-anchor')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(x.focusable(below)).toBeFocused();
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
    // The pipeline flows down: ArrowDown follows an arrow from silver to a job that reads it,
    // and ArrowUp comes back along an edge.
    const below = await x.arrowTarget('silver', 'ArrowDown');
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'silver', to: below }));
    await page.keyboard.press('ArrowDown');
    await expect(x.focusable(below)).toBeFocused();
    const above = await x.arrowTarget(below, 'ArrowUp');
    expect(neighbours(below)).toContain(above);
    await page.keyboard.press('ArrowUp');
    await expect(x.focusable(above)).toBeFocused();
    await x.focusable('silver').focus();
    await page.keyboard.press('Enter');
    await expect(x.card).toBeVisible();
    await expect(x.card).toHaveAccessibleName(label('silver'));
    // Focus stays in the card, both ways round, until it closes; then it is back on the box.
    const stops = await x.card.locator('a[href], button:not([disabled])').count();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press(key);
        expect(await x.card.evaluate((card) => card.contains(document.activeElement))).toBe(true);
      }
    }
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
    // Beside its box, off every box it highlights, and it scrolls with the page.
    const before = await x.layout();
    expect(before.lit.filter((box) => overlaps(box, before.card))).toEqual([]);
    await page.evaluate(() => scrollBy({ top: 120, behavior: 'instant' }));
    const after = await x.layout();
    expect(after.card.top - before.card.top).toBeCloseTo(-120, 0);
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
      `${sharedUrl(PAGE)}#diagram-${ID}/bronze`,
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
      await expect(x.card).toBeVisible();
      // Placed once scrolling had settled: the box in the middle of the screen, the card off it.
      const box = await x.box('gold').boundingBox();
      const { card, viewport } = await x.layout();
      if (!box) throw new Error('no box');
      expect(Math.abs(middle(box) - (viewport.top + viewport.height) / 2)).toBeLessThan(4);
      expect(overlaps(asRect(box), card)).toBe(false);
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
      // Highlighted and faded cannot be mistaken: drawn text against faded text, a full box
      // against a quarter, the accent stroke. Measured contrast is in the README.
      const look = await highlightContrast(page);
      expect(look.litText, JSON.stringify(look)).toBeGreaterThan(9);
      expect(look.dimText, JSON.stringify(look)).toBeGreaterThanOrEqual(4.5);
      expect(look.litText / look.dimText, JSON.stringify(look)).toBeGreaterThan(2);
      // The shapes fade with a short transition.
      await expect.poll(async () => (await highlightContrast(page)).dimShapes).toBeLessThanOrEqual(0.25);
      expect(look.litStroke).toBeGreaterThanOrEqual(2.5);
      await page.keyboard.press('Escape');
      await x.block.getByRole('button', { name: 'Walk through' }).click();
      await expect(x.block.locator('.dg-walk__caption')).toHaveText(/^Step 1: /);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('exploring a diagram on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap opens the card as a sheet that leaves the box and what it traces in view, and closes with the page', async ({
    page,
  }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(PAGE));
    await x.box('bronze').scrollIntoViewIfNeeded();
    await x.box('bronze').tap();
    await expect(x.card).toHaveAccessibleName(label('bronze'));
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    const sheet = await x.layout();
    expect(sheet.card.top + sheet.card.height).toBeCloseTo(sheet.viewport.height, 0);
    expect(sheet.card.width).toBe(sheet.viewport.width);
    await x.card.getByRole('button', { name: 'Close' }).tap();
    await x.box('silver').tap();
    await x.card.getByRole('button', { name: /^Downstream/ }).tap();
    await expect.poll(() => x.lit()).toEqual(['silver', ...reach('silver', 'down')].sort());
    // Scrolled so the traced boxes show above the sheet; none of them under it.
    await expect
      .poll(async () => {
        const { card, lit } = await x.layout();
        return lit.filter((box) => overlaps(box, card)).length;
      })
      .toBe(0);
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect(x.card).toBeHidden();
  });

  test('a deep link centres the box above the sheet', async ({ page }) => {
    const x = new Explorer(page);
    await page.goto(sitePath(`${PAGE}#diagram-${ID}/gold`));
    await expect(x.card).toBeVisible();
    const box = await x.box('gold').boundingBox();
    const { card, viewport } = await x.layout();
    if (!box) throw new Error('no box');
    expect(box.y + box.height).toBeLessThanOrEqual(card.top);
    expect(Math.abs(middle(box) - (viewport.top + card.top) / 2)).toBeLessThan(4);
  });

  test('the full-screen view opens at a readable scale and zooms without losing the diagram', async ({
    page,
  }) => {
    await page.goto(sitePath('/answers/debugging-a-wrong-dashboard/'));
    await page.locator('figure.dg').getByRole('button', { name: 'Zoom' }).tap();
    const dialog = page.locator('dialog.dg-dialog');
    await expect(dialog).toHaveAttribute('data-scale', '1.000');
    const labels = await dialog.evaluate((d) => {
      const svg = d.querySelector('svg');
      const sizes = [...(svg?.querySelectorAll('text') ?? [])]
        .filter((t) => t.textContent?.trim())
        .map(
          (t) =>
            Number.parseFloat(getComputedStyle(t).fontSize) *
            Math.hypot(t.getScreenCTM()?.a ?? 0, t.getScreenCTM()?.b ?? 0),
        )
        .sort((a, b) => a - b);
      return { median: sizes[Math.floor(sizes.length / 2)] ?? 0, min: sizes[0] ?? 0 };
    });
    expect(labels.median).toBeGreaterThanOrEqual(11);
    expect(labels.min).toBeGreaterThanOrEqual(9);
    const covered = () =>
      dialog.evaluate((d) => {
        const view = d.querySelector('.dg-dialog__viewport')?.getBoundingClientRect();
        const svg = d.querySelector('svg')?.getBoundingClientRect();
        if (!view || !svg) return 0;
        const w = Math.min(view.right, svg.right) - Math.max(view.left, svg.left);
        const h = Math.min(view.bottom, svg.bottom) - Math.max(view.top, svg.top);
        // How much of the screen the diagram fills, or of the diagram the screen shows.
        return (Math.max(0, w) * Math.max(0, h)) / Math.min(view.width * view.height, svg.width * svg.height);
      });
    for (let i = 0; i < 4; i++) await dialog.getByRole('button', { name: 'Zoom in' }).tap();
    await expect(dialog).toHaveAttribute('data-scale', '2.441');
    expect(await covered()).toBeGreaterThan(0.99);
    for (let i = 0; i < 8; i++) await dialog.getByRole('button', { name: 'Zoom out' }).tap();
    expect(await covered()).toBeGreaterThan(0.99);
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

/**
 * What tells a highlighted box from a faded one, in the theme shown: the contrast of their text
 * against the page, the opacity of a faded box's shapes and the stroke of a highlighted one.
 */
function highlightContrast(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return Math.round((((x ?? 0) + 0.05) / ((y ?? 0) + 0.05)) * 100) / 100;
    };
    const page = getComputedStyle(document.body).backgroundColor;
    const svg = [...document.querySelectorAll('svg.dg-svg.dg-dim')].find(
      (s) => s.getClientRects().length > 0,
    );
    const lit = svg?.querySelector('[data-dg-node].dg-on text');
    const dim = svg?.querySelector('[data-dg-node]:not(.dg-on) text');
    const dimShape = svg?.querySelector('[data-dg-node]:not(.dg-on) :is(rect, path, polygon)');
    const litShape = svg?.querySelector('[data-dg-node].dg-on:not(.dg-focus) :is(rect, path, polygon)');
    return {
      litText: lit ? contrast(getComputedStyle(lit).fill, page) : 0,
      dimText: dim ? contrast(getComputedStyle(dim).fill, page) : 0,
      dimShapes: dimShape ? Number(getComputedStyle(dimShape).opacity) : 1,
      litStroke: litShape ? Number.parseFloat(getComputedStyle(litShape).strokeWidth) : 0,
    };
  });
}
