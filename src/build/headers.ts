/**
 * Writes `_headers` (the Netlify and Cloudflare Pages format) into a finished build: a strict
 * Content-Security-Policy whose script-src lists the sha256 hash of every inline script the build
 * contains, plus the usual hardening and cache headers. The same policy goes into each page as a
 * `<meta http-equiv>` tag for hosts that cannot send headers (GitHub Pages). Run at the end of
 * `astro build` (`post-build.ts`), so hashes always match the HTML they were taken from.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../shared/content.ts';

/** Script types a browser executes; JSON and templates are data, which CSP does not govern. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The bodies of the inline scripts of an HTML document, in order (scripts with `src` are skipped). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** The CSP source expression for an inline script: `'sha256-<base64>'` of its exact text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * What a strict CSP would block and a hash cannot allow: inline event handlers (`onclick=`),
 * `javascript:` URLs, and scripts from another origin. Script and style bodies are skipped, since
 * their text is not markup. Returns one description per problem.
 */
export function cspProblems(html: string): string[] {
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  const problems: string[] = [];
  for (const tag of markup.matchAll(/<[a-z][^>]*>/gi)) {
    const handler = tag[0].match(/\s(on[a-z]+)\s*=/i)?.[1];
    if (handler) problems.push(`inline event handler ${handler}= in ${tag[0].slice(0, 80)}`);
    if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag[0])) {
      problems.push(`javascript: URL in ${tag[0].slice(0, 80)}`);
    }
    const src = /^<script\b/i.test(tag[0]) ? tag[0].match(/\ssrc\s*=\s*["']?([^"'\s>]+)/i)?.[1] : undefined;
    if (src && /^(?:[a-z]+:)?\/\//i.test(src)) problems.push(`script from another origin: ${src}`);
  }
  return problems;
}

/**
 * The Content-Security-Policy for the site.
 * - script-src: the site's own files, the listed inline-script hashes, and 'wasm-unsafe-eval',
 *   which lets Pagefind compile its WebAssembly search index. It does not allow eval() or
 *   new Function(): that would be 'unsafe-eval', which is not here.
 * - style-src needs 'unsafe-inline': pages carry style="" attributes (Starlight, Expressive Code)
 *   and the prerendered Mermaid SVGs embed <style> blocks; attributes cannot be allowed by hash
 *   without 'unsafe-hashes' and a hash per attribute value. Styles cannot run code.
 * `scriptHashes` are sources from `scriptHashSource`.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The `_headers` file: security headers on every path, long caching for fingerprinted assets.
 * Paths include the base path, since hosts match them against the full URL path.
 */
function headersFile({ base, csp }: { base: string; csp: string }): string {
  return `# Written by src/build/headers.ts at build time. The script hashes match this build's
# inline scripts only: deploy this file with the HTML it was generated from.
${base}*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

${base}og/*
  Cache-Control: public, max-age=86400
`;
}

/**
 * The policy as a `<meta http-equiv>` tag. Browsers ignore `frame-ancestors` in a meta policy (and
 * say so in the console), so it is left out: framing protection needs the real header.
 */
export function cspMetaTag(csp: string): string {
  const metaPolicy = csp
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">`;
}

/**
 * Puts the meta policy right after `<meta charset>` (else at the start of `<head>`, else of the
 * document), before any script, since a meta policy only governs what follows it. Pages that
 * already carry one keep theirs. `metaTag` comes from `cspMetaTag`.
 */
export function withCspMeta(html: string, metaTag: string): string {
  if (/<meta\s+http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const charset = html.match(/<meta\s+charset=[^>]*>/i);
  if (charset?.index !== undefined) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}${metaTag}${html.slice(end)}`;
  }
  if (/<head(\s[^>]*)?>/i.test(html)) return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${metaTag}`);
  return `${metaTag}${html}`;
}

/**
 * Hashes every inline script of the build in `dir`, writes `dir/_headers` and adds the policy to
 * every page as a meta tag. Throws, naming the
 * file, when a page holds something the CSP would block (an inline handler, a `javascript:` URL,
 * a script from another origin), so a page that would break in production fails the build instead.
 * `dir` is the build output; `base` the base path the site is built for.
 */
export function writeHeaders(dir: string, base: string): { hashes: number; pages: number; csp: string } {
  const hashes = new Set<string>();
  const problems: string[] = [];
  const files = filesUnder(dir).filter((file) => file.endsWith('.html'));
  // Read once: hashed now, written back with the policy below.
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  for (const { file, html } of pages) {
    for (const script of inlineScripts(html)) hashes.add(scriptHashSource(script));
    for (const problem of cspProblems(html)) problems.push(`  ${relative(dir, file)}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(`These pages would break under the Content-Security-Policy:\n${problems.join('\n')}`);
  }
  const csp = contentSecurityPolicy(hashes);
  writeFileSync(join(dir, '_headers'), headersFile({ base, csp }));
  const metaTag = cspMetaTag(csp);
  for (const { file, html } of pages) writeFileSync(file, withCspMeta(html, metaTag));
  return { hashes: hashes.size, pages: files.length, csp };
}
