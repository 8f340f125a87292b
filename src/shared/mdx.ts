import { MetaOptions } from '@expressive-code/core';
import type { Code, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { blankFrontmatter as blankYaml } from './frontmatter.ts';

/**
 * MDX pages as syntax trees, with the line numbers of the file: for checks that read what a page
 * says (its prose, its code blocks) and must point at the line an author wrote. The parser reads
 * pages as the site renders them (GFM from Astro, directives for Starlight's asides), so a fence is
 * a fence here exactly when it is one on the page.
 */

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

/** The page's Markdown/MDX as an mdast tree; every node's position is its line in the file. */
export function parseMdx(source: string): Root {
  return parser.parse(blankFrontmatter(source));
}

/**
 * The page with its YAML frontmatter replaced by as many empty lines (and Windows line endings
 * made Unix ones), for tools that read MDX and know nothing of frontmatter (an inline YAML map
 * would be taken for a JavaScript expression): lines stay the file's.
 */
export function blankFrontmatter(source: string): string {
  return blankYaml(source).replace(/\r\n?/g, '\n');
}

/** A fenced code block of a page. */
export interface CodeBlock {
  /** The fence's language (`python`, `sql`), or '' when it has none. */
  lang: string;
  /** The fence's meta, read by Expressive Code's own parser (what the site renders with). */
  meta: MetaOptions;
  /** The fence's `title`, or '' when it has none. */
  title: string;
  /** The code, exactly as a reader copies it. */
  value: string;
  /** The file line of the opening fence, 1-based; the code's first line is the next one. */
  fenceLine: number;
}

/** A meta option's string value (`dialect=spark`, `title="x"`), or undefined when not set. */
export function metaString(meta: MetaOptions, key: string): string | undefined {
  const value = meta.value(key, 'string');
  return typeof value === 'string' ? value : undefined;
}

/** Every fenced code block of a page (its source, or its tree from `parseMdx`), in order. */
export function codeBlocksOf(page: string | Root): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(typeof page === 'string' ? parseMdx(page) : page, 'code', (node: Code) => {
    const meta = new MetaOptions(node.meta ?? '');
    blocks.push({
      lang: node.lang ?? '',
      meta,
      title: metaString(meta, 'title') ?? '',
      value: node.value,
      fenceLine: node.position?.start.line ?? 1,
    });
  });
  return blocks;
}
