// `npm run bench -- suite`: times `npm test` phase by phase, as the README's command runs them
// (scripts/test.ts: the two site builds run in the background during the first three phases), with
// the load average before and after, so a slow figure can be told from a busy machine. Set
// BENCH_NOTE to say how the machine was loaded (for example "stress-ng --cpu 2").
import { loadavg } from 'node:os';
import { runAllPhases } from '../scripts/test.ts';
import { writeResult } from './lib.ts';

export async function benchSuite(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const phases = await runAllPhases((phase) =>
    console.log(`  ${phase.name}: ${(phase.ms / 1000).toFixed(0)} s, ${phase.passed ? 'passed' : 'FAILED'}`),
  );
  writeResult('suite', {
    measuredAt: new Date().toISOString(),
    note: process.env['BENCH_NOTE'] ?? '',
    loadBefore: Number(loadBefore.toFixed(1)),
    loadAfter: Number((loadavg()[0] ?? 0).toFixed(1)),
    // Wall-clock time: the builds overlap the first phases, so the phases add up to more.
    totalMs: Math.round(performance.now() - started),
    phases,
  });
}
