import { definePlugin } from '@astrojs/starlight/expressive-code';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code blocks that scroll sideways must be reachable by keyboard (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`). Expressive Code makes them focusable from a script, a moment after
 * load, and never without JavaScript. This writes `tabindex="0"` into the HTML of every code block;
 * Expressive Code's script then removes it from blocks that fit, so readers with scripts get what
 * they got before, and readers without scripts can scroll every block from the keyboard. No
 * `role="region"` (which the script adds): unnamed regions would be landmarks with the same name.
 */
export function scrollableCodeFocusable() {
  return definePlugin({
    name: 'scrollable-code-focusable',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        visit(renderData.blockAst as Element, 'element', (node: Element) => {
          if (node.tagName !== 'pre') return;
          node.properties['tabindex'] = '0';
        });
      },
    },
  });
}
