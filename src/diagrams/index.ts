/**
 * Diagrams: Mermaid sources in `diagrams/*.mmd`, prerendered in headless Chromium to theme-aware
 * SVG in `diagrams/rendered/` (committed), shown by `Diagram.astro` with no Mermaid in the browser.
 * Self-contained: it imports only `src/shared/`; others plug in through `DiagramGenerator`.
 *
 * The renderer (`render.ts`, which drives Chromium) and the `npm run diagrams` command (`cli.ts`) are
 * not exported here: the site's build loads the renderer only on demand (integration.ts), and a
 * static import through this file would pull it into every chunk that reads a rendered diagram.
 */
export { parseAnnotations, type Annotations } from './annotations.ts';
export {
  DIAGRAMS_DIR,
  readDiagramSources,
  readRendered,
  RENDERED_DIR,
  type RenderedDiagram,
} from './cache.ts';
export type { DiagramGenerator } from './generated.ts';
export { diagrams } from './integration.ts';
export type { DiagramSource } from './source.ts';
export { cssRules, type CssRule } from './svg.ts';
export {
  frameDiagram,
  framedSvg,
  standaloneLightSvg,
  themedThumbnailSvg,
  type DiagramFrame,
  type Size,
} from './thumbnail.ts';
export { diagramsPlugin } from './plugin.ts';
