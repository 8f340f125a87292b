/**
 * How large a diagram's labels are drawn, and how the page keeps them readable without zooming.
 *
 * A label is read at its font size times the scale its SVG is drawn at. Each diagram has a main
 * layout and may have a narrow one (rendered for small screens, see narrow.ts). For every width its
 * frame can have, the page shows, in this order of preference: the main layout fitted to the
 * width, the narrow layout fitted to the width, or the layout that needs less room at a readable
 * scale in a frame that scrolls sideways. The choice is CSS (container queries in the diagram's
 * own `<style>`), made while the page is parsed: no script, no layout shift.
 */

/** Label sizes of a layout at scale 1, in SVG user units (CSS pixels when drawn at its own size). */
export interface LabelSizes {
  /** The median font size of the diagram's text elements. */
  median: number;
  /** The smallest one. */
  min: number;
}

export interface DiagramLayout {
  /** Width and height of its viewBox. */
  width: number;
  height: number;
  labels: LabelSizes;
}

/** Drawn label sizes, in CSS pixels, the page aims for. */
export interface Targets {
  /** The median label when a layout is fitted to the frame: below it, the next option is taken. */
  fit: number;
  /** The median label in a frame that scrolls sideways (a little larger: the reader pans anyway). */
  scroll: number;
}

export const LEGIBILITY = {
  /**
   * Viewports up to this width (40rem) are phones, read closer to the eye than a desktop screen,
   * so a smaller label reads as well. The floors (issue 23): 11 px on a phone, 13 px on a desktop.
   * A layout is fitted down to just above the floor, since a diagram a little wider than the
   * screen is better seen whole than cut at the edge; once it must scroll, it is drawn a size
   * larger, since the reader pans anyway.
   */
  phoneMaxRem: 40,
  phone: { fit: 11.1, scroll: 12 },
  desktop: { fit: 13.1, scroll: 13.5 },
  /** No label, however minor (a sequence number, an axis tick), is drawn under this. */
  smallest: 9.5,
} as const satisfies { phoneMaxRem: number; phone: Targets; desktop: Targets; smallest: number };

/** The scale at which a layout's labels reach `target` (median) and `smallest` (every one). */
export function readableScale(labels: LabelSizes, target: number): number {
  return Math.max(target / labels.median, LEGIBILITY.smallest / labels.min);
}

/**
 * The narrowest frame in which a layout, fitted to the frame and never enlarged, is readable at
 * `target`; Infinity when it is not readable even at its own size.
 */
export function fitWidth(layout: DiagramLayout, target: number): number {
  const scale = readableScale(layout.labels, target);
  return scale > 1 ? Infinity : Math.ceil(layout.width * scale);
}

/** The width a layout is drawn at in a frame that scrolls sideways (enlarged if it must be). */
export function scrollWidth(layout: DiagramLayout, target: number): number {
  return Math.ceil(layout.width * readableScale(layout.labels, target));
}

/** A common phone's frame: 390 px, the diagram spanning the screen edge to edge. */
export const PHONE_FRAME = 390;

/**
 * Of the narrow layouts the renderer tried, the one that needs the narrowest frame on a phone. It
 * is kept only when it changes what a reader gets, since it costs its bytes in every page: it
 * fits a common phone where the main layout does not, or it needs a tenth less width.
 */
export function pickNarrow<T extends DiagramLayout>(
  main: DiagramLayout,
  candidates: readonly T[],
): T | undefined {
  const need = (layout: DiagramLayout) => scrollWidth(layout, LEGIBILITY.phone.scroll);
  const best = [...candidates].sort((a, b) => need(a) - need(b))[0];
  if (!best) return undefined;
  const fitsPhone = (layout: DiagramLayout) => fitWidth(layout, LEGIBILITY.phone.fit) <= PHONE_FRAME;
  return (fitsPhone(best) && !fitsPhone(main)) || need(best) <= 0.9 * need(main) ? best : undefined;
}

export type Variant = 'main' | 'narrow';

/** What a frame of one width shows: a layout, fitted or at a fixed width in a scrolling frame. */
export interface Choice {
  variant: Variant;
  /** The drawn width in pixels when the frame scrolls; undefined when fitted to the frame. */
  scroll?: number;
}

/** What a frame `width` pixels wide shows, for the given targets. */
export function choose(
  main: DiagramLayout,
  narrow: DiagramLayout | undefined,
  width: number,
  targets: Targets,
): Choice {
  if (width >= fitWidth(main, targets.fit)) return { variant: 'main' };
  if (narrow && width >= fitWidth(narrow, targets.fit)) return { variant: 'narrow' };
  const mainScroll = scrollWidth(main, targets.scroll);
  const narrowScroll = narrow ? scrollWidth(narrow, targets.scroll) : Infinity;
  return narrowScroll < mainScroll
    ? { variant: 'narrow', scroll: narrowScroll }
    : { variant: 'main', scroll: mainScroll };
}

/** Selectors of one diagram's parts, as its markup names them. */
export interface LayoutSelectors {
  main: string;
  narrow: string;
  /** The line that says the frame scrolls. */
  hint: string;
}

/** The rules for one range of frame widths (`below` is exclusive; undefined: any width). */
function rulesFor(choice: Choice, below: number | undefined, s: LayoutSelectors, hasNarrow: boolean): string {
  const [shown, hidden] = choice.variant === 'narrow' ? [s.narrow, s.main] : [s.main, s.narrow];
  const rules = [
    hasNarrow ? `${hidden}{display:none}${shown}{display:block}` : '',
    choice.scroll ? `${shown}{width:${choice.scroll}px;max-width:none}${s.hint}{display:block}` : '',
  ].join('');
  if (!rules) return '';
  return below === undefined || below === Infinity
    ? rules
    : `@container dg-frame not (min-width: ${below}px){${rules}}`;
}

/** The rules of one viewport class (phone or desktop), from the widest frame to the narrowest. */
function rangeRules(
  main: DiagramLayout,
  narrow: DiagramLayout | undefined,
  targets: Targets,
  s: LayoutSelectors,
): string {
  const mainFit = fitWidth(main, targets.fit);
  const narrowFit = narrow ? fitWidth(narrow, targets.fit) : Infinity;
  // Just under each threshold, the choice for every narrower frame up to the next threshold.
  const thresholds = [mainFit, ...(narrowFit < mainFit ? [narrowFit] : [])];
  return thresholds
    .map((below) => {
      const width = below === Infinity ? Number.MAX_SAFE_INTEGER : below - 1;
      return rulesFor(choose(main, narrow, width, targets), below, s, narrow !== undefined);
    })
    .join('');
}

/**
 * The CSS that sizes one diagram: each layout never drawn larger than its own size, then per
 * viewport class the container queries that switch layouts or make the frame scroll. It goes in
 * the diagram's own `<style>`, so a page carries the rules of the diagrams it shows and no other.
 */
export function layoutCss(
  main: DiagramLayout,
  narrow: DiagramLayout | undefined,
  s: LayoutSelectors,
): string {
  // No `<` in these rules: they go in an SVG's <style>, which HTML parses as text, where a `<`
  // starts a tag (the W3C checker reports it). `not (min-width: X)` is `width < X`, exactly.
  const phone = `all and (max-width: ${LEGIBILITY.phoneMaxRem}rem)`;
  const desktop = `not all and (max-width: ${LEGIBILITY.phoneMaxRem}rem)`;
  return [
    `${s.main}{max-width:${main.width}px}`,
    narrow ? `${s.narrow}{max-width:${narrow.width}px}` : '',
    `@media ${phone}{${rangeRules(main, narrow, LEGIBILITY.phone, s)}}`,
    `@media ${desktop}{${rangeRules(main, narrow, LEGIBILITY.desktop, s)}}`,
  ]
    .join('')
    .replace(/@media [^{]+\{\}/g, '');
}
