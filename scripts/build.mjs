#!/usr/bin/env node
// Builds the site into a staging folder and swaps it into place only when every step passed, so
// a failed build never leaves a half-written `dist/` to be served or deployed. Everything else
// (checks, link check, security headers) runs inside `astro build`.
//
//   node scripts/build.mjs [--outDir dist]
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { schemaErrorPositions } from './schema-errors.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
// One staging folder per build process: two builds at once (an editor's and a test run's) must
// not delete each other's half-written output.
const staging = `${outDir}.staging-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

/** Runs a command, echoing its output as it comes and keeping a copy to explain errors. */
function run(command, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('close', (status) => resolvePromise({ status, output }));
  });
}

rmSync(staging, { recursive: true, force: true });
const build = await run('astro', ['build', '--outDir', staging]);
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const positions = schemaErrorPositions(build.output);
  if (positions.length > 0)
    console.error(`\nInvalid frontmatter:\n${positions.map((l) => `  ${l}`).join('\n')}`);
  console.error(`\nBuild failed: nothing was written to ${values.outDir}/ (see the errors above).`);
  process.exit(build.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${values.outDir}/`);
