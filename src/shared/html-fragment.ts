/**
 * Edits a fragment of HTML (a rendered summary, a snippet) through its tree: parsed with the
 * parser browsers follow, changed as hast, written back. Never with regular expressions, which
 * miss attributes in other quotes, entities and nesting.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function editFragment(html: string, edit: (tree: Root) => void): string {
  const tree = fromHtml(html, { fragment: true });
  edit(tree);
  return toHtml(tree);
}
