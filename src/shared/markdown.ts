import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { withBase } from './urls.ts';

/**
 * Marks every link with its absolute URL in `data-print-url`, which the print stylesheet shows
 * after the link text: on paper a link is only useful if its address is written out.
 */
function rehypePrintUrls({ site }: { site: URL }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && !href.startsWith('#')) {
        node.properties['dataPrintUrl'] = new URL(href, site).href;
      }
    });
  };
}

const renderers = new Map<string, Promise<MarkdownRenderer>>();

/**
 * Renders a Markdown fragment (not MDX) the way pages are rendered, with the site's base path added
 * to root-relative links and each link's absolute URL kept for print. One processor per site and base.
 */
export async function renderMarkdown(
  markdown: string,
  options: { site: URL; base: string },
): Promise<string> {
  const key = `${options.site.href} ${options.base}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = createMarkdownProcessor({
      rehypePlugins: [
        [rehypeBaseLinks, { base: options.base }],
        [rehypePrintUrls, { site: options.site }],
      ],
    });
    renderers.set(key, renderer);
  }
  const { code } = await (await renderer).render(markdown);
  return code;
}

/** A root-relative path with the base, and its absolute URL for print: used by hand-written links. */
export function printableLink(
  path: string,
  options: { site: URL; base: string },
): { href: string; printUrl: string } {
  const href = withBase(path, options.base);
  return { href, printUrl: new URL(href, options.site).href };
}
