/**
 * Everything that decides how a diagram renders. It is part of each render's cache key, so
 * changing anything here marks every diagram stale.
 */

/** Bump when the post-processing of rendered SVG changes in a way that alters the output. */
export const RENDERER_VERSION = 9;

/**
 * Arial's metrics, which Liberation Sans (Debian's `fonts-liberation`, used when rendering) shares:
 * label boxes measured at render time fit the text on readers' machines too.
 */
const DIAGRAM_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

export const THEMES = { light: 'default', dark: 'dark' } as const;
export type DiagramTheme = keyof typeof THEMES;

/** Mermaid configuration shared by both themes (`theme` is added per render). */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Strict: no click callbacks, no script in labels; `click ... href` links are kept.
  securityLevel: 'strict',
  fontFamily: DIAGRAM_FONT,
  // Some shapes are drawn with seeded randomness (rough.js); a fixed seed makes every render, and
  // the light and dark renders of one diagram, identical.
  handDrawnSeed: 1,
  // Classic shapes: plain SVG primitives. The default "neo" look draws some shapes as long
  // rough.js paths, several times the bytes (the concept map went from 2 MB to a fraction).
  look: 'classic',
  // SVG text rather than HTML in foreignObject: scales cleanly and needs no HTML styles.
  htmlLabels: false,
  // Authors break lines with <br/>; automatic wrapping split words such as BroadcastHashJoin.
  markdownAutoWrap: false,
  flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 400 },
  sequence: { useMaxWidth: false },
  state: { useMaxWidth: false },
  class: { useMaxWidth: false },
  er: { useMaxWidth: false },
  timeline: { useMaxWidth: false },
  xyChart: { useMaxWidth: false },
  block: { useMaxWidth: false },
  gantt: { useMaxWidth: false },
  journey: { useMaxWidth: false },
  mindmap: { useMaxWidth: false },
} as const;
