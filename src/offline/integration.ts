import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath } from '../shared/urls.ts';
import { formatBytes } from './progress.ts';
import { writeEmbedWorker, writeRemovalWorker, writeServiceWorker } from './service-worker.ts';
import { offlineEnabled } from './settings.ts';

/**
 * Offline reading in Astro: at the end of `astro build`, the service worker and the list of what
 * can be saved (`service-worker.ts`); with `OFFLINE=off`, a worker that removes itself instead.
 * List it after `postBuild`: the precache revisions must be those of the finished pages.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!offlineEnabled()) {
          writeRemovalWorker(outDir);
          writeEmbedWorker(outDir, { remove: true });
          logger.info('OFFLINE=off: sw.js removes any earlier service worker and its caches');
          return;
        }
        const summary = await writeServiceWorker(outDir, base);
        writeEmbedWorker(outDir);
        logger.info(
          `sw.js precaches ${summary.precached} files (${formatBytes(summary.precacheBytes)}); ` +
            `Save for offline keeps ${summary.saveable} (${formatBytes(summary.saveBytes)})`,
        );
      },
    },
  };
}
