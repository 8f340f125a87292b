import { spawn } from 'node:child_process';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { mermaidVersion, readDiagramSources, staleDiagrams } from '../diagrams/cache.ts';
import { CONCEPT_MAP_ID, conceptMapSource } from '../diagrams/concept-map.ts';
import { checkReferences, type Problem } from '../lib/content-checks.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { ContentError } from '../lib/source-position.ts';

/** Renders stale diagrams in a child process (the renderer drives Chromium; the build never does). */
function renderDiagrams(onDone: (ok: boolean) => void): void {
  const child = spawn(process.execPath, ['scripts/render-diagrams.ts'], { stdio: 'inherit' });
  child.on('close', (code) => onDone(code === 0));
}

/**
 * Checks content before anything is built: references between pages and diagrams, diagram
 * metadata and links, and (in a build) that every diagram render is current. All problems are
 * reported together, each with its file and line. In `astro dev`, saved diagrams re-render.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const sources = readDiagramSources();
        const files = readContentFiles();
        const problems: Problem[] = checkReferences(files, sources);
        const mapFile = `diagrams/${CONCEPT_MAP_ID}.mmd`;
        const map = sources.find((s) => s.id === CONCEPT_MAP_ID);
        if (!map || readFileSync(mapFile, 'utf8') !== conceptMapSource(files)) {
          problems.push({
            position: { file: mapFile, line: 1 },
            message: 'the concept map no longer matches the content: run `npm run diagrams`',
          });
        }
        const stale = staleDiagrams(sources, mermaidVersion());
        if (command === 'build') {
          for (const source of stale) {
            problems.push({
              position: { file: source.file, line: 1 },
              message: 'its render in diagrams/rendered/ is missing or out of date: run `npm run diagrams`',
            });
          }
        }
        if (problems.length === 0) return;
        const error = new ContentError(problems, 'Content checks failed');
        if (command === 'build') throw error;
        logger.error(error.message);
        if (command === 'dev' && stale.length > 0) renderDiagrams(() => logger.info('diagrams rendered'));
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add('diagrams/*.mmd');
        server.watcher.on('change', (file) => {
          if (!file.endsWith('.mmd')) return;
          logger.info(`re-rendering diagrams after a change to ${file}`);
          renderDiagrams((ok) => {
            if (ok) server.ws.send({ type: 'full-reload' });
          });
        });
      },
    },
  };
}
