import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors link pages root-relative (`/concepts/shuffle/`); this adds the configured base path so
 * the same content works at `/` and under `BASE_PATH=/portfolio/`.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const prefix = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.['href'];
      if (
        node.tagName === 'a' &&
        typeof href === 'string' &&
        href.startsWith('/') &&
        !href.startsWith('//')
      ) {
        if (!href.startsWith(`${prefix}/`)) node.properties['href'] = `${prefix}${href}`;
      }
    });
  };
}
