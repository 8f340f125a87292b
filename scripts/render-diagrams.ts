#!/usr/bin/env node
// Renders the Mermaid sources in diagrams/ to theme-aware SVG, stored in diagrams/rendered/ and
// committed, so the site build never needs a browser. Only stale diagrams are rendered.
//
//   npm run diagrams              render what changed
//   npm run diagrams -- --all     render everything again
//   npm run diagrams -- --check   exit 1 if any render is stale or missing (no browser)
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import {
  mermaidVersion,
  readDiagramSources,
  RENDERED_DIR,
  renderedPath,
  staleDiagrams,
  writeRendered,
} from '../src/diagrams/cache.ts';
import { renderDiagrams } from '../src/diagrams/render.ts';
import { conceptMapChanges, readConceptMapFiles } from '../src/diagrams/concept-map.ts';
import { readContentFiles } from '../src/lib/content-files.ts';

const { values } = parseArgs({
  options: { all: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
});

/**
 * Brings the generated concept maps (`diagrams/concept-map-<theme>.mmd`) in line with the content,
 * unless only checking; returns the files that were, or would be, written or removed.
 */
function syncConceptMaps(write: boolean): { written: string[]; removed: string[] } {
  const changes = conceptMapChanges(readContentFiles(), readConceptMapFiles());
  if (write) {
    for (const map of changes.write) writeFileSync(`diagrams/${map.id}.mmd`, map.source);
    for (const name of changes.remove) rmSync(`diagrams/${name}`);
  }
  return {
    written: changes.write.map((m) => `diagrams/${m.id}.mmd`),
    removed: changes.remove.map((name) => `diagrams/${name}`),
  };
}

try {
  const maps = syncConceptMaps(!values.check);
  const mapChanges = [...maps.written, ...maps.removed];
  if (!values.check) {
    for (const file of maps.written) console.log(`updated ${file} from the content`);
    for (const file of maps.removed) console.log(`removed ${file} (its theme has no answers)`);
  }
  const mapChanged = mapChanges.length > 0;
  const sources = readDiagramSources();
  const version = mermaidVersion();
  const todo = values.all ? sources : staleDiagrams(sources, version);

  if (values.check) {
    for (const file of mapChanges) console.error(`${file}:1  concept map out of date with the content`);
    if (todo.length > 0 || mapChanged) {
      console.error(
        `Stale or missing diagram renders:\n${todo.map((s) => `  ${s.file}:1  not rendered since it last changed`).join('\n')}\nRun: npm run diagrams`,
      );
      process.exit(1);
    }
    console.log(`All ${sources.length} diagram renders are up to date.`);
    process.exit(0);
  }

  // Renders whose source is gone are removed, so the folder mirrors diagrams/*.mmd.
  const ids = new Set(sources.map((s) => s.id));
  for (const name of readdirSync(RENDERED_DIR, { withFileTypes: true }).filter((d) => d.isFile())) {
    if (name.name.endsWith('.json') && !ids.has(name.name.replace(/\.json$/, ''))) {
      rmSync(renderedPath(name.name.replace(/\.json$/, '')));
      console.log(`removed ${RENDERED_DIR}/${name.name} (no source)`);
    }
  }

  if (todo.length === 0) {
    console.log(`All ${sources.length} diagrams are up to date; nothing to render.`);
    process.exit(0);
  }
  const started = performance.now();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const rendered = await renderDiagrams(browser, todo, version);
    for (const diagram of rendered) {
      writeRendered(diagram);
      console.log(`rendered ${diagram.id} (${diagram.kind}, ${diagram.width}x${diagram.height})`);
    }
  } finally {
    await browser.close();
  }
  console.log(`${todo.length} diagram(s) rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
