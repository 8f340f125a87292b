import type { Page, Request } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * What every page is checked for, as small functions the specs call: accessibility (axe), layout
 * shift, horizontal overflow, Content-Security-Policy violations and bytes transferred.
 */

/** The WCAG levels the site promises: 2.1 AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG 2.1 AA violations on the page as it is now (inside `include` when given), one line
 * each with up to three elements. axe is injected once per document, so a second run on the same
 * page (the other theme, another state) costs only the run; only violations are collected, not
 * passes: a fraction of a default run's time on pages with large inline SVGs.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG }, resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async ([selector, runOptions]) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } })
        .axe;
      const results = await axe.run(selector ? { include: [selector] } : document, runOptions);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    [include, options] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
}

interface LayoutShift {
  value: number;
  /** What moved, for the failure message. */
  sources: string[];
}
type RecordingWindow = Window & { __layoutShifts?: LayoutShift[]; __cspViolations?: string[] };

/** Runs in the page before its own scripts: records layout shifts not caused by the reader. */
function recordLayoutShifts(): void {
  const shifts: LayoutShift[] = [];
  (window as RecordingWindow).__layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) =>
        source.node instanceof Element
          ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
          : 'text',
      );
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page before its own scripts: records every Content-Security-Policy violation. */
function recordCspViolations(): void {
  const seen: string[] = [];
  (window as RecordingWindow).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/** Starts recording layout shifts and CSP violations from the next navigation on. */
export async function recordPageEvents(page: Page): Promise<void> {
  await page.addInitScript(recordLayoutShifts);
  await page.addInitScript(recordCspViolations);
}

/** The layout shifts recorded since load, and their sum (Lighthouse's CLS for a page load). */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: LayoutShift[] }> {
  const shifts = await page.evaluate(() => (window as RecordingWindow).__layoutShifts ?? []);
  return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as RecordingWindow).__cspViolations ?? []);
}

/** How far the page scrolls sideways: 0 when it fits the viewport. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Counts the bytes each finished request transferred (body and headers, compressed as served).
 * Call before navigating; `total()` stops counting and waits for every size to be known.
 * `{ headers: false }` counts the bodies only: the test server speaks HTTP/1.1 and writes the
 * `_headers` file's security headers on every response (about half a KiB each, 6 KiB on an answer
 * page), which a host's HTTP/2 sends compressed to a few bytes after the first response.
 */
export function trackTransfer(
  page: Page,
  { headers = true }: { headers?: boolean } = {},
): { total(): Promise<number> } {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: Request) => {
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize + (headers ? s.responseHeadersSize : 0))
        .catch(() => 0),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    total: async () => {
      page.off('requestfinished', onFinished);
      return (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
    },
  };
}

/**
 * Waits until the page's scripts have run: Starlight has wired the search button and the site's
 * shortcut script has announced "/" on it (the last of the site's scripts to wire up).
 */
export async function scriptsReady(page: Page): Promise<void> {
  await page
    .locator('button[data-open-modal]:enabled[aria-keyshortcuts$="/"]')
    .waitFor({ state: 'attached' });
}
