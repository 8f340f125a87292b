import type { Problem } from '../shared/problems.ts';
import { annotationProblems, parseAnnotations } from './annotations.ts';
import { DIAGRAMS_DIR, mermaidVersion, readDiagramSources, readRendered, staleDiagrams } from './cache.ts';
import { generatedProblems, type DiagramGenerator } from './generated.ts';
import type { DiagramSource } from './source.ts';
import { visualProblems } from './visual.ts';
import { projectRoot } from '../shared/project.ts';

/**
 * Notes, steps and answers lines that cannot be read, or that name a node, an edge or a message
 * the rendered diagram does not have; and boxes that break the visual language (a product without
 * its icon, a layer without its colour: visual.ts). Each at its line of the `.mmd` file.
 */
export function annotationProblemsOf(
  source: DiagramSource,
  graph = readRendered(source.id)?.graph,
): Problem[] {
  const { annotations, problems } = parseAnnotations(source.file, source.text);
  if (!graph) return problems;
  const visual = visualProblems(source.text, source.kind, graph.nodes).map(({ line, message }) => ({
    position: { file: source.file, line },
    message,
  }));
  return [...problems, ...annotationProblems(source.file, annotations, graph), ...visual];
}

/**
 * What must hold before a build: generated sources match their input, every diagram has a current
 * render in `diagrams/rendered/` (the build never starts a browser to make one), and every note
 * and step names what its diagram has.
 */
export function diagramProblems(generators: readonly DiagramGenerator[], root = projectRoot()): Problem[] {
  const sources = readDiagramSources(root);
  const stale = new Set(staleDiagrams(sources, mermaidVersion(root), root).map((s) => s.id));
  return [
    ...generatedProblems(generators, root),
    ...sources.flatMap((source) =>
      stale.has(source.id)
        ? [
            {
              position: { file: source.file, line: 1 },
              message: `its render in ${DIAGRAMS_DIR}/rendered/ is missing or out of date: run \`npm run diagrams\``,
            },
          ]
        : annotationProblemsOf(source, readRendered(source.id, root)?.graph),
    ),
  ];
}
