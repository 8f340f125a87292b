#!/usr/bin/env node
// Renders the Mermaid sources in diagrams/ to theme-aware SVG, stored in diagrams/rendered/ and
// committed, so the site build never needs a browser. Only stale diagrams are rendered.
//
//   npm run diagrams              render what changed
//   npm run diagrams -- --all     render everything again
//   npm run diagrams -- --check   exit 1 if any render is stale or missing (no browser)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { CONCEPT_MAP_ID, conceptMapSource } from '../src/diagrams/concept-map.ts';
import { readContentFiles } from '../src/lib/content-files.ts';

const { values } = parseArgs({
  options: { all: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
});

/** Regenerates the concept map's Mermaid source from the content (unless only checking); true when it changed. */
function writeConceptMap(write: boolean): boolean {
  const file = `diagrams/${CONCEPT_MAP_ID}.mmd`;
  const text = conceptMapSource(readContentFiles());
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  if (write) writeFileSync(file, text);
  return true;
}

try {
  const mapChanged = writeConceptMap(!values.check);
  if (mapChanged && !values.check) console.log(`updated diagrams/${CONCEPT_MAP_ID}.mmd from the content`);
  const sources = readDiagramSources();
  const version = mermaidVersion();
  const todo = values.all ? sources : staleDiagrams(sources, version);

  if (values.check) {
    if (mapChanged) console.error(`diagrams/${CONCEPT_MAP_ID}.mmd:1  out of date with the content`);
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
