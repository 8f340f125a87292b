import type { Page } from '@playwright/test';

/** How large one diagram's labels are drawn on the page as it is now, in CSS pixels. */
export interface DrawnLabels {
  /** The diagram id (`<Diagram id>`). */
  id: string;
  /** The layout showing: `main` or `narrow` (see src/diagrams/legibility.ts). */
  layout: string;
  /** Median and smallest label: each text's font size times the scale its SVG is drawn at. */
  median: number;
  min: number;
  /** Whether its frame scrolls sideways. */
  scrolls: boolean;
  /** How many frame widths the diagram is drawn across: 1 when it fits. */
  widths: number;
}

/**
 * Measures every diagram on the page as a reader sees it: the SVG that shows (the layout the
 * frame's width picked, in the current theme), each label's font size times its on-screen scale.
 * Used by the every-page gate and by `npm run bench -- legibility`.
 */
export function drawnLabels(page: Page): Promise<DrawnLabels[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.dg-block')].flatMap((block) => {
      const svg = [...block.querySelectorAll<SVGSVGElement>('svg.dg-svg')].find(
        (s) => s.getClientRects().length > 0,
      );
      if (!svg) return [];
      const sizes = [...svg.querySelectorAll('text')]
        .filter((text) => text.textContent?.trim())
        .map((text) => {
          const m = text.getScreenCTM();
          return Number.parseFloat(getComputedStyle(text).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
        })
        .sort((a, b) => a - b);
      const mid = sizes.length / 2;
      const median =
        sizes.length % 2 ? (sizes[Math.floor(mid)] ?? 0) : ((sizes[mid - 1] ?? 0) + (sizes[mid] ?? 0)) / 2;
      const canvas = block.querySelector<HTMLElement>('.dg-canvas');
      const round = (n: number) => Math.round(n * 10) / 10;
      return [
        {
          id: block.dataset['diagram'] ?? '',
          layout: svg.classList.contains('dg-svg--narrow') ? 'narrow' : 'main',
          median: round(median),
          min: round(sizes[0] ?? 0),
          scrolls: !!canvas && canvas.scrollWidth > canvas.clientWidth + 1,
          widths: canvas ? Math.round((canvas.scrollWidth / canvas.clientWidth) * 100) / 100 : 1,
        },
      ];
    }),
  );
}

/** The diagrams whose labels are under `median` (median label) or `min` (smallest), one line each. */
export function illegible(drawn: readonly DrawnLabels[], median: number, min: number): string[] {
  return drawn
    .filter((d) => d.median < median || d.min < min)
    .map((d) => `${d.id} (${d.layout}): median ${d.median} px, smallest ${d.min} px`);
}
