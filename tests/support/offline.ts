import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/offline/index.ts';
import { BASE_PATH, DIST } from './site.ts';

/**
 * Waits until the page is controlled by the site's service worker (installed and activated) and,
 * on a page with "Save for offline", until the control has read what is saved: a test that then
 * leaves the page aborts nothing in flight.
 */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
  });
  if ((await page.locator('[data-offline-save]').count()) > 0) {
    await page.locator('[data-offline-save][data-state]').waitFor({ state: 'attached' });
  }
}

/** Every URL path held in the site's caches, precache included (its revision query left out). */
export function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  });
}

/**
 * Two deploys of the site on one origin, as a host serves them: the build under test first, then a
 * changed copy of it, whose service worker is written again by the build's own step
 * (`writeServiceWorker`), as a second build would write it. The server serves a link that
 * `deploy()` points at the second copy, so the origin (and its service worker) stays the same.
 */
export class TwoDeploys {
  readonly url: string;
  readonly #server: ChildProcess;
  readonly #folder: string;

  private constructor(url: string, server: ChildProcess, folder: string) {
    this.url = url;
    this.#server = server;
    this.#folder = folder;
  }

  /**
   * Prepares the second deploy from the build under test: `edit` changes its files (paths relative
   * to it), then its service worker and offline list are written again. Serves the first.
   */
  static async start(name: string, edit: (dir: string) => void): Promise<TwoDeploys> {
    const folder = resolve('tests/.tmp/offline', name);
    rmSync(folder, { recursive: true, force: true });
    const next = join(folder, 'next');
    cpSync(DIST, next, { recursive: true });
    edit(next);
    await writeServiceWorker(next, BASE_PATH);
    symlinkSync(resolve(DIST), join(folder, 'live'));
    const server = spawn(
      'node',
      [
        'scripts/serve.mjs',
        '--dir',
        join(folder, 'live'),
        '--port',
        '0',
        '--base',
        BASE_PATH,
        '--headers',
        '--gzip',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const url = await new Promise<string>((done, fail) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        const match = /at (http:\/\/\S+)/.exec(String(chunk));
        if (match?.[1]) done(match[1]);
      });
      server.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
    });
    return new TwoDeploys(url, server, folder);
  }

  /** The second deploy goes live (one rename, as atomic as a host's switch). */
  deploy(): void {
    const link = join(this.#folder, 'live-next');
    symlinkSync(join(this.#folder, 'next'), link);
    renameSync(link, join(this.#folder, 'live'));
  }

  /** Stops the server, then removes both deploys (never under a request in flight). */
  async stop(): Promise<void> {
    const exited = new Promise((done) => this.#server.once('exit', done));
    this.#server.kill();
    await exited;
    rmSync(this.#folder, { recursive: true, force: true });
  }
}

/** Replaces one exact text in a built file (the test's stand-in for an author's edit). */
export function replaceInFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain "${from}"`);
  writeFileSync(file, text.replaceAll(from, to));
}
