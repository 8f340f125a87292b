/**
 * Everything that decides how a diagram renders. It is part of each render's cache key, so
 * changing anything here marks every diagram stale.
 */

/** Bump when the post-processing of rendered SVG changes in a way that alters the output. */
export const RENDERER_VERSION = 13;

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
  // Tighter than Mermaid's defaults (50, 50, 15): every pixel of width a diagram saves is drawn
  // larger in a column of fixed width, and labels are what must be read (see legibility.ts).
  flowchart: {
    htmlLabels: false,
    useMaxWidth: false,
    wrappingWidth: 400,
    nodeSpacing: 28,
    rankSpacing: 40,
    padding: 10,
  },
  sequence: { useMaxWidth: false },
  state: { useMaxWidth: false },
  class: { useMaxWidth: false },
  er: { useMaxWidth: false },
  timeline: { useMaxWidth: false },
  // Mermaid's default chart is 700 px wide with 14 px axis labels: too small in a 600 px column.
  xyChart: { useMaxWidth: false, width: 560, height: 420 },
  block: { useMaxWidth: false },
  gantt: { useMaxWidth: false },
  journey: { useMaxWidth: false },
  mindmap: { useMaxWidth: false },
} as const;

/**
 * The narrow layout, rendered besides the main one for small screens (see `narrowSources`): what
 * it changes from `MERMAID_CONFIG`, as an init directive, so one Mermaid instance renders both.
 * Flowcharts wrap long lines (at `wrappingWidth`, raised to the longest word so no word is split)
 * and sit closer; sequence diagrams wrap messages between narrow participants; charts shrink.
 * State diagrams are left out: Mermaid 12 ignores their spacing in a directive.
 */
export const NARROW_CONFIG = {
  markdownAutoWrap: true,
  flowchart: { wrappingWidth: 110, nodeSpacing: 12, rankSpacing: 30, padding: 6, diagramPadding: 2 },
  sequence: {
    wrap: true,
    width: 96,
    actorMargin: 14,
    boxMargin: 6,
    messageMargin: 30,
    noteMargin: 6,
    diagramMarginX: 4,
    wrapPadding: 6,
  },
  xyChart: { width: 360, height: 360 },
} as const;
