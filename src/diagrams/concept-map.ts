import { themes } from '../data/themes.ts';
import type { ContentFile } from '../lib/content-files.ts';

/** The id of the generated diagram; its source is written to `diagrams/concept-map.mmd`. */
export const CONCEPT_MAP_ID = 'concept-map';

const nodeId = (kind: 'a' | 'c', slug: string) => `${kind}_${slug.replace(/-/g, '_')}`;
const label = (text: string) => text.replace(/"/g, '#quot;');
const firstNumber = (answers: readonly { theme: string; number: number }[], theme: string) =>
  Math.min(...answers.filter((a) => a.theme === theme).map((a) => a.number));

/**
 * Writes the concept map as Mermaid: answers grouped by theme, each linked to the concepts it uses,
 * every node a link. Generated from the content, so it never drifts from it.
 */
export function conceptMapSource(files: readonly ContentFile[]): string {
  const answers = files
    .filter((f) => f.id.startsWith('answers/') && f.frontmatter['answer'])
    .map((f) => {
      const meta = f.frontmatter['answer'] as {
        number: number;
        theme: string;
        shortTitle: string;
        concepts?: string[];
      };
      return { slug: f.id.slice('answers/'.length), ...meta, concepts: meta.concepts ?? [] };
    })
    .sort((a, b) => a.number - b.number);
  const concepts = files
    .filter((f) => f.id.startsWith('concepts/'))
    .map((f) => ({ slug: f.id.slice('concepts/'.length), title: String(f.frontmatter['title'] ?? f.id) }))
    .sort((a, b) => a.title.localeCompare(b.title));

  // Each concept sits with the theme whose answers use it most (ties: the earliest answer), so
  // most edges stay inside one group and the map reads group by group.
  const homeTheme = new Map<string, string>();
  for (const c of concepts) {
    const users = answers.filter((a) => a.concepts.includes(c.slug));
    const counts = new Map<string, number>();
    for (const a of users) counts.set(a.theme, (counts.get(a.theme) ?? 0) + 1);
    const best = [...counts.entries()].sort(
      (x, y) => y[1] - x[1] || firstNumber(users, x[0]) - firstNumber(users, y[0]),
    )[0];
    homeTheme.set(c.slug, best?.[0] ?? 'other');
  }

  const lines = [
    '%% caption: Every answer (left, grouped by theme) joined to the concepts it uses (right). Generated from the content by npm run diagrams; do not edit.',
    'flowchart LR',
    '  accTitle: Concept map',
    `  accDescr: ${answers.length} answers, grouped by theme, each connected to the concepts it relies on; ${concepts.length} concepts in all.`,
  ];
  // Declaration order guides the layout: answers theme by theme, then the concepts in the order of
  // their home theme, so most edges run straight across instead of criss-crossing the map.
  const groups = [...themes.map((t) => t.key), 'other'];
  for (const key of groups) {
    for (const a of answers.filter((x) => x.theme === key)) {
      lines.push(`  ${nodeId('a', a.slug)}[["Q${a.number}. ${label(a.shortTitle)}"]]`);
    }
  }
  for (const key of groups) {
    for (const c of concepts.filter((x) => homeTheme.get(x.slug) === key)) {
      lines.push(`  ${nodeId('c', c.slug)}["${label(c.title)}"]`);
    }
  }
  for (const a of answers) {
    for (const c of a.concepts) {
      if (concepts.some((k) => k.slug === c)) lines.push(`  ${nodeId('a', a.slug)} --> ${nodeId('c', c)}`);
    }
  }
  for (const a of answers)
    lines.push(
      `  click ${nodeId('a', a.slug)} href "/answers/${a.slug}/" "Q${a.number}. ${label(a.shortTitle)}"`,
    );
  for (const c of concepts)
    lines.push(`  click ${nodeId('c', c.slug)} href "/concepts/${c.slug}/" "${label(c.title)}"`);
  return `${lines.join('\n')}\n`;
}
