// Build benchmark, the two ways a build starts:
// - cold: an empty diagram render cache and empty Astro/Vite caches, so every diagram is rendered
//   in Chromium (`npm run diagrams -- --all`) before `npm run build`;
// - warm: the committed renders are current, so `npm run diagrams` finds nothing stale and the
//   build only reads them (the build itself never starts a browser).
// The committed renders are put back afterwards, byte for byte.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERED_DIR } from '../src/diagrams/index.ts';
import { seconds, timed, writeResult } from './lib.ts';

const renderAll = () => timed(process.execPath, ['scripts/diagrams.ts', '--all']);
const renderStale = () => timed(process.execPath, ['scripts/diagrams.ts']);
const build = () => timed(process.execPath, ['scripts/build.mjs']);

function emptyBuildCaches(): void {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchBuild() {
  const backup = mkdtempSync(join(tmpdir(), 'bench-rendered-'));
  cpSync(RENDERED_DIR, backup, { recursive: true });
  try {
    emptyBuildCaches();
    rmSync(RENDERED_DIR, { recursive: true, force: true });
    mkdirSync(RENDERED_DIR);
    const coldRenderMs = await renderAll();
    const coldBuildMs = await build();
    const warmRenderMs = await renderStale();
    const warmBuildMs = await build();
    const result = {
      cold: { renderMs: Math.round(coldRenderMs), buildMs: Math.round(coldBuildMs) },
      warm: { renderMs: Math.round(warmRenderMs), buildMs: Math.round(warmBuildMs) },
    };
    console.log(
      `  cold: render ${seconds(coldRenderMs)} + build ${seconds(coldBuildMs)} = ${seconds(coldRenderMs + coldBuildMs)}; ` +
        `warm: render check ${seconds(warmRenderMs)} + build ${seconds(warmBuildMs)} = ${seconds(warmRenderMs + warmBuildMs)}`,
    );
    writeResult('build', result);
    return result;
  } finally {
    rmSync(RENDERED_DIR, { recursive: true, force: true });
    cpSync(backup, RENDERED_DIR, { recursive: true });
    rmSync(backup, { recursive: true, force: true });
  }
}
