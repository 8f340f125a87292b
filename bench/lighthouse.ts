// Lighthouse (mobile, its default simulated throttling) on the home page and every answer page,
// behind the gzip static server. Pinned: lighthouse 13.5.0 (package.json).
//
// Simulated throttling multiplies the *wall-clock* length of each main-thread task seen in one
// fast, unthrottled load (by 4, by 2 for tasks that lay out). On a shared two-core machine those
// lengths include the time the renderer waited for a core: a 26-element style recalc measured
// 420 ms of wall clock for 1.3 ms of CPU, and one answer page's Total Blocking Time ranged from
// 61 to 3928 ms between runs. So each run is also re-audited ("CPU time" columns) with the page's
// main-thread events rescaled to the thread's CPU time, i.e. what Lighthouse's model gives on an
// idle machine with this CPU; together with Lighthouse's benchmarkIndex and the load average this
// tells a slower page from a busier machine. `LIGHTHOUSE_RUNS` (default 3) runs per page; medians.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { saveArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { readAnswers } from '../src/answers/index.ts';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { kib, median, serveDist, writeResult } from './lib.ts';

const PORT = 4391;
const PATHS = ['/', ...readAnswers().map((answer) => `/answers/${answer.slug}/`)];
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);

type Flags = NonNullable<Parameters<typeof lighthouse>[1]>;
type Artifacts = Parameters<typeof saveArtifacts>[0];
interface Sample {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  totalBytes: number;
  cpuTimePerformance: number;
  cpuTimeTbtMs: number;
  benchmarkIndex: number;
  load: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * A copy of a trace where every main-thread task of the page, and everything inside it, is
 * shrunk to the task's thread CPU time (`tdur`): the time the renderer ran, without the time it
 * waited for a core. Tasks keep their start times; events inside keep their order and nesting.
 */
export function onCpuTime(trace: Artifacts['Trace']): Artifacts['Trace'] {
  const events = structuredClone(trace.traceEvents) as unknown as TraceEvent[];
  const parses = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'ParseHTML') parses.set(`${e.pid}:${e.tid}`, (parses.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  }
  const main = [...parses].sort((a, b) => b[1] - a[1])[0]?.[0];
  // By start, the enclosing task first (complete events are written after the events inside them).
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: { start: number; end: number; scale: number }[] = [];
  for (const e of onMain) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < (tasks.at(-1)?.end ?? -Infinity)) continue;
    tasks.push({ start: e.ts, end: e.ts + e.dur, scale: e.tdur && e.dur ? Math.min(1, e.tdur / e.dur) : 1 });
  }
  let i = 0;
  for (const e of onMain) {
    while (i < tasks.length && (tasks[i]?.end ?? Infinity) < e.ts) i++;
    const task = tasks[i];
    if (!task || e.ts < task.start) continue;
    e.ts = task.start + Math.round((e.ts - task.start) * task.scale);
    if (e.dur !== undefined) e.dur = Math.round(e.dur * task.scale);
  }
  return { ...trace, traceEvents: events as unknown as Artifacts['Trace']['traceEvents'] };
}

export async function benchLighthouse() {
  const server = await serveDist(PORT);
  const options = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    ...(options.executablePath ? { chromePath: options.executablePath } : {}),
    chromeFlags: ['--headless=new', ...(options.args ?? [])],
  });
  const saved = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const runs = [];
    for (const path of PATHS) {
      const url = `http://127.0.0.1:${PORT}${path}`;
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        const flags: Flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        };
        const result = await lighthouse(url, flags);
        const lhr = result?.lhr;
        if (!result || !lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
        const load = loadavg()[0] ?? 0;
        await saveArtifacts({ ...result.artifacts, Trace: onCpuTime(result.artifacts.Trace) }, saved);
        // Audited with the same settings as gathered (Lighthouse refuses otherwise).
        const replay = (await lighthouse(url, { ...flags, auditMode: saved }))?.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          tbtMs: Math.round(audit('total-blocking-time')),
          lcpMs: Math.round(audit('largest-contentful-paint')),
          cls: Number(audit('cumulative-layout-shift').toFixed(3)),
          totalBytes: Math.round(audit('total-byte-weight')),
          cpuTimePerformance: Math.round((replay?.categories['performance']?.score ?? 0) * 100),
          cpuTimeTbtMs: Math.round(replay?.audits['total-blocking-time']?.numericValue ?? 0),
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          load: Number(load.toFixed(1)),
        });
      }
      const mid = (key: keyof Sample) => median(samples.map((sample) => sample[key]));
      const row = {
        path,
        runs: samples.length,
        performance: mid('performance'),
        accessibility: mid('accessibility'),
        bestPractices: mid('bestPractices'),
        seo: mid('seo'),
        tbtMs: mid('tbtMs'),
        lcpMs: mid('lcpMs'),
        cls: mid('cls'),
        totalBytes: mid('totalBytes'),
        cpuTimePerformance: mid('cpuTimePerformance'),
        cpuTimeTbtMs: mid('cpuTimeTbtMs'),
        benchmarkIndex: mid('benchmarkIndex'),
        load: mid('load'),
        samples,
      };
      console.log(
        `  lighthouse ${path}: perf ${row.performance} (TBT ${row.tbtMs} ms), on CPU time perf ${row.cpuTimePerformance} ` +
          `(TBT ${row.cpuTimeTbtMs} ms), a11y ${row.accessibility}, LCP ${(row.lcpMs / 1000).toFixed(2)} s, CLS ${row.cls}, ` +
          `${kib(row.totalBytes)}; benchmarkIndex ${row.benchmarkIndex}, load ${row.load}`,
      );
      runs.push(row);
    }
    writeResult('lighthouse', { version: '13.5.0', formFactor: 'mobile', runsPerPage: RUNS, runs });
    return runs;
  } finally {
    rmSync(saved, { recursive: true, force: true });
    chrome.kill();
    server.kill();
  }
}
