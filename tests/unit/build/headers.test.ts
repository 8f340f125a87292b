import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { readBuiltPage, type BuiltPage } from '../../../src/build/built-page.ts';
import {
  contentSecurityPolicy,
  cspMetaTag,
  cspProblems,
  embedSecurityPolicy,
  framedPathPatterns,
  inlineScripts,
  scriptHashSource,
  withCspMeta,
  writeHeaders,
} from '../../../src/build/headers.ts';
import { filesUnder } from '../../../src/shared/content.ts';

const page = `<!doctype html><html><head>
<script>window.theme = 'dark';</script>
<script type="module" src="/_astro/page.js"></script>
<script type="application/ld+json">{"@type":"WebSite"}</script>
</head><body><script type="module">import './x.js';</script></body></html>`;

describe('inline script hashes', () => {
  it('finds executable inline scripts and skips external ones and data blocks', () => {
    assert.deepEqual(inlineScripts(page), ["window.theme = 'dark';", "import './x.js';"]);
  });
  it('hashes the exact script text as CSP expects', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    assert.equal(scriptHashSource('alert(1)'), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the Content-Security-Policy', () => {
  const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
  it('allows scripts from the site and by hash only, never eval', () => {
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
    assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    assert.doesNotMatch(csp, /'unsafe-eval'/);
  });
  it('locks down plugins, framing, base and form targets', () => {
    for (const directive of [
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      assert.ok(csp.includes(directive), directive);
    }
  });
});

describe('the policy as a meta tag, for hosts without headers', () => {
  const meta = cspMetaTag("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
  it('leaves out frame-ancestors, which browsers ignore in a meta policy', () => {
    assert.equal(
      meta,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">`,
    );
  });
  it('goes right after <meta charset>, before any script, once', () => {
    const html = '<html><head><meta charset="utf-8"><script>x()</script></head></html>';
    const once = withCspMeta(html, meta);
    assert.equal(once, `<html><head><meta charset="utf-8">${meta}<script>x()</script></head></html>`);
    assert.equal(withCspMeta(once, meta), once);
    assert.equal(withCspMeta('<head><title>t</title></head>', meta), `<head>${meta}<title>t</title></head>`);
  });
});

describe('what a CSP would break', () => {
  it('reports inline handlers, javascript: URLs and scripts from elsewhere', () => {
    const problems = cspProblems(
      '<button onclick="go()">x</button><a href="javascript:void 0">y</a><script src="https://cdn.example.com/x.js"></script>',
    );
    assert.equal(problems.length, 3, problems.join('\n'));
  });
  it('ignores look-alikes inside scripts, styles and text', () => {
    assert.deepEqual(
      cspProblems('<script>if (a<b && x.onclick=1) {}</script><style>a[onclick=x]{}</style><p>onload=x</p>'),
      [],
    );
  });
});

/** The header rules of a `_headers` file, in order. */
function headerRules(file: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Every header a path gets, as Netlify and Cloudflare Pages combine them: all matching rules. */
function headersFor(file: string, path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of headerRules(file)) {
    const glob = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!glob.test(path)) continue;
    for (const [name, value] of rule.headers) result.set(name, [...(result.get(name) ?? []), value]);
  }
  return result;
}

describe('the embed policy', () => {
  const csp = embedSecurityPolicy(["'sha256-b'", "'sha256-a'"]);
  it('allows nothing but its own hashed scripts, inline styles and the data: icon', () => {
    assert.equal(
      csp,
      "default-src 'none'; script-src 'sha256-a' 'sha256-b'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors *",
    );
  });
  it('covers every page but the embeds with the framing rules', () => {
    const patterns = framedPathPatterns(
      ['index.html', '404.html', 'answers/x/index.html', 'embed/q/3/index.html', 'embed/404.html'],
      '/portfolio/',
    );
    assert.deepEqual(patterns, [
      '/portfolio/',
      '/portfolio/404.html',
      '/portfolio/answers/*',
      '/portfolio/index.html',
    ]);
  });
});

/** Every HTML page under `dir`, parsed, as the post-build step hands them over. */
function pagesIn(dir: string): BuiltPage[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => readBuiltPage(dir, relative(dir, file)));
}

describe('writeHeaders', () => {
  it('writes _headers for every path under the base, with the hashes of every page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    try {
      mkdirSync(join(dir, 'answers/x'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<script>one()</script>');
      writeFileSync(join(dir, 'answers/x/index.html'), '<script>two()</script><script>one()</script>');
      const result = writeHeaders(dir, '/portfolio/', pagesIn(dir));
      assert.equal(result.hashes, 2);
      const headers = readFileSync(join(dir, '_headers'), 'utf8');
      assert.match(headers, /^\/portfolio\/\*\n {2}X-Content-Type-Options: nosniff/m);
      assert.match(
        headers,
        /^\/portfolio\/answers\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src/m,
      );
      assert.ok(headers.includes(scriptHashSource('one()')));
      assert.ok(headers.includes(scriptHashSource('two()')));
      assert.match(
        headers,
        /^\/portfolio\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/m,
      );
      // The service worker and its list are revalidated, so a deploy reaches readers on their next visit.
      assert.match(headers, /^\/portfolio\/sw\.js\n {2}Cache-Control: no-cache$/m);
      assert.match(headers, /^\/portfolio\/offline\.json\n {2}Cache-Control: no-cache$/m);
      // Each page carries the same policy as a meta tag, for hosts that send no headers.
      assert.match(
        readFileSync(join(dir, 'index.html'), 'utf8'),
        /^<meta http-equiv="Content-Security-Policy"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('lets only the embed pages be framed, each page under one policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    try {
      mkdirSync(join(dir, 'answers/x'), { recursive: true });
      mkdirSync(join(dir, 'embed/q/3'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<script>site()</script>');
      writeFileSync(join(dir, 'answers/x/index.html'), '<p>x</p>');
      writeFileSync(join(dir, 'embed/q/3/index.html'), '<meta charset="utf-8"><script>embed()</script>');
      const { csp, embedCsp } = writeHeaders(dir, '/', pagesIn(dir));
      const file = readFileSync(join(dir, '_headers'), 'utf8');

      const embed = headersFor(file, '/embed/q/3/');
      assert.deepEqual(embed.get('Content-Security-Policy'), [embedCsp]);
      assert.equal(embed.get('X-Frame-Options'), undefined);
      assert.match(embedCsp, /frame-ancestors \*$/);
      assert.ok(
        embedCsp.includes(scriptHashSource('embed()')) && !embedCsp.includes(scriptHashSource('site()')),
      );
      assert.deepEqual(headersFor(file, '/embed/q/99/').get('Content-Security-Policy'), [embedCsp]);

      for (const path of ['/', '/index.html', '/answers/x/']) {
        const page = headersFor(file, path);
        assert.deepEqual(page.get('Content-Security-Policy'), [csp], path);
        assert.deepEqual(page.get('X-Frame-Options'), ['DENY'], path);
        assert.deepEqual(page.get('X-Content-Type-Options'), ['nosniff'], path);
      }
      assert.ok(!csp.includes(scriptHashSource('embed()')));
      assert.match(
        readFileSync(join(dir, 'embed/q/3/index.html'), 'utf8'),
        new RegExp(
          `<meta http-equiv="Content-Security-Policy" content="${embedCsp.replace('; frame-ancestors *', '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`,
        ),
      );
      assert.deepEqual(headersFor(file, '/answers.json').get('Access-Control-Allow-Origin'), ['*']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a build with an inline handler, naming the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    try {
      writeFileSync(join(dir, 'bad.html'), '<img src="x.png" onerror="steal()">');
      assert.throws(() => writeHeaders(dir, '/', pagesIn(dir)), /bad\.html: inline event handler onerror=/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
