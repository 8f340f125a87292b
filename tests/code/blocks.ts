import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { relative } from 'node:path';
import type { MetaOptions } from '@expressive-code/core';
import { codeBlocksOf, metaString } from '../../src/shared/mdx.ts';

/** One fenced code block of a page, with what its fence says about it. */
export interface Block {
  /** The page, relative to the project root. */
  file: string;
  /** The fence's language (`python`, `sql`), or '' when it has none. */
  lang: string;
  /** The fence's `title`, or '' when it has none. */
  title: string;
  /** The fence's meta, read by Expressive Code's own parser (what the site renders). */
  meta: MetaOptions;
  /** The code, exactly as a reader copies it. */
  code: string;
  /** The file line of the code's first line (the line after the opening fence), 1-based. */
  firstLine: number;
}

/** The file line of a 1-based line of a block's code. */
export const fileLine = (block: Block, codeLine: number): number => block.firstLine + codeLine - 1;

/** A meta option's string value, or undefined when the fence does not set it. */
export function metaValue(block: Block, key: string): string | undefined {
  return metaString(block.meta, key);
}

/** Every fenced code block of one page, in page order. */
export function blocksOf(file: string, source: string): Block[] {
  return codeBlocksOf(source).map((block) => ({
    file,
    lang: block.lang,
    title: block.title,
    meta: block.meta,
    code: block.value,
    firstLine: block.fenceLine + 1,
  }));
}

/** Every fenced code block of every MDX page under `docsDir`, pages in path order. */
export async function collectBlocks(docsDir: string, root = process.cwd()): Promise<Block[]> {
  const files: string[] = [];
  for await (const file of glob('**/*.mdx', { cwd: docsDir })) files.push(file);
  const blocks: Block[] = [];
  for (const file of files.sort()) {
    const path = `${docsDir}/${file}`;
    blocks.push(...blocksOf(relative(root, path), await readFile(path, 'utf8')));
  }
  return blocks;
}
