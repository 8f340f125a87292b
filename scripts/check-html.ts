#!/usr/bin/env node
// Checks every page of the built site with the W3C Nu HTML checker (vnu, Java) in one run and fails
// on any error or warning in the site's own markup, printing file:line:column for each. Messages
// about markup that Starlight or Expressive Code write, and two limits of the checker itself, are
// counted but not failed on (UPSTREAM below says which, where and why). Info messages are skipped.
//
//   node scripts/check-html.ts [--dir dist]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** Where a message is allowed: anywhere, or only inside elements that a dependency writes. */
type Scope = 'anywhere' | 'expressive-code' | 'starlight-sidebar-state';

interface UpstreamRule {
  origin: string;
  message: RegExp;
  scope: Scope;
  why: string;
}

/** Messages that the site cannot fix in its own markup. Each is exact and, where it can be, scoped. */
export const UPSTREAM: UpstreamRule[] = [
  {
    origin: 'Expressive Code',
    message: /^Element “div” not allowed as child of element “(?:code|button)” in this context\./,
    scope: 'expressive-code',
    why: 'code lines are <div class="ec-line"> in <code>; the copy button holds a <div>',
  },
  {
    origin: 'Expressive Code',
    message: /^Forbidden code point U\+007f\.$/,
    scope: 'expressive-code',
    why: 'the copy button keeps the code in data-code with U+007F between lines',
  },
  {
    origin: 'Starlight',
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    scope: 'starlight-sidebar-state',
    why: 'the sidebar state scripts are <script aria-hidden="true">',
  },
  {
    origin: 'checker',
    message:
      /^Inline script violates Content Security Policy \(meta tag\): blocked by “script-src” directive \(missing “‘unsafe-inline’” or nonce\/hash\)\.$/,
    scope: 'anywhere',
    why: 'vnu hashes the trimmed script text, browsers the exact text (Starlight scripts start with a newline); the build checks every hash and tests/e2e/csp.spec.ts checks them in Chromium',
  },
  {
    origin: 'checker',
    message:
      /^Resource violates Content Security Policy \(meta tag\): external (?:script|stylesheet) “[^”]*” blocked by “(?:script|style)-src” directive\.$/,
    scope: 'anywhere',
    why: "checked as file: URLs, which 'self' never matches; served over HTTP they are same-origin",
  },
];

/** The site's own choices that the checker questions. */
export const ALLOWED: UpstreamRule[] = [
  {
    origin: 'site (intended)',
    message: /^The “list” role is unnecessary for element “ul”\.$/,
    scope: 'anywhere',
    why: 'Safari drops list semantics from lists styled list-style: none; role="list" restores them',
  },
];

/**
 * What vnu itself drops, anywhere: its CSS parser rejects every custom property in a style
 * attribute (Expressive Code colours each token with style="--0:…;--1:…", about 15,000 of them), a
 * limit of the checker, not an error in the page. ASCII only (`.` for the curly quotes): Java
 * decodes its arguments in the locale's charset, so without a UTF-8 locale (LANG unset, as in a
 * bare CI shell) “ and ” would arrive as ? and the pattern would match nothing.
 */
export const CHECKER_FILTER = 'CSS: .--.: Parse Error\\.';

/** [start, end) offsets of every element named `tag` whose start tag matches `open`, nested ones included. */
function elementRanges(html: string, open: RegExp, tag: string): [number, number][] {
  const ranges: [number, number][] = [];
  const tokens = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  for (const start of html.matchAll(open)) {
    let depth = 0;
    tokens.lastIndex = start.index;
    for (let token = tokens.exec(html); token; token = tokens.exec(html)) {
      depth += token[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        ranges.push([start.index, token.index + token[0].length]);
        break;
      }
    }
  }
  return ranges;
}

/** What the rules need to know about one page: where its upstream regions are. */
export function pageRegions(html: string): Record<Exclude<Scope, 'anywhere'>, [number, number][]> {
  return {
    'expressive-code': elementRanges(html, /<div class="expressive-code\b/g, 'div'),
    'starlight-sidebar-state': elementRanges(
      html,
      /<sl-sidebar-state-persist\b/g,
      'sl-sidebar-state-persist',
    ),
  };
}

function offsetOf(html: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = html.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The rule that covers a message on a page, if any. */
export function ruleFor(
  message: VnuMessage,
  html: string,
  regions = pageRegions(html),
): UpstreamRule | undefined {
  const offset = offsetOf(html, message.lastLine ?? 1, message.lastColumn ?? 1);
  return [...UPSTREAM, ...ALLOWED].find(
    (rule) =>
      rule.message.test(message.message) &&
      (rule.scope === 'anywhere' ||
        regions[rule.scope].some(([start, end]) => offset >= start && offset < end)),
  );
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = resolve(values.dir);
  if (!existsSync(dir)) {
    console.error(`check-html: no ${values.dir}/ to check. Build first: npm run build`);
    process.exit(1);
  }
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = process.env['JAVA'] ?? 'java';
  ensureJava(java);
  const started = performance.now();
  const run = spawnSync(
    java,
    [
      // vnu needs a deep stack for its schema (it fails now and then with Java's default 1 MB);
      // the quick JIT (C1 only) halves the CPU time of a run this short.
      '-Xss8m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      jar,
      '--format',
      'json',
      '--stdout',
      '--exit-zero-always',
      '--skip-info-messages',
      '--skip-non-html',
      '--filterpattern',
      CHECKER_FILTER,
      dir,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.error || run.status !== 0) {
    console.error(
      run.error
        ? `check-html: could not run ${java} (${run.error.message}). The HTML check needs Java 17 or later: ` +
            'install it (Debian: apt-get install default-jre-headless) or set JAVA to its path.'
        : `check-html: vnu failed:\n${run.stderr}`,
    );
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };

  const pages = new Map<string, { html: string; regions: ReturnType<typeof pageRegions> }>();
  const ignored = new Map<string, number>();
  const problems: string[] = [];
  for (const message of messages) {
    const file = message.url ? fileURLToPath(message.url) : '';
    if (message.type === 'non-document-error' || !file) {
      problems.push(`${relative('.', file) || values.dir}: ${message.message}`);
      continue;
    }
    let page = pages.get(file);
    if (!page) {
      const html = readFileSync(file, 'utf8');
      page = { html, regions: pageRegions(html) };
      pages.set(file, page);
    }
    const rule = ruleFor(message, page.html, page.regions);
    if (rule) {
      ignored.set(rule.origin, (ignored.get(rule.origin) ?? 0) + 1);
      continue;
    }
    const kind = message.type === 'error' ? 'error' : 'warning';
    const where = `${relative('.', file)}:${message.lastLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0}`;
    problems.push(
      `${where}: ${kind}: ${message.message}\n    ${(message.extract ?? '').replace(/\s+/g, ' ').trim()}`,
    );
  }

  const skipped = [...ignored].map(([origin, count]) => `${origin} ${count}`).join(', ');
  const summary = `HTML check (vnu, ${seconds} s): ${problems.length} problem(s) in the site's markup${skipped ? ` (not counted: ${skipped})` : ''}`;
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n\n${summary}`);
    process.exit(1);
  }
  console.log(summary);
}

/**
 * vnu runs on Java. Where there is none, as root on Debian (the project's machines), install
 * Debian's headless runtime, as `scripts/ensure-chromium.mjs` does for Chromium; elsewhere the
 * run stops below with what to install.
 */
function ensureJava(java: string): void {
  if (spawnSync(java, ['-version']).status === 0 || process.env['JAVA']) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return;
  console.log("No Java found: installing Debian's default-jre-headless for the HTML check.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
