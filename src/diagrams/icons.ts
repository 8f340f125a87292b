/**
 * Product icons from the Iconify sets installed from npm (`@iconify-json/logos`,
 * `@iconify-json/simple-icons`, both CC0-1.0): the packs the renderer registers with Mermaid, and
 * each icon as a `<symbol>` that a page defines once and every diagram on it draws with `<use>`.
 * Node only.
 */
import { createRequire } from 'node:module';
import { getIconData, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';
import { PRODUCTS, iconSymbolId, productByKey, type Product } from './visual.ts';

const require = createRequire(import.meta.url);
const SETS: Record<string, () => IconifyJSON> = {
  logos: () => require('@iconify-json/logos/icons.json') as IconifyJSON,
  'simple-icons': () => require('@iconify-json/simple-icons/icons.json') as IconifyJSON,
};
const loaded = new Map<string, IconifyJSON>();
function iconSet(prefix: string): IconifyJSON {
  let set = loaded.get(prefix);
  if (!set) {
    const load = SETS[prefix];
    if (!load) throw new Error(`no icon set "${prefix}" installed`);
    set = load();
    loaded.set(prefix, set);
  }
  return set;
}

function iconOf(product: Product) {
  const [prefix = '', name = ''] = product.icon.split(':');
  const data = getIconData(iconSet(prefix), name);
  if (!data) throw new Error(`icon ${product.icon} (${product.name}) is not in @iconify-json/${prefix}`);
  return { prefix, name, data };
}

/**
 * The packs to register with Mermaid (`mermaid.registerIconPacks`), holding only the products'
 * icons, so `@{ icon: "logos:aws-s3" }` works in a source too and the render page stays small.
 */
export function iconPacks(): { name: string; icons: IconifyJSON }[] {
  const packs = new Map<string, IconifyJSON>();
  for (const product of PRODUCTS) {
    const { prefix, name, data } = iconOf(product);
    const set = iconSet(prefix);
    const pack = packs.get(prefix) ?? { prefix, icons: {}, width: set.width ?? 16, height: set.height ?? 16 };
    pack.icons[name] = data;
    packs.set(prefix, pack);
  }
  return [...packs].map(([name, icons]) => ({ name, icons }));
}

/**
 * A product's icon as a `<symbol>` with a stable id (`dg-icon-s3`); ids inside it (the gradients of
 * AWS's icons) are prefixed with it, so every build writes the same bytes.
 */
export function iconSymbol(product: Product): string {
  const { data } = iconOf(product);
  const svg = iconToSVG(data);
  const id = iconSymbolId(product);
  const ids = [...svg.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  const body = ids.reduce(
    (text, old, n) =>
      text
        .replaceAll(`id="${old}"`, `id="${id}-${n}"`)
        .replaceAll(`url(#${old})`, `url(#${id}-${n})`)
        .replaceAll(`href="#${old}"`, `href="#${id}-${n}"`),
    svg.body,
  );
  return `<symbol id="${id}" viewBox="${svg.attributes.viewBox}">${roundPaths(body, svg.attributes.viewBox)}</symbol>`;
}

/** How many numbers each path command takes, and which of them are an arc's one-digit flags. */
const ARGUMENTS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * One path's data with every coordinate rounded to `decimals`, read as SVG's grammar reads it
 * (numbers run together, `1.04.5` is 1.04 and .5; an arc's flags may touch what follows, `0 012`
 * is 0, 1 and 2) and written back with a space between numbers, or none before a minus sign.
 */
export function roundPath(d: string, decimals: number): string {
  const out: string[] = [];
  let i = 0;
  let command = '';
  let index = 0;
  const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i;
  while (i < d.length) {
    const c = d[i] ?? '';
    if (/[\s,]/.test(c)) {
      i++;
    } else if (/[a-z]/i.test(c)) {
      command = c.toLowerCase();
      index = 0;
      out.push(c);
      i++;
    } else {
      const count = ARGUMENTS[command] ?? 2;
      const isFlag = command === 'a' && (index % count === 3 || index % count === 4);
      const text = isFlag ? c : (number.exec(d.slice(i))?.[0] ?? c);
      const value = isFlag ? text : String(Number(Number(text).toFixed(decimals))).replace(/^(-?)0\./, '$1.');
      const last = out.at(-1) ?? '';
      out.push(/[a-z]$/i.test(last) || value.startsWith('-') ? value : ` ${value}`);
      i += text.length;
      index++;
    }
  }
  return out.join('');
}

/**
 * Coordinates in an icon's paths to what its drawn size can show: the sets write three decimals,
 * most of an icon's bytes. A diagram draws an icon at about 18 px: whole units of a 256-unit icon,
 * tenths of a 24-unit one, keep every point within a twentieth of a pixel there (and within a
 * fifth drawn at 96 px, where the rounded icons look the same as the originals).
 */
export function roundPaths(body: string, viewBox: string): string {
  const size = Math.max(
    ...viewBox
      .split(/[\s,]+/)
      .slice(2)
      .map(Number),
  );
  const decimals = size > 64 ? 0 : 1;
  return body.replace(
    /(\sd=")([^"]*)"/g,
    (_m, start: string, path: string) => `${start}${roundPath(path, decimals)}"`,
  );
}

/** The symbols for products by key, in the order given; unknown keys are skipped. */
export function iconSymbols(keys: Iterable<string>): string {
  return [...new Set(keys)]
    .flatMap((key) => productByKey(key) ?? [])
    .map(iconSymbol)
    .join('');
}

/**
 * A diagram's main SVG with its icons defined inside it, for where it stands alone (the social
 * card, drawn by resvg, and the embed page, which shows one diagram without the page's sprite).
 */
export function withIconSymbols(html: string, icons: readonly string[]): string {
  const symbols = iconSymbols(icons);
  return symbols ? html.replace(/(<svg\b[^>]*>)/, (tag) => `${tag}<defs>${symbols}</defs>`) : html;
}
