import {
  CACHE_PREFIX,
  filesToSave,
  PAGES_CACHE,
  REVISION_HEADER,
  SEARCH_CACHE,
  type OfflineFile,
  type OfflineList,
} from './list.ts';
import { saveButtonLabel, saveStatus, type SaveState } from './progress.ts';

/** Fetches at once: enough to keep a connection busy without starving the page's own requests. */
const PARALLEL = 4;

/** What the site's caches hold, by path, with the revision recorded for each (null: none). */
async function cachedRevisions(): Promise<Map<string, string | null>> {
  const held = new Map<string, string | null>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const revision = (await cache.match(request))?.headers.get(REVISION_HEADER) ?? null;
      held.set(new URL(request.url).pathname, revision);
    }
  }
  return held;
}

/**
 * Fetches one file and stores it where the service worker looks for it, with its revision, so a
 * later version can tell whether it changed. Stored here rather than left to the worker's routes,
 * which store a response only after handing it over: when this resolves, the file is saved.
 */
async function saveFile(file: OfflineFile): Promise<boolean> {
  try {
    const response = await fetch(file.url, { cache: 'no-cache' });
    if (response.status !== 200) return false;
    const headers = new Headers(response.headers);
    if (file.revision) headers.set(REVISION_HEADER, file.revision);
    const stored = new Response(await response.blob(), {
      status: 200,
      statusText: response.statusText,
      headers,
    });
    const cache = await caches.open(file.kind === 'search' ? SEARCH_CACHE : PAGES_CACHE);
    await cache.put(new URL(file.url, location.href).href, stored);
    return true;
  } catch {
    return false;
  }
}

/**
 * The "Save for offline" control (`SaveOffline.astro`): says how much of the site this browser
 * holds; on a press, fetches every page and search file it lacks (the service worker caches each
 * as it passes), with the progress and the size, and says when it is done. The list of what can be
 * saved (`offline.json`) is at the URL in the root's `data-offline-save`.
 */
export function startSaveControl(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-save-button]');
  const status = root.querySelector<HTMLElement>('[data-offline-save-status]');
  const bar = root.querySelector<HTMLProgressElement>('[data-offline-save-progress]');
  if (!button || !status || !bar) return;
  const render = (state: SaveState) => {
    status.textContent = saveStatus(state);
    button.textContent = saveButtonLabel(state);
    button.disabled = state.kind === 'saving' || state.kind === 'unsupported';
    // One announcement when saving ends, not one per file.
    status.setAttribute('aria-busy', String(state.kind === 'saving'));
    root.dataset['state'] = state.kind;
    if (state.kind === 'saving') {
      bar.max = state.bytes;
      bar.value = state.doneBytes;
    } else if (state.kind === 'saved') {
      bar.max = 1;
      bar.value = 1;
    }
  };
  if (!('serviceWorker' in navigator) || !('caches' in window)) return render({ kind: 'unsupported' });

  let list: OfflineList | undefined;
  const load = async () => {
    list ??= (await (await fetch(root.dataset['offlineSave'] ?? '')).json()) as OfflineList;
    return list;
  };
  const bytesOf = (files: OfflineList['files']) => files.reduce((sum, f) => sum + f.bytes, 0);
  const describe = async () => {
    const current = await load();
    const missing = filesToSave(current, await cachedRevisions());
    render(
      missing.length === 0
        ? { kind: 'saved', total: current.files.length, bytes: bytesOf(current.files) }
        : { kind: 'idle', missing: missing.length, bytes: bytesOf(missing) },
    );
  };

  button.addEventListener('click', async () => {
    if (button.disabled) return;
    const current = await load();
    void navigator.storage?.persist?.();
    const queue = filesToSave(current, await cachedRevisions());
    const total = queue.length;
    const bytes = bytesOf(queue);
    let done = 0;
    let doneBytes = 0;
    render({ kind: 'saving', done, total, doneBytes, bytes });
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (!(await saveFile(file))) continue;
        done += 1;
        doneBytes += file.bytes;
        render({ kind: 'saving', done, total, doneBytes, bytes });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const missing = filesToSave(current, await cachedRevisions());
    if (missing.length > 0) render({ kind: 'failed', failed: missing.length, total });
    else render({ kind: 'saved', total: current.files.length, bytes: bytesOf(current.files) });
  });

  // Once a service worker runs: before that, nothing saved would be used.
  navigator.serviceWorker.ready.then(describe).catch(() => undefined);
}
