import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../markdown/rehype-base-links.ts';
import { withBasePath } from './share-urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Marks every link with its absolute URL in `data-print-url`, which the print stylesheet shows
 * after the link text: on paper a link is only useful if its address is written out.
 */
function rehypePrintUrls({ site }: { site: URL }) {
  const visit = (node: HastNode): void => {
    const href = node.tagName === 'a' ? node.properties?.['href'] : undefined;
    if (node.properties && typeof href === 'string' && !href.startsWith('#')) {
      node.properties['dataPrintUrl'] = new URL(href, site).href;
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
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
  const href = withBasePath(path, options.base);
  return { href, printUrl: new URL(href, options.site).href };
}
