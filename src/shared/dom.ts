/**
 * Building page elements in browser scripts (`*.client.ts`). Safe in the browser only; imports
 * nothing.
 */

/** A new element, with a class and text when given. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
