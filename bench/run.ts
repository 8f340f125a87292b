#!/usr/bin/env node
// `npm run bench`: every benchmark, then bench/RESULTS.md with the figures, the machine and the
// date. Not part of `npm test`: figures vary with the machine, tests must not.
//
//   npm run bench                  all
//   npm run bench -- diagrams      one or more of: diagrams build pages legibility scripts lighthouse search
//   npm run bench -- report        only rewrite RESULTS.md from bench/results/*.json sharing
//   npm run bench -- suite         times `npm test` phase by phase (not in `all`: it takes minutes)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { benchBuild } from './build.ts';
import { benchDiagrams } from './diagrams.ts';
import { benchLegibility } from './legibility.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchPages } from './pages.ts';
import { benchScripts } from './scripts.ts';
import { benchSearch } from './search.ts';
import { benchSuite } from './suite.ts';
import { benchVisual, type DiagramBytes } from './visual.ts';
import { kib, seconds } from './lib.ts';

const ALL = [
  'diagrams',
  'visual',
  'build',
  'pages',
  'legibility',
  'scripts',
  'lighthouse',
  'search',
  'sharing',
] as const;
const ON_REQUEST = ['suite'] as const;

/** What each page script does, for the scripts table (names as `bench/scripts.ts` gives them). */
const SCRIPT_PURPOSE: Record<string, string> = {
  page: "Astro's prefetch: fetches a linked page on hover or tap",
  'SearchDialog.astro':
    'site: the search button and dialog, Ctrl/Cmd+K and "/" (the search form loads on open)',
  'MobileTableOfContents.astro': "Starlight's table of contents on phones",
  'TableOfContents.astro': "Starlight's table of contents",
  'CopyLinkSupport.astro': 'site: copy-link buttons and heading anchors',
  'Diagram.astro': 'site: diagram viewer and exploring (focus, trace, card, walkthrough, deep links)',
  ec: "Expressive Code's copy button",
  'ConceptPreview.astro': 'site: concept preview cards',
};
// `report` rewrites RESULTS.md from the figures already in bench/results/ without measuring.
const reportOnly = process.argv.includes('report');
const chosen = process.argv
  .slice(2)
  .filter((a) => (ALL as readonly string[]).includes(a) || (ON_REQUEST as readonly string[]).includes(a));
const run = reportOnly ? [] : chosen.length > 0 ? chosen : [...ALL];

const steps: Record<string, () => Promise<unknown>> = {
  diagrams: benchDiagrams,
  visual: benchVisual,
  legibility: benchLegibility,
  build: benchBuild,
  pages: benchPages,
  lighthouse: benchLighthouse,
  scripts: benchScripts,
  search: benchSearch,
  suite: benchSuite,
  // Social cards, cheat-sheet size and CSP length, from the last build (bench/sharing.ts).
  sharing: async () => {
    const result = spawnSync(process.execPath, ['bench/sharing.ts'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error('bench/sharing.ts failed');
    return undefined;
  },
};

for (const name of run) {
  console.log(`bench: ${name}`);
  await steps[name]?.();
}

const read = (name: string) =>
  existsSync(`bench/results/${name}.json`)
    ? JSON.parse(readFileSync(`bench/results/${name}.json`, 'utf8'))
    : undefined;
writeFileSync('bench/RESULTS.md', report());
console.log('bench: wrote bench/RESULTS.md');

/** "13.6 KiB", or "0.2 KiB to 0.8 KiB" when the values differ. */
function kibRange(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return kib(low) === kib(high) ? kib(low) : `${kib(low)} to ${kib(high)}`;
}

function report(): string {
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  });
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
      `Node ${process.version}, ${chromium.stdout?.trim() || 'Playwright Chromium'}.`,
    'Each section was measured by its own run (see the timestamps in bench/results/); times taken while other jobs shared the two cores are upper bounds.',
    '',
  ];
  const diagrams = read('diagrams');
  if (diagrams) {
    lines.push(
      '## Diagrams (cold render, `npm run diagrams -- --all`)',
      '',
      `- ${diagrams.diagrams} diagrams, each rendered in light and dark in one headless Chromium.`,
      `- Browser start ${seconds(diagrams.browserLaunchMs)}; loading Mermaid into the two pages ${seconds(diagrams.mermaidLoadMs)}; ` +
        `all renders ${seconds(diagrams.batchRenderMs)} (${diagrams.perDiagramMs.min}–${diagrams.perDiagramMs.max} ms per diagram).`,
      `- Inline SVG: ${kib(diagrams.svgGzipTotal)} gzip for all diagrams together. Client-side Mermaid would cost each reader ` +
        Object.entries(diagrams.clientSideMermaid.esmTransferredByKind ?? {})
          .map(([kind, bytes]) => `${kib(bytes as number)} (${kind})`)
          .join(', ') +
        ` transferred through its ESM build, or ${kib(diagrams.clientSideMermaid.gzip)} gzip as the one-file \`mermaid.min.js\`, before it draws anything.`,
      '',
      '| diagram | type | render (ms) | SVG raw | SVG gzip |',
      '| --- | --- | ---: | ---: | ---: |',
      ...diagrams.perDiagram.map(
        (d: { id: string; kind: string; renderMs: number; svgRaw: number; svgGzip: number }) =>
          `| ${d.id} | ${d.kind} | ${d.renderMs} | ${kib(d.svgRaw)} | ${kib(d.svgGzip)} |`,
      ),
      '',
    );
  }
  const build = read('build');
  if (build) {
    lines.push(
      '## Build',
      '',
      `- Cold, empty render cache and empty Astro/Vite caches: rendering all diagrams ${seconds(build.cold.renderMs)}, ` +
        `then the build ${seconds(build.cold.buildMs)}; ${seconds(build.cold.renderMs + build.cold.buildMs)} in all.`,
      `- Warm, renders current: the stale check ${seconds(build.warm.renderMs)}, then the build ${seconds(build.warm.buildMs)}; ` +
        `${seconds(build.warm.renderMs + build.warm.buildMs)} in all. The build itself never starts a browser.`,
      '',
    );
  }
  const visual = read('visual') as { before: string; diagrams: DiagramBytes[] } | undefined;
  if (visual) {
    const k = (n: number) => (n / 1024).toFixed(1);
    const total = (d: { main: number; narrow: number }) => d.main + d.narrow;
    lines.push(
      '## Bytes per diagram, before and after the visual language (`npm run bench -- visual`)',
      '',
      `What a page carries for each diagram: its main and narrow SVG, gzip, each alone, from the committed renders (before: ${visual.before}, main when issue 24 began; after: this tree). Mermaid's stylesheet is cut to the rules its SVG uses; the palette adds its own rules; icons are defined once per page, so they are counted apart (all of a diagram's icons, gzip together).`,
      '',
      '| diagram | before (main + narrow) | after (main + narrow) | change | icons (after) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...visual.diagrams.map((d) => {
        const before = d.before ? total(d.before) : undefined;
        const after = total(d.after);
        const change = before ? `${(((after - before) / before) * 100).toFixed(0)} %` : '–';
        return `| ${d.id} | ${before ? `${k(before)} KiB` : '–'} | ${k(after)} KiB | ${change} | ${d.after.iconCount > 0 ? `${d.after.iconCount}: ${k(d.after.icons)} KiB` : '–'} |`;
      }),
      '',
    );
  }
  const pages = read('pages');
  if (pages) {
    lines.push(
      "## Answer pages (transferred: gzip bodies and the local server's response headers, measured in Chromium)",
      '',
      (pages.clientSideMermaid.esmFlowchartTransferred
        ? `Client-side Mermaid would add ${kib(pages.clientSideMermaid.esmFlowchartTransferred)} of JavaScript (its ESM build drawing a flowchart)`
        : `Client-side Mermaid would add ${kib(pages.clientSideMermaid.bundle?.gzip ?? pages.clientSideMermaid.gzip)} of JavaScript (gzip, the one-file bundle)`) +
        ` to a page with a flowchart: ${pages.clientSideMermaid.ratioToMedianInlineSvg}× the median page's inline SVG. ` +
        'The last two columns give it page by page, for the kinds of diagram each page has (HTML includes the inline SVG).',
      '',
      '| page | HTML | CSS | JS | images | other | total | inline SVG (gzip) | client-side Mermaid | ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...pages.pages.map(
        (p: {
          path: string;
          transferred: Record<string, number>;
          inlineSvg: { gzip: number };
          clientSideMermaid?: { bytes: number; ratioToInlineSvg: number };
        }) =>
          `| ${p.path} | ${kib(p.transferred['html'] ?? 0)} | ${kib(p.transferred['css'] ?? 0)} | ${kib(p.transferred['js'] ?? 0)} | ` +
          `${kib(p.transferred['images'] ?? 0)} | ${kib(p.transferred['other'] ?? 0)} | ${kib(p.transferred['total'] ?? 0)} | ${kib(p.inlineSvg.gzip)} | ` +
          (p.clientSideMermaid
            ? `${kib(p.clientSideMermaid.bytes)} | ${p.clientSideMermaid.ratioToInlineSvg}× |`
            : '– | – |'),
      ),
      '',
    );
  }
  const legibility = read('legibility');
  if (legibility) lines.push(...legibilityReport(legibility));
  const lighthouse = read('lighthouse');
  if (lighthouse) {
    const cpuTbts = (lighthouse.runs as { cpuTimeTbtMs: number }[]).map((run) => run.cpuTimeTbtMs);
    const cpuTbtRange = `${Math.min(...cpuTbts)} to ${Math.max(...cpuTbts)}`;
    lines.push(
      `## Lighthouse ${lighthouse.version} (mobile, simulated throttling, gzip static server)`,
      '',
      `Medians of ${lighthouse.runsPerPage ?? 1} runs per page. "On CPU time": the same runs re-audited with the page's main-thread tasks ` +
        'shrunk to the CPU time they used (bench/lighthouse.ts, `onCpuTime`), which is what simulated throttling gives on an idle machine; ' +
        'the measured columns also carry the time the renderer waited for a core, so they move with the load average.',
      '',
      'What the traces show on answer pages (issue #14, part 6): no page script measures the diagrams or forces a layout at load (the diagram scripts add listeners and ' +
        'mark each figure ready); the only ' +
        "layout reads are Starlight's table of contents and Expressive Code's overflow check, in idle callbacks. The long tasks are " +
        'the HTML parse of the page (with its inline SVG) and the first style and layout; most of Lighthouse\'s "other" main-thread ' +
        'time is the renderer waiting for one of the two cores, which Chromium shares with its browser, GPU and raster threads and ' +
        'with Lighthouse itself. Re-audited on CPU time, every page has a total blocking time of ' +
        `${cpuTbtRange} ms. ` +
        'Tried and dropped: `content-visibility: auto` on the diagram canvases, so that off-screen diagrams skip style, layout and ' +
        'paint. Three runs each on the governance page, with and without it: the main thread used 342 to 478 ms of CPU either way ' +
        '(layout 37 to 60 ms), while the measured total blocking time ranged from 277 to 963 ms on one and the same build.',
      '',
      '| page | performance | TBT | on CPU time: performance | TBT | accessibility | best practices | SEO | LCP | CLS | total bytes | benchmarkIndex | load |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...lighthouse.runs.map(
        (r: {
          path: string;
          performance: number;
          tbtMs?: number;
          cpuTimePerformance?: number;
          cpuTimeTbtMs?: number;
          accessibility: number;
          bestPractices: number;
          seo: number;
          lcpMs: number;
          cls: number;
          totalBytes: number;
          benchmarkIndex?: number;
          load?: number;
        }) =>
          `| ${r.path} | ${r.performance} | ${r.tbtMs ?? '–'} ms | ${r.cpuTimePerformance ?? '–'} | ${r.cpuTimeTbtMs ?? '–'} ms | ` +
          `${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${seconds(r.lcpMs)} | ${r.cls} | ${kib(r.totalBytes)} | ` +
          `${r.benchmarkIndex ?? '–'} | ${r.load ?? '–'} |`,
      ),
      '',
    );
  }
  const scripts = read('scripts');
  if (scripts) {
    const entries = scripts.entries as { name: string; chunks: number; gzip: number; onPages: number }[];
    const totals = (scripts.pages as { gzip: number }[]).map((p) => p.gzip);
    const explore = (scripts.pages as { exploreMarkupGzip?: number }[]).map((p) => p.exploreMarkupGzip ?? 0);
    lines.push(
      '## Scripts on answer pages (gzip, each with the chunks it imports)',
      '',
      `What loads before a reader does anything: ${kibRange(totals)} of JavaScript per answer page, ` +
        'shared chunks counted once per page. Pagefind loads its own files only when search opens (see Search). ' +
        `Exploring diagrams (focus, trace, cards, walkthroughs, deep links) costs each answer page the \`Diagram.astro\` script ` +
        `(shared with the full-screen viewer) and ${kibRange(explore)} gzip of markup: ` +
        'the numbered steps and the graph attributes on boxes and edges.',
      '',
      '| script | what it is for | gzip | chunks | on answer pages |',
      '| --- | --- | ---: | ---: | ---: |',
      ...entries.map(
        (e) =>
          `| \`${e.name}\` | ${SCRIPT_PURPOSE[e.name] ?? ''} | ${kib(e.gzip)} | ${e.chunks} | ${e.onPages} of ${scripts.answerPages} |`,
      ),
      '',
    );
  }
  const search = read('search');
  if (search) {
    type First = {
      query: string;
      requests: number;
      bytes: number;
      byKind: Record<string, number>;
      ms?: number;
    };
    type Warm = { medianMs: number; maxMs: number };
    const first = (f: First) =>
      `${f.requests} requests, ${kib(f.bytes)} transferred` +
      (f.ms === undefined ? '' : `, ${f.ms} ms from the last keystroke to results`) +
      ` (${Object.entries(f.byKind)
        .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
        .join(', ')})`;
    const later = (name: string, figures: { first: First; warm: Warm } | undefined) =>
      figures
        ? [
            `- ${name} "${figures.first.query}", as a first search: ${first(figures.first)}; ` +
              `once search has loaded, median ${figures.warm.medianMs} ms (max ${figures.warm.maxMs} ms) over five runs.`,
          ]
        : [];
    lines.push(
      '## Search',
      '',
      `- First query "${search.firstQuery.query}": ${first(search.firstQuery)}.`,
      ...later('Corrected query', search.correctedQuery),
      ...later('Fallback to partial matches', search.fallbackQuery),
      `- Keystroke to results, median of ${search.keystrokeToResults.dialog.queries} queries: ` +
        `${search.keystrokeToResults.dialog.medianMs} ms in the header dialog, ${search.keystrokeToResults.searchPage.medianMs} ms on /search/. ` +
        'Both run the same search (`src/search/engine.ts`) after a 120 ms pause in typing (`src/search/search-ui.client.ts`); ' +
        'the rest is search and drawing.',
      ...(search.measuredAt ? [`- Measured ${search.measuredAt}.`] : []),
      '',
    );
  }

  const suite = read('suite');
  if (suite) {
    const phases = suite.phases as { name: string; ms: number; passed: boolean }[];
    lines.push(
      '## Test suite (`npm test`, phase by phase)',
      '',
      `Measured ${suite.measuredAt.slice(0, 16).replace('T', ' ')} UTC` +
        (suite.loadBefore === undefined
          ? ''
          : `; load average ${suite.loadBefore} before, ${suite.loadAfter} after`) +
        (suite.note ? `; ${suite.note}` : '; nothing else running') +
        '. The two builds run in the background while the first three phases run, so the phases add up to more than the whole.',
      '',
      '| phase | time | result |',
      '| --- | ---: | --- |',
      ...phases.map((p) => `| ${p.name} | ${seconds(p.ms)} | ${p.passed ? 'passed' : 'failed'} |`),
      `| \`npm test\`, start to end | ${seconds(suite.totalMs)} | ${phases.every((p) => p.passed) ? 'passed' : 'failed'} |`,
      '',
    );
  }
  const sharing = read('sharing');
  if (sharing) {
    const cards = sharing.socialCards;
    lines.push(
      '## Sharing',
      '',
      `- ${cards.count} social cards (1200x630 PNG, satori + resvg): first ${cards.firstRenderMs} ms (fonts and layout engine), ` +
        `then median ${cards.medianRenderMs} ms, p95 ${cards.p95RenderMs} ms each; median ${cards.medianKiB} KiB, ${cards.totalKiB} KiB in all.`,
      `- Content-Security-Policy header: ${sharing.contentSecurityPolicy.headerChars} characters, ` +
        `${sharing.contentSecurityPolicy.inlineScriptHashes} inline-script hashes.`,
      `- All answers on one page: ${sharing.allAnswersPageKiB} KiB of HTML; ${sharing.shortLinkPages} short-link pages.`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

interface LegibilityResult {
  measuredAt: string;
  diagrams: {
    id: string;
    path: string;
    drawn: Record<string, { layout: string; median: number; min: number; scrolls: boolean; widths?: number }>;
  }[];
  baseline?: { diagrams: { id: string; median: Record<string, number>; min: Record<string, number> }[] };
}

/** The legibility table: each diagram's labels at 390 and 1280 px, before issue 23 and now. */
function legibilityReport(result: LegibilityResult): string[] {
  const before = new Map((result.baseline?.diagrams ?? []).map((d) => [d.id, d]));
  const px = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));
  const cell = (d: LegibilityResult['diagrams'][number], width: number) => {
    const x = d.drawn[width];
    const was = before.get(d.id);
    if (!x) return '– | –';
    const how = `${x.layout}${x.scrolls ? `, scrolls ×${x.widths ?? '?'}` : ''}`;
    return `${px(was?.median[width])} / ${px(was?.min[width])} | **${px(x.median)} / ${px(x.min)}** (${how})`;
  };
  return [
    '## Diagram labels (`npm run bench -- legibility`)',
    '',
    `Measured ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC in Chromium, as a reader sees them: each label's font size ` +
      'times the scale its SVG is drawn at, median / smallest, in CSS px. Floors (issue 23, checked on every page by ' +
      '`tests/e2e/every-page.spec.ts`): median 11 on a 390 px phone, 13 on a 1280 px desktop, none under 9. "Before" is commit ' +
      'ca56718, every diagram fitted to the text column. The layout is the main one or the narrow one rendered for small ' +
      'screens; "scrolls ×n": the frame scrolls sideways at a readable scale, the diagram n frame widths wide (src/diagrams/legibility.ts).',
    '',
    '| diagram | page | 390 px before | 390 px now | 1280 px before | 1280 px now |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...result.diagrams.map((d) => `| ${d.id} | ${d.path} | ${cell(d, 390)} | ${cell(d, 1280)} |`),
    '',
  ];
}
