import { siteBase } from '../shared/urls.ts';
import { EMBED_SCOPE, EMBED_WORKER_FILE } from './files.ts';

/**
 * Registers the service worker once the page has loaded and the main thread is idle, and offers a
 * new version when one is waiting: "A new version is available" with a Reload button, which lets
 * it take over and reloads the page once it has. `script` is the worker's URL, `prompt` the
 * prompt's element (`UpdatePrompt.astro`), `announce` a live region that says the same to screen
 * readers. Without service workers (an old browser, a private window that refuses them) the site
 * works as before, from the network.
 */
export function startOffline(script: string, prompt: HTMLElement, announce: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const base = siteBase();
  const container = navigator.serviceWorker;
  let reloading = false;
  const show = () => {
    if (reloading || !prompt.hidden) return;
    prompt.hidden = false;
    announce.textContent = 'A new version of this site is available. Reload to see it.';
  };
  prompt.querySelector('[data-offline-reload]')?.addEventListener('click', async () => {
    reloading = true;
    const waiting = (await container.getRegistration(base))?.waiting;
    if (!waiting) return location.reload();
    container.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  // Another tab let the new version in: this page still shows the old one.
  const hadController = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (hadController) show();
  });

  // Registered then, with the browser's own API (Workbox's window library would add 5 KiB to every
  // page for the same two events): none of this competes with the page's first tasks.
  afterLoadWhenIdle(async () => {
    // Refused (a private window, a blocked worker): the pages come from the network. Some
    // automation stubs resolve with no registration at all, so that counts as refused too.
    const registration = await container.register(script, { scope: base }).catch(() => undefined);
    if (!registration) return;
    // The embeds get an empty worker of their own scope, so the site's worker never controls one.
    container
      .register(`${base}${EMBED_WORKER_FILE}`, { scope: `${base}${EMBED_SCOPE}` })
      .catch(() => undefined);
    // A worker that finishes installing while another is active waits: that is a new version.
    const watch = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && registration.active) show();
      });
    if (registration.waiting && registration.active) show();
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A tab left open for days still learns of a new deploy when the reader comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
  });
}

/** Runs `task` once the page has loaded and the main thread is idle (at most 5 s later). */
function afterLoadWhenIdle(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 0);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
