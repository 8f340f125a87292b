#!/usr/bin/env node
// A small static server for the built site, used by the tests and benchmarks. Unlike
// `astro preview` it can serve under a base path, gzip responses as a CDN would, and apply the
// `_headers` file (Netlify / Cloudflare Pages format) so tests run under the real CSP. It answers
// as those hosts do: every matching `_headers` rule applies, in order, a header set by two rules
// gets both values joined by a comma, and `! Name` removes a header an earlier rule set; a missing
// path gets the nearest `404.html` above it (Cloudflare Pages' rule) with status 404.
//
//   node scripts/serve.mjs [--dir dist] [--port 4322] [--base /] [--headers] [--gzip]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    headers: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|manifest\+json|xml|javascript))|image\/svg/;

/** Parses `_headers`: a path pattern line, then indented `Name: value` or `! Name` lines. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!values.headers || !existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [], unset: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)?.unset.push(line.trim().slice(1).trim().toLowerCase());
    else {
      const index = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, index).trim().toLowerCase(), line.slice(index + 1).trim()]);
    }
  }
  return rules;
}

/** The headers `_headers` gives a path: every matching rule in order, as Cloudflare Pages does. */
function ruleHeaders(pathname) {
  const headers = {};
  const setByRule = new Set();
  for (const rule of headerRules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const name of rule.unset) delete headers[name];
    for (const [name, value] of rule.headers) {
      headers[name] =
        setByRule.has(name) && headers[name] !== undefined ? `${headers[name]}, ${value}` : value;
      setByRule.add(name);
    }
  }
  return headers;
}
const headerRules = readHeaderRules();

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

function resolveFile(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The `404.html` closest to a missing path, walking up to the site root. */
function nearestNotFound(sitePath) {
  const parts = sitePath.split('/').filter(Boolean);
  for (let depth = parts.length; depth >= 0; depth--) {
    const candidate = resolveFile(`/${parts.slice(0, depth).join('/')}/404.html`.replace('//', '/'));
    if (candidate) return candidate;
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under base ${base}`);
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`;
  const found = resolveFile(sitePath);
  // A directory without its trailing slash redirects, as static hosts do.
  if (found?.endsWith('index.html') && !sitePath.endsWith('/') && !sitePath.endsWith('.html')) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = found ?? nearestNotFound(sitePath);
  const status = found ? 200 : 404;
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', ...ruleHeaders(url.pathname) };
  const gzip =
    values.gzip && compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  response.writeHead(status, headers);
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});

// `--port 0` takes a free port: the line below says which.
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${port}${base}`);
});
