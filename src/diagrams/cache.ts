import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MERMAID_CONFIG, NARROW_CONFIG, RENDERER_VERSION, THEMES } from './settings.ts';
import type { DiagramGraph } from './annotations.ts';
import type { LabelSizes } from './legibility.ts';
import type { DiagramVisual } from './visual.ts';
import { parseDiagramSource, type DiagramSource } from './source.ts';
import { projectRoot } from '../shared/project.ts';

/** What a render stores: everything the page needs, so the build never starts a browser. */
export interface RenderedDiagram {
  id: string;
  /** Hash of the source, the Mermaid version and the render settings: see `renderKey`. */
  key: string;
  kind: string;
  caption: string;
  title: string;
  description: string;
  /** Theme-aware SVG markup (root-relative links; the base path is added at build). */
  html: string;
  width: number;
  height: number;
  sharedBody: boolean;
  /** Its label sizes at scale 1: how small it may be drawn (legibility.ts). */
  labels: LabelSizes;
  /** The kinds, layers, product icons and links its boxes use (visual.ts): styles, icons, legend. */
  visual: DiagramVisual;
  /** The layout for small screens, when the renderer found one narrower (narrow.ts). */
  narrow?: NarrowLayout;
  /** Node links (`click <node> href`), base path not yet added. */
  links: { node: string; href: string; label: string }[];
  summary: DiagramSummary;
  /** Boxes and edges by id, as the SVG's `data-dg-node` / `data-dg-edge` attributes name them. */
  graph: DiagramGraph;
}

/** A second layout of the same diagram: its own SVG (id `dg-<id>-narrow`), same boxes and edges. */
export interface NarrowLayout {
  html: string;
  width: number;
  height: number;
  sharedBody: boolean;
  labels: LabelSizes;
}

/** A text version of the diagram for screen readers and search (Pagefind skips SVG). */
export interface DiagramSummary {
  nodes: string[];
  edges: { from: string; to: string; label: string }[];
}

export const DIAGRAMS_DIR = 'diagrams';
export const RENDERED_DIR = join(DIAGRAMS_DIR, 'rendered');

export function mermaidVersion(root = projectRoot()): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/mermaid/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The cache key: a render is reused only while its source, Mermaid and the settings are unchanged. */
export function renderKey(text: string, version: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ text, version, MERMAID_CONFIG, NARROW_CONFIG, THEMES, RENDERER_VERSION }))
    .digest('hex')
    .slice(0, 16);
}

/** Every `diagrams/*.mmd`, parsed (throws with file and line on missing metadata). */
export function readDiagramSources(root = projectRoot()): DiagramSource[] {
  const dir = join(root, DIAGRAMS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mmd'))
    .sort()
    .map((name) => {
      const file = join(DIAGRAMS_DIR, name);
      return parseDiagramSource(name.replace(/\.mmd$/, ''), file, readFileSync(join(root, file), 'utf8'));
    });
}

/** The Mermaid source of a diagram, as written. */
export function readDiagramText(id: string, root = projectRoot()): string {
  return readFileSync(join(root, DIAGRAMS_DIR, `${id}.mmd`), 'utf8');
}

export function renderedPath(id: string, root = projectRoot()): string {
  return join(root, RENDERED_DIR, `${id}.json`);
}

export function readRendered(id: string, root = projectRoot()): RenderedDiagram | undefined {
  const file = renderedPath(id, root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RenderedDiagram) : undefined;
}

export function writeRendered(diagram: RenderedDiagram, root = projectRoot()): void {
  mkdirSync(join(root, RENDERED_DIR), { recursive: true });
  writeFileSync(renderedPath(diagram.id, root), `${JSON.stringify(diagram, null, 1)}\n`);
}

/** Sources whose stored render is missing or was made from other inputs. */
export function staleDiagrams(
  sources: DiagramSource[],
  version: string,
  root = projectRoot(),
): DiagramSource[] {
  return sources.filter((source) => readRendered(source.id, root)?.key !== renderKey(source.text, version));
}
