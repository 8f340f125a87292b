// Build benchmark: a cold build (Astro's caches emptied) and a warm one, the way `npm run build`
// runs them; no diagram rendering (the build never renders).
import { rmSync } from 'node:fs';
import { seconds, timed, writeResult } from './lib.ts';

export async function benchBuild() {
  rmSync('.astro', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  rmSync('node_modules/.vite', { recursive: true, force: true });
  const coldMs = await timed(process.execPath, ['scripts/build.mjs']);
  const warmMs = await timed(process.execPath, ['scripts/build.mjs']);
  console.log(`  build: cold ${seconds(coldMs)}, warm ${seconds(warmMs)}`);
  const result = { coldMs: Math.round(coldMs), warmMs: Math.round(warmMs) };
  writeResult('build', result);
  return result;
}
