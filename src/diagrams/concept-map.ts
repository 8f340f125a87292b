import { readdirSync, readFileSync } from 'node:fs';
import { themes } from '../data/themes.ts';
import type { ContentFile } from '../lib/content-files.ts';

/**
 * The concept map is one generated diagram per theme, `diagrams/concept-map-<theme>.mmd`: the
 * theme's answers on the left, the concepts they use on the right. One map of all 14 answers and
 * 44 concepts had 110 crossing edges and labels too small to read at page width; a theme's map
 * has a handful of answers and reads at its natural size.
 */
export const CONCEPT_MAP_PREFIX = 'concept-map-';

export interface ConceptMap {
  /** Diagram id: `concept-map-<theme key>`. */
  id: string;
  themeKey: string;
  themeLabel: string;
  /** The Mermaid source, as written to `diagrams/<id>.mmd`. */
  source: string;
}

interface MapAnswer {
  slug: string;
  number: number;
  theme: string;
  shortTitle: string;
  concepts: string[];
}

const nodeId = (kind: 'a' | 'c', slug: string) => `${kind}_${slug.replace(/-/g, '_')}`;
const label = (text: string) => text.replace(/"/g, '#quot;');

function readAnswers(files: readonly ContentFile[]): MapAnswer[] {
  return files
    .filter((f) => f.id.startsWith('answers/') && f.frontmatter['answer'])
    .map((f) => {
      const meta = f.frontmatter['answer'] as Omit<MapAnswer, 'slug' | 'concepts'> & { concepts?: string[] };
      return { slug: f.id.slice('answers/'.length), ...meta, concepts: meta.concepts ?? [] };
    })
    .sort((a, b) => a.number - b.number);
}

function readConceptTitles(files: readonly ContentFile[]): Map<string, string> {
  return new Map(
    files
      .filter((f) => f.id.startsWith('concepts/'))
      .map((f) => [f.id.slice('concepts/'.length), String(f.frontmatter['title'] ?? f.id)]),
  );
}

/** One map per theme that has answers, in the themes' reading order. Generated from the content. */
export function conceptMaps(files: readonly ContentFile[]): ConceptMap[] {
  const answers = readAnswers(files);
  const titles = readConceptTitles(files);
  return themes.flatMap((theme) => {
    const members = answers.filter((a) => a.theme === theme.key);
    if (members.length === 0) return [];
    return [
      {
        id: `${CONCEPT_MAP_PREFIX}${theme.key}`,
        themeKey: theme.key,
        themeLabel: theme.label,
        source: themeMapSource(theme.label, members, titles),
      },
    ];
  });
}

function themeMapSource(theme: string, answers: MapAnswer[], titles: Map<string, string>): string {
  // Concepts in the order the answers first use them, so edges from each answer stay together.
  const concepts = [...new Set(answers.flatMap((a) => a.concepts))].filter((slug) => titles.has(slug));
  const answerWord = answers.length === 1 ? 'answer' : 'answers';
  const lines = [
    `%% caption: The ${theme} ${answerWord} (left) and the concepts each relies on (right).`,
    '%% Generated from the content by `npm run diagrams` (src/diagrams/concept-map.ts): do not edit.',
    'flowchart LR',
    `  accTitle: Concept map: ${label(theme)}`,
    `  accDescr: ${answers.length} ${answerWord} in ${label(theme)} connected to the ${concepts.length} concepts they rely on.`,
  ];
  for (const a of answers) lines.push(`  ${nodeId('a', a.slug)}[["Q${a.number}. ${label(a.shortTitle)}"]]`);
  for (const c of concepts) lines.push(`  ${nodeId('c', c)}["${label(titles.get(c) ?? c)}"]`);
  for (const a of answers) {
    for (const c of a.concepts)
      if (titles.has(c)) lines.push(`  ${nodeId('a', a.slug)} --> ${nodeId('c', c)}`);
  }
  for (const a of answers) {
    lines.push(
      `  click ${nodeId('a', a.slug)} href "/answers/${a.slug}/" "Q${a.number}. ${label(a.shortTitle)}"`,
    );
  }
  for (const c of concepts) {
    lines.push(`  click ${nodeId('c', c)} href "/concepts/${c}/" "${label(titles.get(c) ?? c)}"`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Whether a file in `diagrams/` is a generated concept map, current or left over from older
 * content (a removed theme, or the single `concept-map.mmd` of earlier versions).
 */
export const isConceptMapFile = (name: string) =>
  name.endsWith('.mmd') && (name === 'concept-map.mmd' || name.startsWith(CONCEPT_MAP_PREFIX));

/**
 * What `diagrams/` must change to match the content: maps to write (new or different) and
 * generated maps to delete. `existing` maps a file name in `diagrams/` to its text.
 */
export function conceptMapChanges(
  files: readonly ContentFile[],
  existing: ReadonlyMap<string, string>,
): { write: ConceptMap[]; remove: string[] } {
  const maps = conceptMaps(files);
  const wanted = new Set(maps.map((m) => `${m.id}.mmd`));
  return {
    write: maps.filter((m) => existing.get(`${m.id}.mmd`) !== m.source),
    remove: [...existing.keys()].filter((name) => isConceptMapFile(name) && !wanted.has(name)),
  };
}

/** The generated concept maps now in `diagrams/`, file name to text. */
export function readConceptMapFiles(dir = 'diagrams'): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter(isConceptMapFile)
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')] as const),
  );
}
