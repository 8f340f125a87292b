import type { Element, ElementContent, Root, Text } from 'hast';
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { conceptTerms, termsPattern } from '../lib/concept-terms.ts';
import { parseFrontmatter, readContentFiles } from '../lib/content-files.ts';

interface ConceptMatcher {
  slug: string;
  pattern: RegExp;
}

/** Elements whose text is never turned into a link. */
const SKIP = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'script',
  'style',
  'svg',
]);

let matchers: Map<string, ConceptMatcher> | undefined;

function loadMatchers(): Map<string, ConceptMatcher> {
  matchers ??= new Map(
    readContentFiles()
      .filter((file) => file.id.startsWith('concepts/'))
      .map((file) => {
        const slug = file.id.slice('concepts/'.length);
        const concept = (file.frontmatter['concept'] ?? {}) as { aliases?: string[] };
        const title = String(file.frontmatter['title'] ?? slug);
        return [slug, { slug, pattern: termsPattern(conceptTerms(title, concept.aliases ?? [])) }];
      }),
  );
  return matchers;
}

/** The concepts a page links on first mention: an answer's `concepts`, a concept's `related`. */
function conceptsOf(file: VFile): string[] {
  if (!file.path || !/\/(answers|concepts)\//.test(file.path)) return [];
  // Astro strips the frontmatter before compiling, so read it from the file itself.
  const frontmatter = parseFrontmatter(readFileSync(file.path, 'utf8'));
  const answer = frontmatter['answer'] as { concepts?: string[] } | undefined;
  const concept = frontmatter['concept'] as { related?: string[] } | undefined;
  return answer?.concepts ?? concept?.related ?? [];
}

function conceptOfHref(href: unknown, base: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  const path = href.startsWith(base) ? `/${href.slice(base.length)}` : href;
  return path.match(/^\/concepts\/([a-z0-9-]+)\/?/)?.[1];
}

/**
 * Links the first mention of each of a page's concepts to its concept page, wherever it is (the
 * owner's answer included: words stay exactly as written, only a link is added around them).
 * A concept an author already linked earlier on the page is left alone.
 */
export function rehypeConceptLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: Root, file: VFile) => {
    const all = loadMatchers();
    const pending = conceptsOf(file)
      .map((slug) => all.get(slug))
      .filter((m): m is ConceptMatcher => m !== undefined);
    if (pending.length === 0) return;

    const walk = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length && pending.length > 0; i++) {
        const child = parent.children[i];
        if (!child) continue;
        if (child.type === 'element') {
          const linked = child.tagName === 'a' ? conceptOfHref(child.properties?.['href'], base) : undefined;
          if (linked) {
            const index = pending.findIndex((m) => m.slug === linked);
            if (index !== -1) pending.splice(index, 1);
          }
          if (!SKIP.has(child.tagName)) walk(child);
        } else if (child.type === 'text') {
          const replaced = linkFirstMention(child, pending, base);
          if (replaced) {
            parent.children.splice(i, 1, ...replaced);
            i += replaced.length - 2; // continue with the text after the new link
          }
        } else if ('children' in child && Array.isArray(child.children)) {
          // MDX JSX elements (such as <OwnerAnswer>) hold ordinary hast children.
          walk(child as unknown as Element);
        }
      }
    };
    walk(tree);
  };
}

/** Splits a text node around the earliest mention of any pending concept, or returns undefined. */
function linkFirstMention(node: Text, pending: ConceptMatcher[], base: string): ElementContent[] | undefined {
  let best: { matcher: ConceptMatcher; index: number; length: number } | undefined;
  for (const matcher of pending) {
    const match = matcher.pattern.exec(node.value);
    if (match && (!best || match.index < best.index)) {
      best = { matcher, index: match.index, length: match[0].length };
    }
  }
  if (!best) return undefined;
  pending.splice(pending.indexOf(best.matcher), 1);
  const before = node.value.slice(0, best.index);
  const words = node.value.slice(best.index, best.index + best.length);
  const after = node.value.slice(best.index + best.length);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: `${base}concepts/${best.matcher.slug}/`, className: ['concept-link'] },
    children: [{ type: 'text', value: words }],
  };
  return [
    ...(before ? [{ type: 'text', value: before } as Text] : []),
    link,
    { type: 'text', value: after } as Text,
  ];
}
