/**
 * Diagrams: Mermaid sources in `diagrams/*.mmd`, prerendered in headless Chromium to theme-aware
 * SVG in `diagrams/rendered/` (committed), shown by `Diagram.astro` with no Mermaid in the browser.
 * Self-contained: it imports only `src/shared/`; others plug in through `DiagramGenerator`.
 */
export { parseAnnotations, type Annotations } from './annotations.ts';
export {
  DIAGRAMS_DIR,
  readDiagramSources,
  readRendered,
  RENDERED_DIR,
  type RenderedDiagram,
} from './cache.ts';
export { runDiagramsCli } from './cli.ts';
export type { DiagramGenerator } from './generated.ts';
export { diagrams } from './integration.ts';
export { DiagramRenderer, type OnTiming } from './render.ts';
export type { DiagramSource } from './source.ts';
export { cssRules, type CssRule } from './svg.ts';
export { withIconSymbols } from './icons.ts';
export { visualClassLines } from './visual.ts';
