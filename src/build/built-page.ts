/**
 * A page of the finished build, read and parsed once: the link check and the CSP step both work on
 * its tree (hast, from the HTML parser browsers follow), and the CSP step writes its meta tag into
 * the original text at a position the tree gives, so every other byte of the page stays as built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
  /** Path of the file relative to the output folder: `answers/x/index.html`. */
  file: string;
  html: string;
  tree: Root;
}

/** A page from its text (tests and fixtures). */
export function parseBuiltPage(file: string, html: string): BuiltPage {
  return { file, html, tree: fromHtml(html) };
}

/** A page of the build in `outDir`, by its path relative to it. */
export function readBuiltPage(outDir: string, file: string): BuiltPage {
  return parseBuiltPage(file, readFileSync(join(outDir, file), 'utf8'));
}

/** Every element of a tree, in document order. */
export function elementsOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    found.push(element);
  });
  return found;
}

/** An element's attribute as a string (hast keeps space-separated ones, such as `class`, as lists). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}
