// Diagram benchmark: cold render time (browser start, Mermaid load, then each diagram in both
// themes), SVG bytes per diagram, and what client-side Mermaid would cost readers instead.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { readDiagramSources, type DiagramSource } from '../src/diagrams/index.ts';
import { DiagramRenderer } from '../src/diagrams/render.ts';
import { chromiumLaunchOptions } from '../src/shared/chromium.ts';
import { fileSizes, kib, seconds, serveDist, sizes, writeResult } from './lib.ts';

const MERMAID_PORT = 4392;

/**
 * What a reader would download to draw one diagram of each kind with client-side Mermaid: its ESM
 * build, served with gzip, loading only the chunks that kind needs.
 */
async function clientSideCost(browser: Browser, sources: DiagramSource[]): Promise<Record<string, number>> {
  const server = await serveDist(MERMAID_PORT, ['--dir', 'node_modules/mermaid/dist']);
  const costs: Record<string, number> = {};
  try {
    for (const source of sources) {
      if (source.kind in costs) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizesOf: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.url().endsWith('.mjs'))
          sizesOf.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      // Any file of the origin will do as the page: the import below is what is measured.
      await page.goto(`http://127.0.0.1:${MERMAID_PORT}/mermaid.esm.min.mjs`);
      sizesOf.length = 0;
      await page.evaluate(async (text) => {
        const { default: mermaid } = await import(`${location.origin}/mermaid.esm.min.mjs`);
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
        await mermaid.render('probe', text);
      }, source.text);
      costs[source.kind] = (await Promise.all(sizesOf)).reduce((a, b) => a + b, 0);
      await context.close();
    }
  } finally {
    server.kill();
  }
  return costs;
}

export async function benchDiagrams() {
  const sources = readDiagramSources();
  const launchStarted = performance.now();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const launchMs = performance.now() - launchStarted;
  const timings = new Map<string, number>();
  try {
    const renderer = await DiagramRenderer.open({ browser, onTiming: (what, ms) => timings.set(what, ms) });
    const batchStarted = performance.now();
    const rendered = await renderer.render(sources);
    const batchMs = performance.now() - batchStarted;
    await renderer.close();
    const perDiagram = rendered.map((d) => {
      const svg = sizes(d.html);
      return {
        id: d.id,
        kind: d.kind,
        renderMs: Math.round(timings.get(d.id) ?? 0),
        svgRaw: svg.raw,
        svgGzip: svg.gzip,
      };
    });
    const mermaidBundle = fileSizes(fileURLToPath(import.meta.resolve('mermaid/dist/mermaid.min.js')));
    const esmByKind = await clientSideCost(browser, sources);
    const renderTimes = perDiagram.map((d) => d.renderMs);
    const result = {
      diagrams: sources.length,
      browserLaunchMs: Math.round(launchMs),
      mermaidLoadMs: Math.round(timings.get('mermaid-load') ?? 0),
      batchRenderMs: Math.round(batchMs),
      perDiagramMs: { min: Math.min(...renderTimes), max: Math.max(...renderTimes) },
      perDiagram,
      svgGzipTotal: perDiagram.reduce((sum, d) => sum + d.svgGzip, 0),
      clientSideMermaid: {
        file: 'mermaid/dist/mermaid.min.js',
        ...mermaidBundle,
        esmTransferredByKind: esmByKind,
      },
    };
    console.log(
      `  ${sources.length} diagrams: browser start ${seconds(launchMs)}, Mermaid load ${seconds(result.mermaidLoadMs)}, ` +
        `render ${seconds(batchMs)} in all (${result.perDiagramMs.min}-${result.perDiagramMs.max} ms each, both themes); ` +
        `SVG ${kib(result.svgGzipTotal)} gzip in all; client-side Mermaid: ${kib(mermaidBundle.gzip)} gzip as one bundle, ` +
        Object.entries(esmByKind)
          .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
          .join(', ') +
        ' via its ESM build',
    );
    writeResult('diagrams', result);
    return result;
  } finally {
    await browser.close();
  }
}
