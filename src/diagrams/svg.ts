/**
 * Turns Mermaid's light and dark renders of one diagram into a single piece of markup that
 * follows the site's theme through CSS: no re-render, no second request.
 */

const STYLE = /<style>([\s\S]*?)<\/style>/;
const GRADIENT = /<linearGradient\b[\s\S]*?<\/linearGradient>|<radialGradient\b[\s\S]*?<\/radialGradient>/g;

/**
 * Gives every element id inside the SVG the diagram's own prefix and updates references to it,
 * so two diagrams on one page never share an id (sequence diagrams, for one, reuse marker ids).
 */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set<string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (id !== prefix && !id.startsWith(`${prefix}-`)) ids.add(id);
  }
  let out = svg;
  for (const id of [...ids].sort((a, b) => b.length - a.length)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const renamed = `${prefix}-${id}`;
    out = out
      .replace(new RegExp(`(\\sid=")${escaped}"`, 'g'), `$1${renamed}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${renamed})`)
      .replace(new RegExp(`(href=")#${escaped}"`, 'g'), `$1#${renamed}"`)
      .replace(new RegExp(`(aria-(?:labelledby|describedby)=")${escaped}"`, 'g'), `$1${renamed}"`);
  }
  return out;
}

/** One CSS rule at the top level of a stylesheet: a selector (or at-rule prelude) and its body. */
export interface CssRule {
  prelude: string;
  body: string;
}

/** Splits a stylesheet into its top-level rules (at-rules keep their nested body as text). */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) break;
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
      j++;
    }
    rules.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return rules;
}

/** Prefixes every selector of a stylesheet; `@keyframes` and similar blocks are kept as they are. */
export function scopeCss(css: string, scope: string): string {
  return cssRules(css)
    .map(({ prelude, body }) => {
      // At-rules nest one level: conditions are scoped inside, keyframes kept as written.
      if (prelude.startsWith('@media') || prelude.startsWith('@supports'))
        return `${prelude}{${scopeCss(body, scope)}}`;
      if (prelude.startsWith('@')) return `${prelude}{${body}}`;
      const scoped = prelude
        .split(',')
        .map((part) => `${scope} ${part.trim()}`)
        .join(',');
      return `${scoped}{${body}}`;
    })
    .join('');
}

function splitStyle(svg: string): { css: string; body: string } {
  const css = svg.match(STYLE)?.[1] ?? '';
  return { css, body: svg.replace(STYLE, '') };
}

const LIGHT_SCOPE = ":root:not([data-theme='dark'])";
const DARK_SCOPE = ":root[data-theme='dark']";

export interface ThemedSvg {
  /** The markup to put in the page: one SVG, or two when the themes differ beyond styles. */
  html: string;
  width: number;
  height: number;
  /** Whether light and dark share one SVG body (the usual case). */
  sharedBody: boolean;
}

/** Width and height from the viewBox, rounded up so nothing is clipped. */
function viewBoxSize(svg: string): { width: number; height: number } {
  const box = svg.match(/viewBox="([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)"/);
  if (!box) throw new Error('rendered SVG has no viewBox');
  return { width: Math.ceil(Number(box[3])), height: Math.ceil(Number(box[4])) };
}

/** Sets fixed width and height (the page reserves the space: no layout shift) and a class. */
function sizeSvg(svg: string, width: number, height: number, className: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_tag, attrs: string) => {
    const kept = attrs
      .replace(/\s(width|height|style)="[^"]*"/g, '')
      .replace(/\sclass="([^"]*)"/, ` class="$1 ${className}"`);
    const withClass = /\sclass="/.test(kept) ? kept : `${kept} class="${className}"`;
    return `<svg${withClass} width="${width}" height="${height}" focusable="false">`;
  });
}

/** Attributes that only paint: a CSS property of the same name overrides them. */
const PAINT_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'flood-color',
  'stop-color',
  'color',
  'fill-opacity',
  'stroke-opacity',
]);
const TOKEN = /<[^>]+>|[^<]+/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

/**
 * Lines up two renders of the same diagram token by token. Where they differ only in paint (a
 * `fill`, a `stroke`, a colour in a `style`), the light value stays in the SVG and the dark value
 * becomes a CSS rule on a numbered `data-dg` attribute. Returns undefined when the structure differs.
 */
export function paintDifferences(
  light: string,
  dark: string,
  svgId: string,
): { body: string; darkCss: string } | undefined {
  const lt = light.match(TOKEN) ?? [];
  const dt = dark.match(TOKEN) ?? [];
  if (lt.length !== dt.length) return undefined;
  const rules: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lt.length; i++) {
    const a = lt[i] ?? '';
    const b = dt[i] ?? '';
    if (a === b) {
      out.push(a);
      continue;
    }
    if (!a.startsWith('<') || a.split(/[\s>]/)[0] !== b.split(/[\s>]/)[0]) return undefined;
    const aAttrs = [...a.matchAll(ATTRIBUTE)];
    const bAttrs = new Map([...b.matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', m[2] ?? '']));
    if (aAttrs.length !== bAttrs.size) return undefined;
    const declarations: string[] = [];
    for (const [, name = '', value = ''] of aAttrs) {
      const other = bAttrs.get(name);
      if (other === undefined) return undefined;
      if (other === value) continue;
      if (PAINT_ATTRIBUTES.has(name)) declarations.push(`${name}:${other}`);
      else if (name === 'style') {
        const before = new Map(
          value.split(';').map((d) => d.split(':').map((x) => x.trim()) as [string, string]),
        );
        for (const declaration of other.split(';')) {
          const [prop = '', val = ''] = declaration.split(':').map((x) => x.trim());
          if (prop && before.get(prop) !== val) declarations.push(`${prop}:${val} !important`);
        }
      } else return undefined;
    }
    const mark = rules.length;
    rules.push(`${DARK_SCOPE} #${svgId} [data-dg="${mark}"]{${declarations.join(';')}}`);
    out.push(a.replace(/^<([\w:-]+)/, `<$1 data-dg="${mark}"`));
  }
  return { body: out.join(''), darkCss: rules.join('') };
}

/**
 * Combines the light and dark renders of one diagram (rendered with the same SVG id, each in its
 * own page so Mermaid's internal counters match). Mermaid's themes differ in the `<style>` block,
 * a dark-only gradient and some paint attributes: the result is one SVG whose light and dark
 * styles are scoped to Starlight's theme. Only if the structure differs are both SVGs kept.
 * `className` goes on the SVG (each layout of a diagram has its own, see legibility.ts).
 */
export function mergeThemes(light: string, dark: string, svgId: string, className = 'dg-svg'): ThemedSvg {
  const lightSvg = prefixIds(light, svgId);
  const darkSvg = prefixIds(dark, svgId);
  const { width, height } = viewBoxSize(lightSvg);
  const l = splitStyle(lightSvg);
  const d = splitStyle(darkSvg);
  const lightCss = scopeCss(l.css, LIGHT_SCOPE);
  const darkCss = scopeCss(d.css, DARK_SCOPE);

  const gradients = [...new Set([...(l.body.match(GRADIENT) ?? []), ...(d.body.match(GRADIENT) ?? [])])];
  const merged = paintDifferences(l.body.replace(GRADIENT, ''), d.body.replace(GRADIENT, ''), svgId);
  if (merged) {
    let body = merged.body;
    if (gradients.length > 0) {
      body = body.includes('</defs>')
        ? body.replace('</defs>', `${gradients.join('')}</defs>`)
        : body.replace(/(<svg\b[^>]*>)/, `$1<defs>${gradients.join('')}</defs>`);
    }
    const svg = sizeSvg(body, width, height, className).replace(
      /(<svg\b[^>]*>)/,
      `$1<style>${lightCss}${darkCss}${merged.darkCss}</style>`,
    );
    return { html: svg, width, height, sharedBody: true };
  }

  const darkIdSvg = prefixIds(dark.replaceAll(svgId, `${svgId}-dark`), `${svgId}-dark`);
  const dd = splitStyle(darkIdSvg);
  const html =
    sizeSvg(l.body, width, height, `${className} dg-svg--light`).replace(
      /(<svg\b[^>]*>)/,
      `$1<style>${lightCss}</style>`,
    ) +
    sizeSvg(dd.body, width, height, `${className} dg-svg--dark`).replace(
      /(<svg\b[^>]*>)/,
      `$1<style>${scopeCss(dd.css, DARK_SCOPE)}</style>`,
    );
  return { html, width, height, sharedBody: false };
}

/**
 * Two layouts of one diagram (main and narrow) on a page carry the same Mermaid styles, scoped to
 * their own SVG ids: about 2 KiB gzip each. When they are the same but for the id, the main SVG's
 * rules are made to match both (`:is(#main, #narrow)`, the same specificity) and the narrow one
 * keeps only its own paint rules (`[data-dg]`, see `paintDifferences`). Otherwise both are left as
 * they are.
 */
export function shareStyles(
  main: { html: string; id: string },
  narrow: { html: string; id: string },
): { main: string; narrow: string } {
  const mainCss = main.html.match(STYLE)?.[1];
  const narrowCss = narrow.html.match(STYLE)?.[1];
  if (mainCss === undefined || narrowCss === undefined) return { main: main.html, narrow: narrow.html };
  const idOf = (id: string) => new RegExp(`#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  const own = (rule: CssRule) => rule.prelude.includes('[data-dg=');
  const shared = (css: string, id: string) =>
    cssRules(css)
      .filter((rule) => !own(rule))
      .map((rule) => `${rule.prelude}{${rule.body}}`)
      .join('')
      .replace(idOf(id), '#ID');
  if (shared(mainCss, main.id) !== shared(narrowCss, narrow.id))
    return { main: main.html, narrow: narrow.html };
  const both = `:is(#${main.id},#${narrow.id})`;
  const widen = (rule: CssRule) => {
    if (own(rule)) return `${rule.prelude}{${rule.body}}`;
    // A condition's body holds selectors; a style rule's body holds declarations, left alone.
    const body = rule.prelude.startsWith('@') ? rule.body.replace(idOf(main.id), both) : rule.body;
    return `${rule.prelude.replace(idOf(main.id), both)}{${body}}`;
  };
  const mainRules = cssRules(mainCss).map(widen).join('');
  const narrowRules = cssRules(narrowCss)
    .filter(own)
    .map((rule) => `${rule.prelude}{${rule.body}}`)
    .join('');
  return {
    main: main.html.replace(STYLE, () => `<style>${mainRules}</style>`),
    narrow: narrow.html.replace(STYLE, () => `<style>${narrowRules}</style>`),
  };
}

/** Attributes that hold coordinates and sizes. */
const GEOMETRY = new Set([
  'd',
  'points',
  'transform',
  'viewBox',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
]);
const DECIMAL = /-?(?:\d+\.\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Numbers in a coordinate list to a tenth. Path data runs numbers together (`1.04.5` is 1.04 and
 * .5, `2.258.001` is 2.258 and .001), so each keeps its point, and one written from its point keeps
 * starting with it: `1.0.5`, `2.3.0`, never `1.5` or `2.30`.
 */
export function roundNumbers(value: string): string {
  return value.replace(DECIMAL, (n) => {
    const rounded = (Math.round(Number(n) * 10) / 10).toFixed(1);
    return /^-?\./.test(n) ? rounded.replace(/^(-?)0\./, '$1.') : rounded;
  });
}

/**
 * Geometry to a tenth of a pixel: Mermaid writes coordinates to 13 decimals, which is most of the
 * bytes of a diagram with curved edges (the end-to-end pipeline: 22 KiB gzip, 10 KiB rounded).
 * Nothing a reader sees moves, even zoomed 8 times; text, styles and ids are left as they are.
 */
export function roundGeometry(svg: string): string {
  return svg.replace(/<[^>]+>/g, (tag) =>
    tag.replace(/(\s)([\w:-]+)="([^"]*)"/g, (attribute, space: string, name: string, value: string) =>
      GEOMETRY.has(name) ? `${space}${name}="${roundNumbers(value)}"` : attribute,
    ),
  );
}
