// `npm run bench -- suite`: times `npm test` phase by phase, as the README's command runs them
// (the phases are read from package.json's `test` script), with the load average before and after,
// so a slow figure can be told from a busy machine. Set BENCH_NOTE to say how the machine was
// loaded (for example "stress-ng --cpu 2").
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { writeResult } from './lib.ts';

interface Phase {
  script: string;
  ms: number;
  passed: boolean;
}

/** The npm scripts `npm test` chains with `&&`, in order. */
function testPhases(): string[] {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  return (scripts['test'] ?? '').split('&&').map((part) => part.trim().replace(/^npm run /, ''));
}

function runScript(script: string): Promise<Phase> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      resolve({ script, ms: Math.round(performance.now() - started), passed: code === 0 }),
    );
  });
}

export async function benchSuite(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const phases: Phase[] = [];
  for (const script of testPhases()) {
    const phase = await runScript(script);
    console.log(`  ${script}: ${(phase.ms / 1000).toFixed(0)} s, ${phase.passed ? 'passed' : 'FAILED'}`);
    phases.push(phase);
    if (!phase.passed) break;
  }
  writeResult('suite', {
    measuredAt: new Date().toISOString(),
    note: process.env['BENCH_NOTE'] ?? '',
    loadBefore: Number(loadBefore.toFixed(1)),
    loadAfter: Number((loadavg()[0] ?? 0).toFixed(1)),
    totalMs: phases.reduce((sum, phase) => sum + phase.ms, 0),
    phases,
  });
}
