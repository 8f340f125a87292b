// Lighthouse (mobile, its default simulated throttling) on the home page and three answers,
// behind the gzip static server. Pinned: lighthouse 13.5.0 (package.json).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { kib, serveDist, writeResult } from './lib.ts';

const PORT = 4391;
const PATHS = [
  '/',
  '/answers/spark-performance-and-cost/',
  '/answers/partitioning-large-tables/',
  '/answers/orchestrating-pipelines-with-airflow/',
];

export async function benchLighthouse() {
  const server = await serveDist(PORT);
  const options = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    ...(options.executablePath ? { chromePath: options.executablePath } : {}),
    chromeFlags: ['--headless=new', ...(options.args ?? [])],
  });
  try {
    const runs = [];
    for (const path of PATHS) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
      const run = {
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        totalBytes: Math.round(audit('total-byte-weight')),
      };
      console.log(
        `  lighthouse ${path}: perf ${run.performance}, a11y ${run.accessibility}, best practices ${run.bestPractices}, ` +
          `SEO ${run.seo}, LCP ${(run.lcpMs / 1000).toFixed(2)} s, CLS ${run.cls}, ${kib(run.totalBytes)}`,
      );
      runs.push(run);
    }
    writeResult('lighthouse', { version: '13.5.0', formFactor: 'mobile', runs });
    return runs;
  } finally {
    chrome.kill();
    server.kill();
  }
}
