// Diagram legibility: how large every diagram's labels are drawn, as a reader sees them, on a
// 390 px phone and a 1280 px desktop (median and smallest label, the layout shown, whether the
// frame scrolls), set against the figures measured before issue 23 (legibility-baseline.json).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { drawnLabels, type DrawnLabels } from '../tests/support/legibility.ts';
import { serveDist, writeResult } from './lib.ts';

const PORT = 4393;
export const LEGIBILITY_WIDTHS = [390, 1280] as const;

export interface LegibilityRow {
  id: string;
  path: string;
  /** By viewport width. */
  drawn: Record<string, Omit<DrawnLabels, 'id'>>;
}

/** Pages of the built site that show a diagram, as site paths (`/answers/x/`). */
function pagesWithDiagrams(dir = 'dist'): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !['_astro', 'pagefind', 'embed', 'og'].includes(entry.name)) walk(path);
      else if (entry.name === 'index.html' && readFileSync(path, 'utf8').includes('class="dg-block')) {
        found.push(`/${path.slice(dir.length + 1, -'index.html'.length)}`);
      }
    }
  };
  walk(dir);
  return found.sort();
}

export async function benchLegibility() {
  const server = await serveDist(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows = new Map<string, LegibilityRow>();
  try {
    for (const width of LEGIBILITY_WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      for (const path of pagesWithDiagrams()) {
        await page.goto(`http://127.0.0.1:${PORT}${path}`);
        await page.evaluate(() => document.fonts.ready);
        for (const { id, ...drawn } of await drawnLabels(page)) {
          const row = rows.get(id) ?? { id, path, drawn: {} };
          row.drawn[width] = drawn;
          rows.set(id, row);
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const diagrams = [...rows.values()];
  const baseline = existsSync('bench/results/legibility-baseline.json')
    ? (JSON.parse(readFileSync('bench/results/legibility-baseline.json', 'utf8')) as {
        diagrams: { id: string; median: Record<string, number> }[];
      })
    : undefined;
  console.log('  diagram                      390 px: median / smallest          1280 px: median / smallest');
  for (const d of diagrams) {
    const cell = (w: number) => {
      const x = d.drawn[w];
      return x
        ? `${x.median.toFixed(1)} / ${x.min.toFixed(1)} px ${x.layout}${x.scrolls ? `, scrolls ×${x.widths}` : ''}`
        : '–';
    };
    console.log(`  ${d.id.padEnd(28)} ${cell(390).padEnd(34)} ${cell(1280)}`);
  }
  const result = { measuredAt: new Date().toISOString(), widths: LEGIBILITY_WIDTHS, diagrams, baseline };
  writeResult('legibility', result);
  return result;
}
