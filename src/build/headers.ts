/**
 * Writes `_headers` (the Netlify and Cloudflare Pages format) into a finished build: a strict
 * Content-Security-Policy whose script-src lists the sha256 hash of every inline script the build
 * contains, plus the usual hardening and cache headers. The same policy goes into each page as a
 * `<meta http-equiv>` tag for hosts that cannot send headers (GitHub Pages). Run at the end of
 * `astro build` (`post-build.ts`), so hashes always match the HTML they were taken from.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { EMBED_WORKER_FILE, OFFLINE_LIST_FILE, SERVICE_WORKER_FILE } from '../offline/index.ts';
import { attribute, elementsOf, type BuiltPage } from './built-page.ts';

/** Script types a browser executes; JSON and templates are data, which CSP does not govern. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A page as its tree: parsed here when given as text (tests, single documents). */
function treeOf(page: string | Root): Root {
  return typeof page === 'string' ? fromHtml(page) : page;
}

/** The bodies of the inline scripts of an HTML document, in order (scripts with `src` are skipped). */
export function inlineScripts(page: string | Root): string[] {
  return elementsOf(treeOf(page))
    .filter((element) => element.tagName === 'script' && attribute(element, 'src') === undefined)
    .filter((script) => EXECUTABLE_TYPES.has((attribute(script, 'type') ?? '').trim().toLowerCase()))
    .map((script) => toString(script));
}

/** The CSP source expression for an inline script: `'sha256-<base64>'` of its exact text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** How a problem names its element: the tag and the line of the built HTML. */
function describe(element: Element): string {
  return `<${element.tagName}> at line ${element.position?.start.line ?? '?'}`;
}

/**
 * What a strict CSP would block and a hash cannot allow: inline event handlers (`onclick=`),
 * `javascript:` URLs, and scripts from another origin. Returns one description per problem.
 */
export function cspProblems(page: string | Root): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(treeOf(page))) {
    // The parser names event handler attributes onClick, onLoad...
    for (const name of Object.keys(element.properties).filter((key) => /^on[A-Z]/.test(key))) {
      problems.push(`inline event handler ${name.toLowerCase()}= on ${describe(element)}`);
    }
    for (const name of ['href', 'xLinkHref', 'src', 'action']) {
      if (/^\s*javascript:/i.test(attribute(element, name) ?? '')) {
        problems.push(`javascript: URL on ${describe(element)}`);
      }
    }
    const src = element.tagName === 'script' ? attribute(element, 'src') : undefined;
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
 * The Content-Security-Policy of the embed pages (`/embed/*`), which other sites frame: nothing
 * from anywhere (`default-src 'none'`) but their own inline scripts, by hash, their inline styles
 * and the empty `data:` icon; any site may frame them (`frame-ancestors *`).
 */
export function embedSecurityPolicy(scriptHashes: Iterable<string>): string {
  return [
    "default-src 'none'",
    ['script-src', ...[...new Set(scriptHashes)].sort()].join(' '),
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/** The folder of the embed pages, relative to the base: the only pages other sites may frame. */
export const EMBED_DIR = 'embed';

/** Whether a built file (relative to the output folder) is an embed page. */
export function isEmbedFile(file: string): boolean {
  return file.split(/[\\/]/)[0] === EMBED_DIR;
}

const HARDENING = `  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()
  Cross-Origin-Opener-Policy: same-origin`;

/**
 * The paths whose pages refuse framing, under the base: the root, and each top-level HTML file and
 * folder holding HTML except the embed folder, from the built pages (relative paths). Netlify and
 * Cloudflare Pages apply every rule that matches a path, and a page under two policies must satisfy
 * both, so one `/*` rule with `frame-ancestors 'none'` would forbid framing the embeds too: no rule
 * here may match an embed page.
 */
export function framedPathPatterns(htmlFiles: readonly string[], base: string): string[] {
  const patterns = new Set<string>();
  for (const file of htmlFiles) {
    if (isEmbedFile(file)) continue;
    const [first = '', ...rest] = file.split(/[\\/]/);
    patterns.add(rest.length > 0 ? `${base}${first}/*` : `${base}${first}`);
  }
  return [base, ...[...patterns].sort()];
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages). Every path gets the hardening headers; the
 * site's pages get the site policy and `X-Frame-Options: DENY`, rule by rule (see
 * `framedPathPatterns`); the embed pages get their own policy and may be framed. The feeds and
 * oEmbed documents may be fetched from any origin. The service worker and its list are revalidated
 * on every fetch, so a deploy reaches readers on their next visit. Paths include the base path,
 * since hosts match them against the full URL path.
 */
function headersFile(options: { base: string; csp: string; embedCsp: string; framed: string[] }): string {
  const { base, csp, embedCsp, framed } = options;
  const pageRules = framed
    .map((pattern) => `${pattern}\n  Content-Security-Policy: ${csp}\n  X-Frame-Options: DENY`)
    .join('\n\n');
  const corsRules = ['answers.json', 'feed.xml', 'oembed/*']
    .map((path) => `${base}${path}\n  Access-Control-Allow-Origin: *`)
    .join('\n\n');
  return `# Written by src/build/headers.ts at build time. The script hashes match this build's
# inline scripts only: deploy this file with the HTML it was generated from.
# Hosts apply every rule that matches a path (a header set twice gets both values): the framing
# rules below never overlap, so the embed pages, and only they, may be framed.
${base}*
${HARDENING}

${pageRules}

${base}${EMBED_DIR}/*
  Content-Security-Policy: ${embedCsp}

${corsRules}

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

${base}${SERVICE_WORKER_FILE}
  Cache-Control: no-cache

${base}${EMBED_WORKER_FILE}
  Cache-Control: no-cache

${base}${OFFLINE_LIST_FILE}
  Cache-Control: no-cache

${base}og/*
  Cache-Control: public, max-age=86400

${base}badge/*
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

/** The offset in `html` where a meta policy goes, from the page's tree; 0 for the document's start. */
function metaPolicyOffset(tree: Root, html: string): number {
  const elements = elementsOf(tree);
  const charset = elements.find((element) => element.tagName === 'meta' && attribute(element, 'charSet'));
  if (charset?.position) return charset.position.end.offset ?? 0;
  const head = elements.find((element) => element.tagName === 'head' && element.position);
  const first = head?.children.find((child) => child.position)?.position;
  if (first) return first.start.offset ?? 0;
  const end = head?.position?.end.offset;
  if (end !== undefined && html.slice(end - '</head>'.length, end).toLowerCase() === '</head>') {
    return end - '</head>'.length;
  }
  return 0;
}

/**
 * Puts the meta policy right after `<meta charset>` (else at the start of `<head>`, else of the
 * document), before any script, since a meta policy only governs what follows it. Pages that
 * already carry one keep theirs. The tag is spliced into the text, so the rest of the page keeps
 * its bytes. `metaTag` comes from `cspMetaTag`; `tree` is the page's, when already parsed.
 */
export function withCspMeta(html: string, metaTag: string, tree: Root = fromHtml(html)): string {
  const hasPolicy = elementsOf(tree).some(
    (element) =>
      element.tagName === 'meta' &&
      attribute(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy',
  );
  if (hasPolicy) return html;
  const offset = metaPolicyOffset(tree, html);
  return `${html.slice(0, offset)}${metaTag}${html.slice(offset)}`;
}

/**
 * Hashes every inline script of the build in `dir`, writes `dir/_headers` and adds the policy to
 * every page as a meta tag: the embed pages (`embed/`) get the embed policy with their own hashes,
 * every other page the site policy. Throws, naming the file, when a page holds something the CSP
 * would block (an inline handler, a `javascript:` URL, a script from another origin), so a page
 * that would break in production fails the build instead.
 * `dir` is the build output; `base` the base path the site is built for; `pages` every HTML page
 * of the build, parsed once (`readBuiltPage`) and shared with the link check.
 */
export function writeHeaders(
  dir: string,
  base: string,
  pages: readonly BuiltPage[],
): { hashes: number; pages: number; csp: string; embedCsp: string } {
  const hashes = new Set<string>();
  const embedHashes = new Set<string>();
  const problems: string[] = [];
  for (const { file, tree } of pages) {
    const embed = isEmbedFile(file);
    for (const script of inlineScripts(tree)) (embed ? embedHashes : hashes).add(scriptHashSource(script));
    for (const problem of cspProblems(tree)) problems.push(`  ${file}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(`These pages would break under the Content-Security-Policy:\n${problems.join('\n')}`);
  }
  const csp = contentSecurityPolicy(hashes);
  const embedCsp = embedSecurityPolicy(embedHashes);
  const framed = framedPathPatterns(
    pages.map((page) => page.file),
    base,
  );
  writeFileSync(join(dir, '_headers'), headersFile({ base, csp, embedCsp, framed }));
  const metaTag = cspMetaTag(csp);
  const embedMetaTag = cspMetaTag(embedCsp);
  for (const { file, html, tree } of pages) {
    writeFileSync(join(dir, file), withCspMeta(html, isEmbedFile(file) ? embedMetaTag : metaTag, tree));
  }
  return { hashes: hashes.size + embedHashes.size, pages: pages.length, csp, embedCsp };
}
