import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from './urls.ts';

/** The URL-valued properties (hast names) a page can hold a site path in. */
const URL_PROPERTIES = ['href', 'src', 'poster'] as const;

/** `withBase` for one `srcset` candidate: `/a.png 2x`. */
function candidateWithBase(candidate: string, base: string): string {
  return candidate.trim().replace(/^\S+/, (url) => withBase(url, base));
}

/**
 * Authors write site paths root-relative (`/concepts/shuffle/`, `/og/index.png`); this adds the
 * configured base path to every link, image, video and `srcset` in rendered Markdown and MDX, so
 * the same content works at `/` and under `BASE_PATH=/portfolio/`. The rule is `withBase`.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBase(value, options.base);
      }
      const srcset = node.properties['srcSet'];
      if (typeof srcset === 'string') {
        node.properties['srcSet'] = srcset
          .split(',')
          .map((candidate) => candidateWithBase(candidate, options.base))
          .join(', ');
      }
    });
  };
}
