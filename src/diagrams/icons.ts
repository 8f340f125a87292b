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
  return `<symbol id="${id}" viewBox="${svg.attributes.viewBox}">${body}</symbol>`;
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
