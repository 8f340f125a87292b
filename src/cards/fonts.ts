import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Font } from 'satori';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);
const INTER_WEIGHTS = [400, 600, 700, 800] as const;
const ARIMO_WEIGHTS = [400, 700] as const;

let interPromise: Promise<Font[]> | undefined;

/**
 * Inter from the `@fontsource/inter` package, in the WOFF files satori can read (it cannot read
 * WOFF2): the cards' and badges' own text. Shipping the font with the project means they look the
 * same on any machine, with no system fonts installed.
 */
export function interFonts(): Promise<Font[]> {
  interPromise ??= Promise.all(
    INTER_WEIGHTS.map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    })),
  );
  return interPromise;
}

let arimoFiles: string[] | undefined;

/**
 * Arimo (from `@fontsource/arimo`) as TrueType files on disk, for resvg to draw the diagrams' text.
 * Arimo has Arial's and Liberation Sans' metrics, the fonts the diagrams were measured with, so
 * every label fits its box as it does on the page. resvg reads only TrueType/OpenType files by
 * path, so the package's WOFF files are unwrapped once into the system's temporary folder, named
 * by a hash of their bytes (a new font version gets new files; parallel builds never see a
 * half-written one, since each file is renamed into place).
 */
export function arimoFontFiles(): string[] {
  arimoFiles ??= ARIMO_WEIGHTS.map((weight) => {
    const woff = readFileSync(require.resolve(`@fontsource/arimo/files/arimo-latin-${weight}-normal.woff`));
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 12);
    const dir = join(tmpdir(), 'answers-card-fonts');
    const file = join(dir, `arimo-${weight}-${hash}.ttf`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, woffToSfnt(woff));
      renameSync(partial, file);
    }
    return file;
  });
  return arimoFiles;
}

/** The family name resvg knows Arimo by, used for every generic family the diagrams name. */
export const DIAGRAM_FONT_FAMILY = 'Arimo';
