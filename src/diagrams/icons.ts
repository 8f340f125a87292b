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
  const compact = compactIcon(body, svg.attributes.viewBox);
  return `<symbol id="${id}" viewBox="${compact.viewBox}">${outlined(compact.body, compact.viewBox)}</symbol>`;
}

/**
 * A one-colour mark (Simple Icons, drawn in its kind's colour) with a thin outline in the same
 * colour: many are line art whose lines, at the 16 to 18 px a diagram draws them, are under half a
 * pixel and fade to a faint trace (Airflow, PostgreSQL, Jenkins, especially on dark). The outline
 * is a 48th of the icon's size, about a third of a pixel at 17 px: lines read, shapes stay the
 * mark's. AWS's coloured tiles keep their own drawing.
 */
export function outlined(body: string, viewBox: string): string {
  if (!/fill="currentColor"/.test(body) || /url\(#/.test(body)) return body;
  const [, , width = 0, height = 0] = viewBox.split(/[\s,]+/).map(Number);
  const stroke = Math.round((Math.max(width, height) / 48) * 100) / 100;
  return `<g stroke="currentColor" stroke-width="${stroke}" stroke-linejoin="round">${body}</g>`;
}

/** How many numbers each path command takes (an arc's 4th and 5th are its one-digit flags). */
const ARGUMENTS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/** A path's data as SVG's grammar reads it: commands, each with its numbers. */
export function parsePath(d: string): { command: string; args: number[] }[] {
  const segments: { command: string; args: number[] }[] = [];
  const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i;
  let i = 0;
  let current: { command: string; args: number[] } | undefined;
  while (i < d.length) {
    const c = d[i] ?? '';
    if (/[\s,]/.test(c)) i++;
    else if (/[a-z]/i.test(c)) {
      current = { command: c, args: [] };
      segments.push(current);
      i++;
    } else {
      if (!current) throw new Error(`path data starts with a number: ${d.slice(0, 20)}`);
      const count = ARGUMENTS[current.command.toLowerCase()] ?? 2;
      // Numbers run together (`1.04.5` is 1.04 and .5); an arc's flags may touch what follows.
      const flag = current.command.toLowerCase() === 'a' && [3, 4].includes(current.args.length % count);
      const text = flag ? c : (number.exec(d.slice(i))?.[0] ?? c);
      current.args.push(Number(text));
      i += text.length;
    }
  }
  return segments;
}

/**
 * A path on a grid of `step` units, written in whole grid units: every point is placed on the
 * grid from its absolute position (so no error adds up along relative commands) and written
 * relative to the previous point, as the shortest path data is. Arcs keep their flags and angle.
 */
export function quantizePath(d: string, step: number): string {
  const q = (v: number) => Math.round(v / step);
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The current point on the grid, as written so far.
  let gx = 0;
  let gy = 0;
  let gStartX = 0;
  let gStartY = 0;
  let out = '';
  let last = '';
  const write = (command: string, values: number[]) => {
    const letter = command === last && command !== 'm' ? '' : command;
    out += letter;
    values.forEach((value, n) => {
      const text = String(value);
      out += (n === 0 && letter) || text.startsWith('-') ? text : ` ${text}`;
    });
    last = command === 'm' ? 'l' : command;
  };
  for (const { command, args } of parsePath(d)) {
    const lower = command.toLowerCase();
    const relative = command === lower;
    const count = ARGUMENTS[lower] ?? 0;
    if (lower === 'z') {
      out += 'z';
      last = 'z';
      x = startX;
      y = startY;
      gx = gStartX;
      gy = gStartY;
      continue;
    }
    for (let n = 0; n < args.length; n += count) {
      const a = args.slice(n, n + count);
      const point = (px: number, py: number) => (relative ? [x + px, y + py] : [px, py]) as [number, number];
      const kind = lower === 'm' && n > 0 ? 'l' : lower;
      if (kind === 'h' || kind === 'v') {
        const to = (a[0] ?? 0) + (relative ? (kind === 'h' ? x : y) : 0);
        if (kind === 'h') {
          write('h', [q(to) - gx]);
          x = to;
          gx = q(to);
        } else {
          write('v', [q(to) - gy]);
          y = to;
          gy = q(to);
        }
        continue;
      }
      if (kind === 'a') {
        const [rx = 0, ry = 0, angle = 0, large = 0, sweep = 0, px = 0, py = 0] = a;
        const [ex, ey] = point(px, py);
        write('a', [q(rx), q(ry), Math.round(angle), large, sweep, q(ex) - gx, q(ey) - gy]);
        x = ex;
        y = ey;
        gx = q(ex);
        gy = q(ey);
        continue;
      }
      const points: [number, number][] = [];
      for (let k = 0; k < a.length; k += 2) points.push(point(a[k] ?? 0, a[k + 1] ?? 0));
      write(
        kind,
        points.flatMap(([px, py]) => [q(px) - gx, q(py) - gy]),
      );
      const [ex, ey] = points.at(-1) ?? [x, y];
      x = ex;
      y = ey;
      gx = q(ex);
      gy = q(ey);
      if (kind === 'm') {
        startX = x;
        startY = y;
        gStartX = gx;
        gStartY = gy;
      }
    }
  }
  return out;
}

/**
 * An icon's body and viewBox at the size it is drawn: the sets write three decimals, most of an
 * icon's bytes. A diagram draws an icon at about 18 px. An icon whose only coordinates are its
 * paths' goes on a grid, written in whole grid units with its viewBox scaled to match: two units
 * of a 256-unit icon (AWS's), half a unit of a 24-unit mark. Every point stays within a fifth of a
 * pixel of its place at 18 px (a pixel at 96 px, where the icons still look as the originals do).
 */
export function compactIcon(body: string, viewBox: string): { body: string; viewBox: string } {
  const box = viewBox.split(/[\s,]+/).map(Number);
  const size = Math.max(box[2] ?? 0, box[3] ?? 0);
  // Only paths carry coordinates (gradients are in percent): the whole icon may be rescaled.
  const attributes = new Set([...body.matchAll(/\s([\w:-]+)="([^"]*)"/g)].map((m) => m[1] ?? ''));
  const paint = ['d', 'fill', 'fill-rule', 'clip-rule', 'id', 'offset', 'stop-color', 'stop-opacity'];
  const scalable =
    [...attributes].every((name) => paint.includes(name) || /^[xy][12]$/.test(name)) &&
    [...body.matchAll(/\s[xy][12]="([^"]*)"/g)].every((m) => (m[1] ?? '').endsWith('%'));
  const step = !scalable ? 1 : size > 64 ? 2 : 0.5;
  return {
    body: body.replace(
      /(\sd=")([^"]*)"/g,
      (_m, start: string, path: string) => `${start}${quantizePath(path, step)}"`,
    ),
    viewBox: step === 1 ? viewBox : box.map((v) => v / step).join(' '),
  };
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
