import { definePlugin } from '@astrojs/starlight/expressive-code';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * What the site changes in Starlight's code blocks (Expressive Code), written into the HTML:
 *
 * - Reachable by keyboard. A block that scrolls sideways must be (WCAG 2.1.1; axe's
 *   `scrollable-region-focusable`). Expressive Code makes such blocks focusable from a script, a
 *   moment after load, and never without JavaScript. Every block's `<pre>` gets `tabindex="0"`;
 *   Expressive Code's script then removes it from blocks that fit, so readers with scripts get what
 *   they got before, and readers without scripts can scroll every block from the keyboard. No
 *   `role="region"` (which the script adds): unnamed regions would be landmarks with the same name.
 * - Out of the search index's text (`data-pagefind-ignore`), so a result's excerpt is a sentence,
 *   never code. The code's words stay searchable as the page's `code` metadata
 *   (`src/search/SearchTerms.astro`).
 */
export function codeBlocks() {
  return definePlugin({
    name: 'site-code-blocks',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const block = renderData.blockAst as Element;
        block.properties['dataPagefindIgnore'] = '';
        visit(block, 'element', (node: Element) => {
          if (node.tagName === 'pre') node.properties['tabindex'] = '0';
        });
      },
    },
  });
}
