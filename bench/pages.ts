// Page-weight benchmark: what each answer page transfers (gzip) by kind, measured in Chromium
// behind a gzip static server, and the inline SVG set against client-side Mermaid.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { readAnswers } from '../src/answers/index.ts';
import { fileSizes, kib, serveDist, sizes, writeResult } from './lib.ts';

const PORT = 4390;

export interface PageWeight {
  path: string;
  /** Transferred (encoded) bytes by resource kind. */
  transferred: { html: number; css: number; js: number; images: number; other: number; total: number };
  inlineSvg: { raw: number; gzip: number };
  /** Mermaid diagram kinds on the page, as in the sources (`flowchart`, `erDiagram`...). */
  diagramKinds: string[];
  /**
   * What client-side Mermaid would transfer to draw this page's diagrams: its ESM build, the
   * largest of the page's kinds (they share the core chunks), and that as a multiple of the inline SVG.
   */
  clientSideMermaid?: { bytes: number; ratioToInlineSvg: number };
}

/** `aria-roledescription` on a rendered SVG, to the diagram kind its source declares. */
const KIND_BY_ROLE: Record<string, string> = {
  'flowchart-v2': 'flowchart',
  stateDiagram: 'stateDiagram-v2',
  er: 'erDiagram',
  sequence: 'sequenceDiagram',
  xychart: 'xychart-beta',
};

export async function benchPages() {
  const server = await serveDist(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const mermaid = fileSizes(fileURLToPath(import.meta.resolve('mermaid/dist/mermaid.min.js')));
  // The fair comparison is Mermaid's ESM build drawing each kind (measured by the diagrams
  // benchmark); the one-file bundle is the upper bound.
  const esmByKind: Record<string, number> | undefined = existsSync('bench/results/diagrams.json')
    ? JSON.parse(readFileSync('bench/results/diagrams.json', 'utf8')).clientSideMermaid.esmTransferredByKind
    : undefined;
  try {
    const pages: PageWeight[] = [];
    for (const answer of readAnswers()) {
      const path = `/answers/${answer.slug}/`;
      // The offline worker precaches the site in the background after a first visit; these figures
      // are the page's own load (docs/offline.md gives the worker's).
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const responses: Promise<{ kind: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        responses.push(
          request.sizes().then((s) => ({
            kind: request.resourceType(),
            bytes: s.responseBodySize + s.responseHeadersSize,
          })),
        );
      });
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
      const html = await page.content();
      const svgs = html.match(/<svg[^>]*class="[^"]*dg-svg[\s\S]*?<\/svg>/g) ?? [];
      const done = await Promise.all(responses);
      const sum = (kinds: string[]) =>
        done.filter((r) => kinds.includes(r.kind)).reduce((t, r) => t + r.bytes, 0);
      const transferred = {
        html: sum(['document']),
        css: sum(['stylesheet']),
        js: sum(['script']),
        images: sum(['image']),
        other: sum(['fetch', 'xhr', 'font', 'other', 'manifest']),
        total: done.reduce((t, r) => t + r.bytes, 0),
      };
      const inlineSvg = sizes(svgs.join(''));
      const diagramKinds = [
        ...new Set(
          svgs.map((svg) => {
            const role = /aria-roledescription="([^"]+)"/.exec(svg)?.[1] ?? '';
            return KIND_BY_ROLE[role] ?? role;
          }),
        ),
      ];
      const clientBytes = esmByKind ? Math.max(0, ...diagramKinds.map((kind) => esmByKind[kind] ?? 0)) : 0;
      pages.push({
        path,
        transferred,
        inlineSvg,
        diagramKinds,
        ...(clientBytes > 0 && inlineSvg.gzip > 0
          ? {
              clientSideMermaid: {
                bytes: clientBytes,
                ratioToInlineSvg: Number((clientBytes / inlineSvg.gzip).toFixed(1)),
              },
            }
          : {}),
      });
      await context.close();
    }
    const worst = Math.max(...pages.map((p) => p.transferred.total));
    const svgMedian =
      [...pages.map((p) => p.inlineSvg.gzip)].sort((a, b) => a - b)[Math.floor(pages.length / 2)] ?? 1;
    const esm = esmByKind?.['flowchart'];
    const clientSide = esm ?? mermaid.gzip;
    const result = {
      pages,
      maxTransferred: worst,
      clientSideMermaid: {
        bundle: mermaid,
        esmFlowchartTransferred: esm,
        ratioToMedianInlineSvg: Number((clientSide / svgMedian).toFixed(1)),
      },
    };
    console.log(
      `  answer pages: at most ${kib(worst)} transferred (gzip); inline diagram SVG median ${kib(svgMedian)} gzip ` +
        `against ${kib(clientSide)} for client-side Mermaid (${result.clientSideMermaid.ratioToMedianInlineSvg}x)`,
    );
    writeResult('pages', result);
    return result;
  } finally {
    await browser.close();
    server.kill();
  }
}
