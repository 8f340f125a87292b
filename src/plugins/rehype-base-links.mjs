// Plain JavaScript so astro.config.mjs can import it before TypeScript is set up.

/**
 * @typedef {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode
 */

/** Elements whose URL attribute points at a page or file of this site. */
const URL_ATTRIBUTES = /** @type {const} */ ({ a: 'href', area: 'href', img: 'src', source: 'src' });

/**
 * Prefixes a root-relative URL (`/concepts/shuffle/`) with the base path (`/portfolio`), leaving
 * relative, absolute, protocol-relative and fragment-only URLs, and URLs already under the base,
 * as they are.
 * @param {string} url
 * @param {string} base the site's base path, e.g. `/portfolio/` or `/`
 * @returns {string}
 */
export function withBasePath(url, base) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/**
 * A rehype plugin: content is written with root-relative links (`[shuffle](/concepts/shuffle/)`),
 * which Markdown leaves alone, so under a base path they would miss it. This adds the base to
 * every such link and image in Markdown and MDX pages.
 * @param {{ base: string }} options
 */
export default function rehypeBaseLinks({ base }) {
  /** @param {HastNode} node */
  function visit(node) {
    if (node.type === 'element' && node.tagName && node.properties && node.tagName in URL_ATTRIBUTES) {
      const attribute = URL_ATTRIBUTES[/** @type {keyof typeof URL_ATTRIBUTES} */ (node.tagName)];
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = withBasePath(value, base);
    }
    for (const child of node.children ?? []) visit(child);
  }
  /** @param {HastNode} tree */
  return (tree) => visit(tree);
}
