import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { ICONS, iconSvg, type IconName } from './manifest.ts';

/** The mark's own background (the rounded square of `public/favicon.svg`), for maskable icons. */
const MARK_BACKGROUND = '#1e293b';

/** An icon of the web app manifest as PNG, drawn from the site's mark (`public/favicon.svg`). */
export function renderIcon(name: IconName, markFile = 'public/favicon.svg'): Buffer {
  const icon = ICONS.find((i) => i.name === name);
  if (!icon) throw new Error(`No icon named ${name}`);
  const svg = iconSvg(readFileSync(markFile, 'utf8'), icon.size, icon.maskable, MARK_BACKGROUND);
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
}
