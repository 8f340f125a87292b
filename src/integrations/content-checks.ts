import { spawn } from 'node:child_process';
import type { AstroIntegration } from 'astro';
import { mermaidVersion, readDiagramSources, staleDiagrams } from '../diagrams/cache.ts';
import { conceptMapChanges, readConceptMapFiles } from '../diagrams/concept-map.ts';
import { checkReferences, type Problem } from '../lib/content-checks.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { ContentError } from '../lib/source-position.ts';
import type { DiagramSource } from '../diagrams/source.ts';

/** Renders stale diagrams in a child process (the renderer drives Chromium; the build never does). */
function renderDiagrams(onDone: (ok: boolean) => void): void {
  const child = spawn(process.execPath, ['scripts/render-diagrams.ts'], { stdio: 'inherit' });
  child.on('close', (code) => onDone(code === 0));
}

/** Every cross-check; in a build, a missing or stale diagram render is a problem too. */
function runChecks(build: boolean): { problems: Problem[]; stale: DiagramSource[] } {
  const sources = readDiagramSources();
  const files = readContentFiles();
  const problems: Problem[] = checkReferences(files, sources);
  const mapChanges = conceptMapChanges(files, readConceptMapFiles());
  for (const map of mapChanges.write) {
    problems.push({
      position: { file: `diagrams/${map.id}.mmd`, line: 1 },
      message: 'the concept map is missing or no longer matches the content: run `npm run diagrams`',
    });
  }
  for (const name of mapChanges.remove) {
    problems.push({
      position: { file: `diagrams/${name}`, line: 1 },
      message: 'a concept map for a theme with no answers: run `npm run diagrams` to remove it',
    });
  }
  const stale = staleDiagrams(sources, mermaidVersion());
  if (build) {
    for (const source of stale) {
      problems.push({
        position: { file: source.file, line: 1 },
        message: 'its render in diagrams/rendered/ is missing or out of date: run `npm run diagrams`',
      });
    }
  }
  return { problems, stale };
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
        // In a build the checks run at build start, after Astro has validated frontmatter against
        // the schema, so a field error is reported before the cross-checks that depend on it.
        if (command !== 'dev') return;
        const { problems, stale } = runChecks(false);
        if (problems.length > 0) logger.error(new ContentError(problems, 'Content checks failed').message);
        if (stale.length > 0) renderDiagrams((ok) => ok && logger.info('diagrams rendered'));
      },
      'astro:build:start': () => {
        const { problems } = runChecks(true);
        if (problems.length > 0) throw new ContentError(problems, 'Content checks failed');
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
