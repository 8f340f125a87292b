/** Words a reader gets through per minute of technical prose (code reads slower; it counts as prose). */
const WORDS_PER_MINUTE = 200;

/** Counts the words of an MDX body: frontmatter, imports and component tags are not read. */
export function countWords(mdx: string): number {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
