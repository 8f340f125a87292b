/**
 * The full-screen viewer's geometry (viewer.client.ts), as plain functions: the scale it opens at,
 * zooming around a point, and the bounds that keep the diagram on the screen. A view draws the
 * diagram at `scale` with its top-left corner at (`x`, `y`) in the viewport.
 */
import { LEGIBILITY, readableScale, type LabelSizes } from './legibility.ts';

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space kept around the diagram when it is smaller than the screen. */
const PAD = 16;
/** A small diagram is enlarged to fill the screen, but not beyond this. */
const MAX_OPENING = 1.5;

/**
 * The scale the viewer opens at: the whole diagram on the screen if its labels are readable so
 * (on a phone 12 px, on a desktop 13.5 px: see legibility.ts), else readable, the rest a pan away.
 */
export function openingScale(diagram: Size, labels: LabelSizes, viewport: Size, phone: boolean): number {
  const fit = Math.min(
    (viewport.width - 2 * PAD) / diagram.width,
    (viewport.height - 2 * PAD) / diagram.height,
  );
  const readable = readableScale(labels, phone ? LEGIBILITY.phone.scroll : LEGIBILITY.desktop.scroll);
  return Math.max(Math.min(fit, MAX_OPENING), readable);
}

/** One axis: centred when the diagram is smaller than the screen, else no gap at either edge. */
function bound(at: number, drawn: number, screen: number): number {
  if (drawn <= screen - 2 * PAD) return (screen - drawn) / 2;
  return Math.min(PAD, Math.max(screen - PAD - drawn, at));
}

/** The view moved as little as needed to keep the diagram on the screen. */
export function clampView(view: View, diagram: Size, viewport: Size): View {
  return {
    scale: view.scale,
    x: bound(view.x, diagram.width * view.scale, viewport.width),
    y: bound(view.y, diagram.height * view.scale, viewport.height),
  };
}

/** The view the viewer opens with: the opening scale, the diagram's top in view, centred across. */
export function openingView(scale: number, diagram: Size, viewport: Size): View {
  const x = (viewport.width - diagram.width * scale) / 2;
  return clampView({ scale, x, y: PAD }, diagram, viewport);
}

/**
 * Zooms by `factor` around the point (`cx`, `cy`) of the viewport, which stays where it is
 * (under the pinch, under the pointer), within `limits`, then keeps the diagram on the screen.
 */
export function zoomAround(
  view: View,
  factor: number,
  cx: number,
  cy: number,
  limits: { min: number; max: number },
  diagram: Size,
  viewport: Size,
): View {
  const scale = Math.min(limits.max, Math.max(limits.min, view.scale * factor));
  const ratio = scale / view.scale;
  return clampView(
    { scale, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio },
    diagram,
    viewport,
  );
}

/** The centre of the part of the diagram on the screen: where the zoom buttons and keys zoom. */
export function visibleCentre(view: View, diagram: Size, viewport: Size): { x: number; y: number } {
  const left = Math.max(0, view.x);
  const top = Math.max(0, view.y);
  const right = Math.min(viewport.width, view.x + diagram.width * view.scale);
  const bottom = Math.min(viewport.height, view.y + diagram.height * view.scale);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}
