import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { projectRoot } from '../shared/project.ts';
import { ContentError, throwIfProblems } from '../shared/problems.ts';
import { DIAGRAMS_DIR, mermaidVersion, readDiagramSources, staleDiagrams, writeRendered } from './cache.ts';
import { annotationProblemsOf, diagramProblems } from './checks.ts';
import { applyGenerated, type DiagramGenerator } from './generated.ts';
import type { DiagramRenderer } from './render.ts';

/**
 * The diagram pipeline in Astro. A build checks, before anything is built, that generated sources
 * and renders are current (a stale one fails with its file, and the fix: `npm run diagrams`); it
 * never starts a browser. `astro dev` renders what is stale when it starts and whenever a `.mmd`
 * file is saved, with one renderer kept warm for the session, then reloads the page.
 */
export interface DiagramsOptions {
  /** Diagrams made from data rather than a `.mmd` file (the concept maps). */
  generators?: DiagramGenerator[];
}

export function diagrams(options: DiagramsOptions = {}): AstroIntegration {
  const generators = options.generators ?? [];
  let renderer: Promise<DiagramRenderer> | undefined;
  // One refresh at a time: saves in quick succession queue up instead of racing on the renderer.
  let queue: Promise<unknown> = Promise.resolve();

  const refresh = (logger: AstroIntegrationLogger) =>
    (queue = queue
      .then(async () => {
        const { written, removed } = applyGenerated(generators);
        for (const file of [...written, ...removed]) logger.info(`${file} regenerated from the content`);
        const stale = staleDiagrams(readDiagramSources(), mermaidVersion());
        if (stale.length === 0) return false;
        renderer ??= import('./render.ts').then(({ DiagramRenderer }) => DiagramRenderer.open());
        const { rendered, problems } = await (await renderer).renderEach(stale);
        for (const diagram of rendered) writeRendered(diagram);
        if (rendered.length > 0) logger.info(`rendered ${rendered.map((d) => d.id).join(', ')}`);
        const unexplained = stale.flatMap((source) => annotationProblemsOf(source));
        if (problems.length + unexplained.length > 0) {
          logger.error(new ContentError([...problems, ...unexplained], 'Diagrams need a fix').message);
        }
        return rendered.length > 0;
      })
      .catch((error: unknown) => {
        // Most likely no Chromium to render with: say so, and try a fresh renderer next time.
        renderer = undefined;
        logger.error(error instanceof Error ? error.message : String(error));
        return false;
      }));

  return {
    name: 'diagrams',
    hooks: {
      'astro:build:start': () => {
        throwIfProblems(diagramProblems(generators), 'Diagrams are out of date');
      },
      'astro:server:setup': ({ server, logger }) => {
        void refresh(logger);
        server.watcher.add(join(projectRoot(), DIAGRAMS_DIR, '*.mmd'));
        server.watcher.on('change', (file) => {
          if (!file.endsWith('.mmd')) return;
          void refresh(logger).then((rendered) => {
            if (rendered) server.ws.send({ type: 'full-reload' });
          });
        });
      },
      'astro:server:done': async () => {
        await (await renderer)?.close();
        renderer = undefined;
      },
    },
  };
}
