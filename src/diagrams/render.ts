import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { ContentError, type Problem } from '../shared/problems.ts';
import { mermaidVersion, renderKey, type DiagramSummary, type RenderedDiagram } from './cache.ts';
import { MERMAID_CONFIG, THEMES } from './settings.ts';
import type { DiagramSource } from './source.ts';
import { mergeThemes } from './svg.ts';

const MERMAID_BUNDLE = fileURLToPath(import.meta.resolve('mermaid/dist/mermaid.min.js'));

interface PageResult {
  svg?: string;
  summary?: DiagramSummary;
  error?: { message: string; line?: number };
}

/** Called with the time Mermaid took to load, then with each diagram's render time (benchmarks). */
export type OnTiming = (what: string, ms: number) => void;

/**
 * Mermaid in headless Chromium, loaded once and kept warm: one page per theme, each with Mermaid
 * initialised. Starting a browser and loading Mermaid cost far more than a render, so one renderer
 * serves a whole `npm run diagrams`, a whole test file, or a whole `astro dev` session.
 *
 * Mermaid numbers some ids with a global counter; the two pages always render the same diagrams in
 * the same order, so those numbers stay equal and the light and dark SVGs line up.
 */
export class DiagramRenderer {
  private readonly pages: { light: Page; dark: Page };
  private readonly onClose: () => Promise<void>;
  private readonly onTiming: OnTiming | undefined;

  private constructor(pages: { light: Page; dark: Page }, onClose: () => Promise<void>, onTiming?: OnTiming) {
    this.pages = pages;
    this.onClose = onClose;
    this.onTiming = onTiming;
  }

  /**
   * Opens the two pages and loads Mermaid into them. With no `browser`, launches Chromium (and
   * closes it with the renderer).
   */
  static async open(options: { browser?: Browser; onTiming?: OnTiming } = {}): Promise<DiagramRenderer> {
    let browser = options.browser;
    let ownBrowser = false;
    if (!browser) {
      const [{ chromium }, { chromiumLaunchOptions }] = await Promise.all([
        import('playwright'),
        import('../shared/chromium.ts'),
      ]);
      browser = await chromium.launch(chromiumLaunchOptions());
      ownBrowser = true;
    }
    const started = performance.now();
    const [light, dark] = await Promise.all(
      [THEMES.light, THEMES.dark].map(async (theme) => {
        const page = await (browser as Browser).newPage();
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ path: MERMAID_BUNDLE });
        await page.evaluate(
          ({ config, theme }) =>
            (window as unknown as { mermaid: MermaidGlobal }).mermaid.initialize({ ...config, theme }),
          { config: MERMAID_CONFIG, theme },
        );
        return page;
      }),
    );
    if (!light || !dark) throw new Error('could not open the render pages');
    options.onTiming?.('mermaid-load', performance.now() - started);
    const close = async () => {
      await Promise.all([light.close(), dark.close()]);
      if (ownBrowser) await (browser as Browser).close();
    };
    return new DiagramRenderer({ light, dark }, close, options.onTiming);
  }

  /**
   * Renders diagrams in both themes. Returns the renders; throws one error listing every diagram
   * that failed, each with its file, line and Mermaid's message.
   */
  async render(sources: readonly DiagramSource[], version = mermaidVersion()): Promise<RenderedDiagram[]> {
    const rendered: RenderedDiagram[] = [];
    const problems: Problem[] = [];
    for (const source of sources) {
      const svgId = `dg-${source.id}`;
      const started = performance.now();
      const [light, dark] = await Promise.all([
        this.pages.light.evaluate(renderInPage, { text: source.text, svgId }),
        this.pages.dark.evaluate(renderInPage, { text: source.text, svgId }),
      ]);
      this.onTiming?.(source.id, performance.now() - started);
      const result = light.error ? light : dark.error ? dark : light;
      if (result.error || !light.svg || !dark.svg || !light.summary) {
        problems.push({
          position: { file: source.file, line: sourceLine(source.text, result.error?.line ?? 1) },
          message: `Mermaid: ${(result.error?.message ?? 'render failed').split('\n').join(' ').replace(/\s+/g, ' ')}`,
        });
        continue;
      }
      rendered.push({
        id: source.id,
        key: renderKey(source.text, version),
        kind: source.kind,
        caption: source.caption,
        title: source.title,
        description: source.description,
        ...mergeThemes(light.svg, dark.svg, svgId),
        links: source.links.map((link) => ({ href: link.href, label: link.tooltip || link.node })),
        summary: light.summary,
      });
    }
    if (problems.length > 0) throw new ContentError(problems, 'Diagrams failed to render');
    return rendered;
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

/**
 * Mermaid counts lines after dropping `%%` comment lines and leading blank lines; this maps its
 * line number back to the line of the `.mmd` file.
 */
export function sourceLine(text: string, mermaidLine: number): number {
  const lines = text.split('\n');
  let counted = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*%%(?!\{)/.test(line)) continue;
    if (!started && line.trim() === '') continue;
    started = true;
    counted++;
    if (counted === mermaidLine) return i + 1;
  }
  return Math.min(mermaidLine, lines.length);
}

/** Runs in the browser page (Mermaid initialised with one theme): renders and reads the structure. */
async function renderInPage(input: { text: string; svgId: string }): Promise<PageResult> {
  // `mermaid` is the global the bundle defines; typed loosely because it lives in the page.
  const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
  const clean = (text: unknown) =>
    String(text ?? '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  let svg: string;
  try {
    svg = (await mermaid.render(input.svgId, input.text)).svg;
  } catch (error) {
    document.querySelectorAll(`#d${input.svgId}, #${input.svgId}`).forEach((node) => node.remove());
    const message = error instanceof Error ? error.message : String(error);
    const hash = (error as { hash?: { loc?: { first_line?: number }; line?: number } }).hash;
    const line = hash?.loc?.first_line ?? (hash?.line !== undefined ? hash.line + 1 : undefined);
    const fromMessage = message.match(/line (\d+)/i)?.[1];
    return { error: { message, ...((line ?? fromMessage) ? { line: Number(line ?? fromMessage) } : {}) } };
  }

  const diagram = await mermaid.mermaidAPI.getDiagramFromText(input.text);
  const db = diagram.db as Record<string, (...args: unknown[]) => unknown>;
  let summary: DiagramSummary = { nodes: [], edges: [] };
  if (typeof db['getVertices'] === 'function' && typeof db['getEdges'] === 'function') {
    const vertices = db['getVertices']() as Map<string, { id: string; text?: string }>;
    const label = (id: string) => clean(vertices.get(id)?.text ?? id) || id;
    summary = {
      nodes: [...vertices.values()].map((v) => label(v.id)),
      edges: (db['getEdges']() as { start: string; end: string; text?: string }[]).map((e) => ({
        from: label(e.start),
        to: label(e.end),
        label: clean(e.text),
      })),
    };
  } else if (typeof db['getActors'] === 'function' && typeof db['getMessages'] === 'function') {
    const actors = db['getActors']() as Map<string, { name: string; description?: string }>;
    const label = (id: string) => clean(actors.get(id)?.description ?? id) || id;
    summary = {
      nodes: [...actors.values()].map((a) => label(a.name)),
      edges: (db['getMessages']() as { from?: string; to?: string; message?: unknown }[])
        .filter((m) => m.from && m.to)
        .map((m) => ({ from: label(m.from ?? ''), to: label(m.to ?? ''), label: clean(m.message) })),
    };
  } else if (typeof db['getRelations'] === 'function' && typeof db['getStates'] === 'function') {
    const states = db['getStates']() as Map<string, { id: string; descriptions?: string[] }>;
    const label = (id: string) =>
      id === '[*]' ? 'start or end' : clean(states.get(id)?.descriptions?.join(' ') || id) || id;
    summary = {
      nodes: [...states.keys()].filter((id) => id !== '[*]' && !id.startsWith('root_')).map(label),
      edges: (db['getRelations']() as { id1: string; id2: string; relationTitle?: string }[]).map((r) => ({
        from: label(r.id1),
        to: label(r.id2),
        label: clean(r.relationTitle),
      })),
    };
  }
  if (summary.nodes.length === 0) {
    // Other diagram types: every distinct text label, in document order.
    const host = document.createElement('div');
    host.innerHTML = svg;
    const texts = [...host.querySelectorAll('text')].map((t) => clean(t.textContent)).filter(Boolean);
    summary = { nodes: [...new Set(texts)], edges: [] };
  }
  return { svg, summary };
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}
