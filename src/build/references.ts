import { parseAnnotations, type DiagramSource } from '../diagrams/index.ts';
import type { ContentFile } from '../shared/content.ts';
import { lineOfKey, lineOfWord, type Problem } from '../shared/problems.ts';
import { pagePath } from '../shared/urls.ts';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const DIAGRAM_TAG = /<Diagram\s+[^>]*id=["']([^"']+)["']/g;

/**
 * Cross-checks between pages and diagrams that a schema cannot do on its own: every concept,
 * answer and diagram a page names exists, and every link a diagram node carries leads to a page.
 * Returns every problem found, each at the line that names the missing thing.
 */
export function checkReferences(
  files: readonly ContentFile[],
  diagrams: readonly DiagramSource[],
): Problem[] {
  const ids = new Set(files.map((f) => f.id));
  const paths = new Set(files.map((f) => pagePath(f.id)));
  const diagramIds = new Set(diagrams.map((d) => d.id));
  const problems: Problem[] = [];

  const expect = (file: ContentFile, key: string, names: string[], folder: string, what: string) => {
    const keyLine = lineOfKey(file.source, key);
    for (const name of names.filter((n) => !ids.has(`${folder}/${n}`))) {
      problems.push({
        position: { file: file.file, line: lineOfWord(file.source, name, keyLine) },
        message: `unknown ${what} "${name}" in ${key}: no src/content/docs/${folder}/${name}.mdx`,
      });
    }
  };

  for (const file of files) {
    const answer = file.frontmatter['answer'] as Record<string, unknown> | undefined;
    const concept = file.frontmatter['concept'] as Record<string, unknown> | undefined;
    if (answer) {
      expect(file, 'concepts', stringList(answer['concepts']), 'concepts', 'concept');
      expect(file, 'related', stringList(answer['related']), 'answers', 'answer');
      const keyLine = lineOfKey(file.source, 'diagrams');
      for (const name of stringList(answer['diagrams']).filter((n) => !diagramIds.has(n))) {
        problems.push({
          position: { file: file.file, line: lineOfWord(file.source, name, keyLine) },
          message: `unknown diagram "${name}" in diagrams: no diagrams/${name}.mmd`,
        });
      }
    }
    if (concept) expect(file, 'related', stringList(concept['related']), 'concepts', 'concept');

    file.source.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(DIAGRAM_TAG)) {
        const name = match[1] ?? '';
        if (!diagramIds.has(name)) {
          problems.push({
            position: { file: file.file, line: index + 1 },
            message: `<Diagram id="${name}" />: no diagrams/${name}.mmd`,
          });
        }
      }
    });
  }

  for (const diagram of diagrams) {
    for (const { node, slugs, line } of parseAnnotations(diagram.file, diagram.text).annotations.answers) {
      for (const slug of slugs.filter((s) => !ids.has(`answers/${s}`))) {
        problems.push({
          position: { file: diagram.file, line },
          message: `node "${node}" names answer "${slug}": no src/content/docs/answers/${slug}.mdx`,
        });
      }
    }
    for (const link of diagram.links.filter((l) => !paths.has(l.href.replace(/#.*$/, '')))) {
      problems.push({
        position: { file: diagram.file, line: link.line },
        message: `node "${link.node}" links to ${link.href}, which is not a page`,
      });
    }
  }
  return problems;
}

/** The diagram ids a page shows with `<Diagram id="..." />`. */
export function diagramsOnPage(file: ContentFile): string[] {
  return [...file.source.matchAll(DIAGRAM_TAG)].map((match) => match[1] ?? '');
}
