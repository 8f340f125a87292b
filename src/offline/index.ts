/**
 * Offline reading: the service worker written at build (`integration.ts`, `service-worker.ts`,
 * `sw.ts`), what it keeps (`files.ts`, `list.ts`), the web app manifest and its icons
 * (`manifest.ts`, `icons.ts`), and in the pages the update prompt (`UpdatePrompt.astro`) and the
 * "Save for offline" control (`SaveOffline.astro`).
 */
export { offline } from './integration.ts';
export { offlinePlugin } from './plugin.ts';
export { offlineEnabled } from './settings.ts';
export { ICONS, webManifest } from './manifest.ts';
export { renderIcon } from './icons.ts';
export { writeServiceWorker } from './service-worker.ts';
export { EMBED_WORKER_FILE, NEVER_CACHED, OFFLINE_LIST_FILE, SERVICE_WORKER_FILE } from './files.ts';
