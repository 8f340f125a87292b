import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseFrontmatter, readContentFiles } from '../shared/content.ts';
import { readSource } from '../shared/problems.ts';
import { withBase, withoutBase } from '../shared/urls.ts';
import { conceptGraphFromFiles } from './graph.ts';
import { conceptTerms, termsPattern } from './terms.ts';

interface ConceptMatcher {
  slug: string;
  pattern: RegExp;
}

/** Elements whose text is never turned into a link. */
const SKIP_TAGS = new Set([
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

/** One matcher per concept page, built once per process from the content on disk. */
function loadMatchers(): Map<string, ConceptMatcher> {
  matchers ??= new Map(
    conceptGraphFromFiles(readContentFiles()).concepts.map((concept) => [
      concept.slug,
      { slug: concept.slug, pattern: termsPattern(conceptTerms(concept.title, concept.aliases)) },
    ]),
  );
  return matchers;
}

/** The concepts a page links on first mention: an answer's `concepts`, a concept's `related`. */
function conceptsOf(file: VFile): string[] {
  if (!file.path || !/\/(answers|concepts)\//.test(file.path)) return [];
  // Astro strips the frontmatter before compiling, so read it from the file itself.
  const frontmatter = parseFrontmatter(readSource(file.path));
  const answer = frontmatter['answer'] as { concepts?: string[] } | undefined;
  const concept = frontmatter['concept'] as { related?: string[] } | undefined;
  return answer?.concepts ?? concept?.related ?? [];
}

function conceptOfHref(href: unknown, base: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  return withoutBase(href, base).match(/^\/concepts\/([a-z0-9-]+)\/?/)?.[1];
}

/**
 * Links the first mention of each of a page's concepts to its concept page, wherever it is (the
 * owner's answer included: words stay exactly as written, only a link is added around them).
 * A concept an author already linked earlier on the page is left alone.
 */
export function rehypeConceptLinks(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    const all = loadMatchers();
    const pending = conceptsOf(file)
      .map((slug) => all.get(slug))
      .filter((m): m is ConceptMatcher => m !== undefined);
    if (pending.length === 0) return;

    // MDX JSX elements (such as <OwnerAnswer>) hold ordinary hast children: `visit` walks them too.
    visit(tree, (node, index, parent) => {
      if (pending.length === 0) return false;
      if (node.type === 'element') {
        const linked =
          node.tagName === 'a' ? conceptOfHref(node.properties['href'], options.base) : undefined;
        if (linked) {
          const at = pending.findIndex((m) => m.slug === linked);
          if (at !== -1) pending.splice(at, 1);
        }
        return SKIP_TAGS.has(node.tagName) ? SKIP : undefined;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const replaced = linkFirstMention(node, pending, options.base);
      if (!replaced) return undefined;
      parent.children.splice(index, 1, ...(replaced as typeof parent.children));
      // Continue with the text after the new link: it may mention another concept.
      return index + replaced.length - 1;
    });
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
    properties: { href: withBase(`/concepts/${best.matcher.slug}/`, base), className: ['concept-link'] },
    children: [{ type: 'text', value: words }],
  };
  return [
    ...(before ? [{ type: 'text', value: before } as Text] : []),
    link,
    { type: 'text', value: after } as Text,
  ];
}
