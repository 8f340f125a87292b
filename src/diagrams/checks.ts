import type { Problem } from '../shared/problems.ts';
import { mermaidVersion, readDiagramSources, staleDiagrams, DIAGRAMS_DIR } from './cache.ts';
import { generatedProblems, type DiagramGenerator } from './generated.ts';

/**
 * What must hold before a build: generated sources match their input, and every diagram has a
 * current render in `diagrams/rendered/` (the build never starts a browser to make one).
 */
export function diagramProblems(generators: readonly DiagramGenerator[], root = '.'): Problem[] {
  const stale = staleDiagrams(readDiagramSources(root), mermaidVersion(root), root);
  return [
    ...generatedProblems(generators, root),
    ...stale.map((source) => ({
      position: { file: source.file, line: 1 },
      message: `its render in ${DIAGRAMS_DIR}/rendered/ is missing or out of date: run \`npm run diagrams\``,
    })),
  ];
}
