import { NARROW_CONFIG } from './settings.ts';

/**
 * A diagram's narrow layout, for small screens: the same Mermaid source with the settings of
 * `NARROW_CONFIG` as an init directive, and for a left-to-right flowchart also top to bottom.
 * Several candidates may come back; the renderer keeps the one that reads best on a phone (see
 * `pickNarrow` in legibility.ts), or none when no candidate is narrower than the main layout.
 */

/** Roughly the widest character of the diagram font at 16 px: estimates err towards wider. */
const CHAR_PX = 9;

/** Diagram kinds whose layout the narrow settings change; ER diagrams and others are left alone. */
const NARROWED = new Set(['flowchart', 'graph', 'sequenceDiagram', 'xychart-beta']);

/**
 * The wrapping width for a flowchart's labels: the configured one, raised to the longest word so
 * that Mermaid, which splits a word longer than the width letter by letter, never splits one.
 */
export function wrappingWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.flatMap((label) => label.split(/\s+/)).map((word) => word.length));
  return Math.max(NARROW_CONFIG.flowchart.wrappingWidth, Math.ceil(longest * CHAR_PX));
}

/**
 * Mermaid sources for the narrow layout of a diagram of `kind` (its keyword), given the labels it
 * draws (to size the wrapping). Empty when the narrow settings would not change it.
 */
export function narrowSources(kind: string, text: string, labels: readonly string[]): string[] {
  if (!NARROWED.has(kind)) return [];
  const config = {
    ...NARROW_CONFIG,
    flowchart: { ...NARROW_CONFIG.flowchart, wrappingWidth: wrappingWidth(labels) },
  };
  const directive = `%%{init: ${JSON.stringify(config)}}%%\n`;
  const sources = [directive + text];
  // A flowchart drawn left to right is often narrower top to bottom, but not always (a concept
  // map's long column of concepts becomes one long row): both are tried.
  const header = /^(\s*(?:flowchart|graph))\s+(LR|RL)\b/m;
  if (header.test(text)) sources.push(directive + text.replace(header, '$1 TB'));
  // Mermaid's wrapping sizes a note with line breaks too narrow for its text; without wrapping,
  // notes and messages size to their text. The renderer drops a candidate whose text spills.
  if (kind === 'sequenceDiagram') {
    const unwrapped = { ...config, sequence: { ...config.sequence, wrap: false } };
    sources.push(`%%{init: ${JSON.stringify(unwrapped)}}%%\n${text}`);
  }
  return sources;
}
