import { themes } from '../answers/index.ts';
import { visualClassLines, type DiagramGenerator } from '../diagrams/index.ts';
import { readContentFiles } from '../shared/content.ts';
import { conceptGraphFromFiles, type AnswerNode, type ConceptGraph } from './graph.ts';
import { projectRoot } from '../shared/project.ts';

/**
 * The concept map is one generated diagram per theme, `diagrams/concept-map-<theme>.mmd`: the
 * theme's answers on the left, each with the concepts it uses on its right. One map of all 14
 * answers and 44 concepts had 110 crossing edges and labels too small to read at page width; a
 * theme's map has a handful of answers and reads at its natural size, without a crossing.
 */
const CONCEPT_MAP_PREFIX = 'concept-map-';

export interface ConceptMap {
  /** Diagram id: `concept-map-<theme key>`. */
  id: string;
  themeKey: string;
  themeLabel: string;
  /** The Mermaid source, as written to `diagrams/<id>.mmd`. */
  source: string;
}

const nodeId = (kind: 'a' | 'c', slug: string) => `${kind}_${slug.replace(/-/g, '_')}`;
const label = (text: string) => text.replace(/"/g, '#quot;');

/** One map per theme that has answers, in the themes' reading order. Generated from the content. */
export function conceptMaps(graph: ConceptGraph): ConceptMap[] {
  const answers = [...graph.answers].sort((a, b) => a.number - b.number);
  const titles = new Map(graph.concepts.map((c) => [c.slug, c.title]));
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

function themeMapSource(theme: string, answers: AnswerNode[], titles: Map<string, string>): string {
  const concepts = [...new Set(answers.flatMap((a) => a.concepts))].filter((slug) => titles.has(slug));
  const answerWord = answers.length === 1 ? 'answer' : 'answers';
  const lines = [
    `%% caption: The ${theme} ${answerWord} (left) and the concepts each relies on (right).`,
    '%% Generated from the content by `npm run diagrams` (src/concepts/concept-map.ts): do not edit.',
    'flowchart LR',
    `  accTitle: Concept map: ${label(theme)}`,
    `  accDescr: ${answers.length} ${answerWord} in ${label(theme)} connected to the ${concepts.length} concepts they rely on.`,
  ];
  // Each answer with its own column of concepts, one answer under the other: a concept two answers
  // share is drawn once beside each, so no edge crosses another. Drawn once and linked to both, the
  // shared concepts of the Pipelines map crossed 51 edges, about as few as any order gives.
  const clicks: string[] = [];
  const classes: string[] = [];
  for (const a of answers) {
    const answer = nodeId('a', a.slug);
    const title = `Q${a.number}. ${a.shortTitle}`;
    lines.push(`  ${answer}[["${label(title)}"]]`);
    clicks.push(`  click ${answer} href "/answers/${a.slug}/" "${label(title)}"`);
    classes.push(...visualClassLines(answer, title));
    for (const c of a.concepts) {
      const conceptTitle = titles.get(c);
      if (conceptTitle === undefined) continue;
      const concept = `${nodeId('c', c)}_q${a.number}`;
      lines.push(`  ${answer} --> ${concept}["${label(conceptTitle)}"]`);
      clicks.push(`  click ${concept} href "/concepts/${c}/" "${label(conceptTitle)}"`);
      classes.push(...visualClassLines(concept, conceptTitle));
    }
  }
  return `${[...lines, ...clicks, ...classes].join('\n')}\n`;
}

/**
 * Whether a file in `diagrams/` is a generated concept map, current or left over from older
 * content (a removed theme, or the single `concept-map.mmd` of earlier versions).
 */
export const isConceptMapFile = (name: string) =>
  name.endsWith('.mmd') && (name === 'concept-map.mmd' || name.startsWith(CONCEPT_MAP_PREFIX));

/**
 * The concept maps as generated diagram sources (see `src/diagrams/generated.ts`), from the content
 * on disk: `npm run diagrams` writes them, the build fails when they no longer match.
 */
export function conceptMapGenerator(root = projectRoot()): DiagramGenerator {
  return {
    name: 'concept map',
    owns: isConceptMapFile,
    generate: () =>
      new Map(
        conceptMaps(conceptGraphFromFiles(readContentFiles(root))).map((m) => [`${m.id}.mmd`, m.source]),
      ),
  };
}
