/**
 * Which of an answer's concept chips fit on one line of a phone, beside a "+N more" chip that
 * shows the rest. Estimated at build from the titles' lengths, so the line is right in the first
 * paint (nothing measured, nothing moves); the estimate errs wide, so a line is never overfull
 * (were it, the chips would wrap to a second line rather than overflow). Chips are taken in order,
 * skipping one too long for what is left, so a long first title does not hide all the others.
 */

/** The text column of a 390 px phone: the screen less Starlight's 1rem padding each side. */
export const PHONE_LINE = 358;
/** A character of the chip's 14 px system font (about 6.2 px on average), erring wide. */
const CHAR = 6.8;
/** A chip's padding (0.6rem each side) and border. */
const CHIP = 21.5;
/** The gap between chips (0.4rem). */
const GAP = 6.4;

const chipWidth = (text: string) => text.length * CHAR + CHIP;

/** For each of `titles`, whether its chip shows on a line `width` wide. */
export function chipsOnOneLine(titles: readonly string[], width = PHONE_LINE): boolean[] {
  const widths = titles.map(chipWidth);
  const all = widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, titles.length - 1);
  if (all <= width) return titles.map(() => true);
  // Room for the widest "+N more" there can be.
  let used = chipWidth(`+${titles.length} more`);
  return widths.map((w) => {
    if (used + GAP + w > width) return false;
    used += GAP + w;
    return true;
  });
}
