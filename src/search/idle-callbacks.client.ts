/**
 * Starlight creates Pagefind's search UI in a `requestIdleCallback`. Chromium runs no idle
 * callback while a modal dialog is open and nothing on the page is drawing: in headless Chromium
 * the search dialog, opened within half a second of loading, still had no search box 15 s later.
 * So pending idle callbacks are tracked, and code that needs their work now (opening search) runs
 * them at once instead of waiting for an idle period that may not come.
 *
 * Install before the callbacks are requested: Starlight requests its one on DOMContentLoaded, and
 * module scripts run before that.
 */
export interface IdleCallbacks {
  /** Runs every idle callback still waiting, now, as if its deadline had passed. */
  runPending(): void;
}

export function trackIdleCallbacks(): IdleCallbacks {
  const pending = new Map<number, IdleRequestCallback>();
  const request = window.requestIdleCallback?.bind(window);
  const cancel = window.cancelIdleCallback?.bind(window);
  if (!request || !cancel) return { runPending: () => {} };

  window.requestIdleCallback = (callback, options) => {
    const id = request((deadline) => {
      pending.delete(id);
      callback(deadline);
    }, options);
    pending.set(id, callback);
    return id;
  };
  window.cancelIdleCallback = (id) => {
    pending.delete(id);
    cancel(id);
  };

  const overdue: IdleDeadline = { didTimeout: true, timeRemaining: () => 0 };
  return {
    runPending() {
      for (const [id, callback] of [...pending]) {
        window.cancelIdleCallback(id);
        callback(overdue);
      }
    },
  };
}
