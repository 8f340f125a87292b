// Figures for the sharing features: how long a social card takes to draw, how big the cards and
// the one-page cheat sheet are, and how long the Content-Security-Policy header gets. Reads the
// last build in dist/ (run `npm run build` first); writes bench/results/sharing.json and prints it.
//
//   node bench/sharing.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnswers } from '../src/answers/index.ts';
import { filesUnder } from '../src/shared/content.ts';
import { renderSocialCard } from '../src/cards/index.ts';

const DIST = 'dist';
if (!existsSync(join(DIST, '_headers'))) {
  console.error('No build with _headers in dist/: run `npm run build` first.');
  process.exit(1);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

// Card rendering: the first card pays for loading fonts and the layout engine; the rest are steady.
const answers = readAnswers();
const timings: number[] = [];
let firstCardMs = 0;
for (const [index, answer] of answers.entries()) {
  const start = performance.now();
  await renderSocialCard({
    kicker: `Question ${answer.meta.number} · ${answer.meta.theme}`,
    title: answer.question,
    detail: answer.meta.shortTitle,
    accent: '#f97316',
    siteName: 'Data Engineering Answers',
    url: `example.com/q/${answer.meta.number}/`,
  });
  const elapsed = performance.now() - start;
  if (index === 0) firstCardMs = elapsed;
  else timings.push(elapsed);
}
timings.sort((a, b) => a - b);

const cards = filesUnder(join(DIST, 'og')).filter((file) => file.endsWith('.png'));
const cardBytes = cards.map((file) => statSync(file).size).sort((a, b) => a - b);
const headers = readFileSync(join(DIST, '_headers'), 'utf8');
const csp = headers.match(/Content-Security-Policy: (.+)/)?.[1] ?? '';
const allAnswersHtml = statSync(join(DIST, 'all-answers/index.html')).size;
const shortLinkPages = readdirSync(join(DIST, 'q')).length;

const results = {
  date: new Date().toISOString(),
  socialCards: {
    count: cards.length,
    firstRenderMs: round(firstCardMs),
    medianRenderMs: round(percentile(timings, 0.5)),
    p95RenderMs: round(percentile(timings, 0.95)),
    medianKiB: round(percentile(cardBytes, 0.5) / 1024),
    totalKiB: round(cardBytes.reduce((sum, size) => sum + size, 0) / 1024),
  },
  contentSecurityPolicy: {
    headerChars: csp.length,
    inlineScriptHashes: (csp.match(/'sha256-/g) ?? []).length,
  },
  allAnswersPageKiB: round(allAnswersHtml / 1024),
  shortLinkPages,
};

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/sharing.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
