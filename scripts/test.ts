#!/usr/bin/env node
// `npm test`: every test phase in order, stopping at the first failure, with the time each took.
// The two sites the browser phases check (one at `/`, one under `/portfolio/`) are built in the
// background while the unit, render and bad-input phases run: those keep one core busy, and the
// builds take the other. A build that fails prints its output and fails the run.
//
//   node scripts/test.ts            every phase (what `npm test` runs)
//   node scripts/test.ts e2e:base   only the browser tests tagged @base, on a /portfolio/ build
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** How the second site is hosted: under a sub-path of another origin, as a portfolio would be. */
const BASE_SITE_ENV = {
  SITE_URL: 'https://answers.example.com',
  BASE_PATH: '/portfolio/',
  E2E_DIST: 'tests/.tmp/dist-base',
};

export interface PhaseResult {
  name: string;
  ms: number;
  passed: boolean;
}

interface Command {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const npmScript = (script: string, env?: Record<string, string>): Command => ({
  name: script,
  command: 'npm',
  args: ['run', '-s', script],
  ...(env ? { env } : {}),
});

/** The base-path browser run: the tests tagged @base, against the /portfolio/ build. */
const basePathTests = (env: Record<string, string> = {}): Command => ({
  name: 'test:e2e:base',
  command: 'sh',
  args: ['-c', 'node scripts/ensure-chromium.mjs && playwright test --grep @base'],
  env: { ...BASE_SITE_ENV, ...env },
});

const builds: Command[] = [
  { name: 'build (site at /)', command: 'node', args: ['scripts/build.mjs'] },
  {
    name: 'build (site under /portfolio/)',
    command: 'node',
    args: ['scripts/build.mjs', '--outDir', BASE_SITE_ENV.E2E_DIST],
    env: BASE_SITE_ENV,
  },
];
const beforeBuilds = [
  npmScript('test:unit'),
  npmScript('test:code'),
  npmScript('test:render'),
  npmScript('test:build'),
];
const prebuilt = { E2E_SKIP_BUILD: '1' };
const afterBuilds = [npmScript('test:e2e', prebuilt), npmScript('test:html'), basePathTests(prebuilt)];

/** Runs a command; its output is shown as it comes, or kept and returned when `quiet`. */
function run(step: Command, quiet = false): Promise<PhaseResult & { output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      env: { ...process.env, ...step.env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) =>
      resolve({ name: step.name, ms: Math.round(performance.now() - started), passed: code === 0, output }),
    );
  });
}

function report(result: PhaseResult): void {
  const seconds = (result.ms / 1000).toFixed(0);
  console.log(`\n== ${result.name}: ${result.passed ? 'passed' : 'FAILED'} in ${seconds} s\n`);
}

/** Every phase of `npm test`; stops at the first failure. `onPhase` sees each result as it ends. */
export async function runAllPhases(onPhase: (result: PhaseResult) => void = report): Promise<PhaseResult[]> {
  const results: PhaseResult[] = [];
  const record = (result: PhaseResult) => {
    results.push({ name: result.name, ms: result.ms, passed: result.passed });
    onPhase(result);
    return result.passed;
  };
  const background = (async () => {
    const done = [];
    for (const build of builds) {
      const result = await run(build, true);
      done.push(result);
      if (!result.passed) break;
    }
    return done;
  })();
  let passed = true;
  for (const phase of beforeBuilds) {
    if (!(passed = record(await run(phase)))) break;
  }
  for (const build of await background) {
    if (!build.passed) {
      process.stderr.write(build.output);
      passed = false;
    }
    record(build);
  }
  if (!passed) return results;
  for (const phase of afterBuilds) {
    if (!record(await run(phase))) break;
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv[2];
  if (only !== undefined && only !== 'e2e:base') {
    console.error(`Unknown phase "${only}": run with no argument for every phase, or with e2e:base.`);
    process.exit(2);
  }
  const started = performance.now();
  const results = only ? [await run(basePathTests())] : await runAllPhases();
  const failed = results.find((result) => !result.passed);
  const total = ((performance.now() - started) / 1000).toFixed(0);
  const what = only ?? 'npm test';
  console.log(failed ? `${what}: ${failed.name} FAILED after ${total} s` : `${what}: passed in ${total} s`);
  process.exit(failed ? 1 : 0);
}
