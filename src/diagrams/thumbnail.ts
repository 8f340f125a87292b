/**
 * A diagram made small, for pages that show it as a picture rather than as the explorable figure:
 * the social card (which draws it as a PNG) and the embed page (inline SVG that follows the
 * embed's theme). Both start from the stored render (`diagrams/rendered/<id>.json`),
 * whose one SVG carries light and dark styles scoped to the site's `:root[data-theme]`.
 */
import { cssRules } from './svg.ts';

const LIGHT_SCOPE = ":root:not([data-theme='dark'])";
const DARK_SCOPE = ":root[data-theme='dark']";
const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** Width and height, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** How a diagram sits in a box: its scale, and the part of it that shows. */
export interface DiagramFrame {
  scale: number;
  /** Drawn size, in pixels: what the diagram takes in the box. */
  width: number;
  height: number;
  /** The fraction of the diagram's height that shows, from the top: 1 when nothing is cut. */
  visible: number;
  /** Whether the bottom is cut off (the card then fades it out). */
  cropped: boolean;
}

/** A diagram taller than the box is cut only when at least this much of it would still show. */
const MIN_VISIBLE = 0.5;
/** By default, a diagram whose cut would leave more than this much is scaled down to fit instead. */
const FIT_ABOVE = 0.85;

/**
 * Fits a diagram in a box, never enlarging it: full width if it is wide; if it is tall, the top of
 * it at a readable size (at least half of it, faded out below) rather than all of it too small to
 * read; a diagram that would lose only a sliver (less than `1 - fitAbove`) is scaled down to fit
 * instead.
 */
export function frameDiagram(size: Size, box: Size, { fitAbove = FIT_ABOVE } = {}): DiagramFrame {
  let scale = Math.min(1, box.width / size.width);
  let visible = 1;
  if (size.height * scale > box.height) {
    const shown = box.height / (size.height * scale);
    if (shown >= fitAbove) scale = box.height / size.height;
    else {
      if (shown < MIN_VISIBLE) scale = box.height / (size.height * MIN_VISIBLE);
      visible = box.height / (size.height * scale);
    }
  }
  return {
    scale,
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale * visible),
    visible,
    cropped: visible < 1,
  };
}

/** The selectors of a rule that are scoped to `scope`, with the scope removed; [] when none are. */
function unscoped(prelude: string, scope: string): string[] {
  return prelude
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${scope} `))
    .map((part) => part.slice(scope.length + 1));
}

/**
 * The light-theme SVG of a diagram, on its own: the light rules lose their `:root` scope (there is
 * no page around it), the dark rules and animations go, and the XLink namespace is declared, since
 * an XML parser (resvg's) needs it where an HTML parser does not. Only the light SVG is kept when a
 * render has one per theme.
 */
export function standaloneLightSvg(html: string): string {
  const darkAt = html.search(/<svg\b[^>]*\bdg-svg--dark\b/);
  const svg = darkAt > 0 ? html.slice(0, darkAt) : html;
  const styled = svg.replace(STYLE, (_match, css: string) => {
    const kept = cssRules(css).flatMap(({ prelude, body }) => {
      const selectors = unscoped(prelude, LIGHT_SCOPE);
      return selectors.length > 0 ? [`${selectors.join(',')}{${body}}`] : [];
    });
    return `<style>${kept.join('')}</style>`;
  });
  return /\sxmlns:xlink=/.test(styled)
    ? styled
    : styled.replace(/<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
}

/** The viewBox of an SVG element's attributes. */
function viewBoxOf(attributes: string): { x: number; y: number; width: number; height: number } {
  const box = attributes.match(/\sviewBox="([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)"/);
  if (!box) throw new Error('diagram SVG has no viewBox');
  return { x: Number(box[1]), y: Number(box[2]), width: Number(box[3]), height: Number(box[4]) };
}

/**
 * Shows only the framed part of a diagram: each diagram root (`dg-svg`, or the first `<svg>` of a
 * standalone one) gets a viewBox holding the top `frame.visible` of the drawing and the framed
 * size, so the browser or resvg draws exactly that.
 */
export function framedSvg(svg: string, frame: DiagramFrame): string {
  const roots = /\bdg-svg\b/.test(svg) ? /<svg\b([^>]*\bdg-svg\b[^>]*)>/g : /<svg\b([^>]*)>/;
  return svg.replace(roots, (_tag, attributes: string) => {
    const box = viewBoxOf(attributes);
    const viewBox = [box.x, box.y, box.width, +(box.height * frame.visible).toFixed(2)].join(' ');
    const kept = attributes.replace(/\s(?:viewBox|width|height)="[^"]*"/g, '');
    return `<svg${kept} viewBox="${viewBox}" width="${frame.width}" height="${frame.height}">`;
  });
}

/**
 * The diagram as inline SVG for the embed page: framed to the thumbnail box, its node links
 * unwrapped (a link inside a small picture would navigate the frame), and its dark styles also
 * applied when the embedding page gives no theme and the reader's system is dark, so it follows
 * `?theme=` and the system setting like the rest of the embed, scripts or not.
 */
export function themedThumbnailSvg(
  html: string,
  size: Size,
  box: Size,
  options: { fitAbove?: number } = {},
): { svg: string; frame: DiagramFrame } {
  const frame = frameDiagram(size, box, options);
  // A node link becomes a plain group, keeping its other attributes (Mermaid puts the node's
  // position, a `transform`, on the link).
  const unlinked = html
    .replace(
      /<a\b([^>]*)>/g,
      (_tag, attributes: string) => `<g${attributes.replace(/\s(?:xlink:)?href="[^"]*"/g, '')}>`,
    )
    .replace(/<\/a>/g, '</g>');
  const withSystemDark = unlinked.replace(STYLE, (_match, css: string) => {
    const systemDark = cssRules(css).flatMap(({ prelude, body }) => {
      const selectors = unscoped(prelude, DARK_SCOPE);
      return selectors.length > 0
        ? [`${selectors.map((s) => `:root:not([data-theme]) ${s}`).join(',')}{${body}}`]
        : [];
    });
    return systemDark.length > 0
      ? `<style>${css}@media (prefers-color-scheme: dark){${systemDark.join('')}}</style>`
      : `<style>${css}</style>`;
  });
  return { svg: framedSvg(withSystemDark, frame), frame };
}
