import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';

// scripts/serve.mjs serves dist/ to the browser tests as the real hosts would: under a base path,
// with `_headers` (its paths include the base) applied as Cloudflare Pages applies it, gzip, and
// the nearest 404.html.

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('the static server the tests use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    'docs/index.html': '<h1>docs</h1>',
    '404.html': 'site 404',
    'embed/404.html': 'embed 404',
    _headers: [
      '/p/*',
      '  X-Frame: deny',
      '  X-Both: one',
      '/p/embed/*',
      '  ! X-Frame',
      '  X-Both: two',
      '',
    ].join('\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let server: ChildProcess;
  let origin = '';
  before(async () => {
    const port = await freePort();
    server = spawn(process.execPath, [
      'scripts/serve.mjs',
      '--dir',
      dir,
      '--port',
      String(port),
      '--base',
      '/p/',
      '--headers',
      '--gzip',
    ]);
    // Ready when it says so: a state, not a delay.
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
      server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
    origin = `http://127.0.0.1:${port}`;
  });
  after(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves under the base path only', async () => {
    assert.equal((await fetch(`${origin}/p/`)).status, 200);
    assert.equal(await (await fetch(`${origin}/p/docs/`)).text(), '<h1>docs</h1>');
    assert.equal((await fetch(`${origin}/docs/`)).status, 404);
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await fetch(`${origin}/p/docs?x=1`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/p/docs/?x=1');
  });

  it('applies every matching _headers rule in order: joins repeats, "! Name" removes', async () => {
    const home = await fetch(`${origin}/p/`);
    assert.equal(home.headers.get('x-frame'), 'deny');
    assert.equal(home.headers.get('x-both'), 'one');
    const embed = await fetch(`${origin}/p/embed/missing/`);
    assert.equal(embed.headers.get('x-frame'), null);
    assert.equal(embed.headers.get('x-both'), 'one, two');
  });

  it('answers a missing page with the nearest 404.html and status 404', async () => {
    const embed = await fetch(`${origin}/p/embed/q/99/`);
    assert.equal(embed.status, 404);
    assert.equal(await embed.text(), 'embed 404');
    assert.equal(await (await fetch(`${origin}/p/nowhere/`)).text(), 'site 404');
  });

  it('gzips text for clients that accept it', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; text: string }>((resolve) => {
      request(`${origin}/p/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({
            encoding: response.headers['content-encoding'],
            text: gunzipSync(Buffer.concat(chunks)).toString(),
          }),
        );
      }).end();
    });
    assert.deepEqual(body, { encoding: 'gzip', text: '<h1>home</h1>' });
  });
});
