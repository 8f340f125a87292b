import { readFileSync } from 'node:fs';
import { readAnswerFiles } from '../support/content.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { filesUnder } from '../support/site.ts';

// Size gates on the built site. The budget comes from measurements (`npm run bench`, pages):
// the heaviest answer page transferred 89.5 KiB gzip (bench/RESULTS.md); the budget leaves room for growth but
// fails long before a client-side diagram library (200+ KiB) could slip in.
const ANSWER_PAGE_BUDGET_KIB = 130;
// The folder the e2e run built and serves (E2E_DIST, as in playwright.config.ts).
const DIST = process.env['E2E_DIST'] ?? 'dist';

test('the build ships no Mermaid runtime', () => {
  const scripts = filesUnder(DIST).filter((file) => /\.m?js$/.test(file) && !file.includes('/pagefind/'));
  expect(scripts.length).toBeGreaterThan(0);
  const withMermaid = scripts.filter((file) =>
    /mermaidAPI|mermaid\.initialize|mermaid\.render/.test(readFileSync(file, 'utf8')),
  );
  expect(withMermaid).toEqual([]);
});

for (const answer of readAnswerFiles()) {
  test(`Q${answer.number} transfers under ${ANSWER_PAGE_BUDGET_KIB} KiB (gzip)`, async ({ page }) => {
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(sitePath(`/answers/${answer.slug}/`), { waitUntil: 'networkidle' });
    const kib = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0) / 1024;
    expect(kib, `Q${answer.number} transferred ${kib.toFixed(1)} KiB`).toBeLessThan(ANSWER_PAGE_BUDGET_KIB);
  });
}
