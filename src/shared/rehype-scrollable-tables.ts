import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets a wide table scroll sideways inside the page (on a phone, most of them do). A
 * region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's `scrollable-region-focusable`),
 * so every content table is focusable: a keyboard user tabs to it and scrolls it with the arrow keys.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties['tabIndex'] = 0;
    });
  };
}
