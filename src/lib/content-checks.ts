import type { DiagramSource } from '../diagrams/source.ts';
import type { ContentFile } from './content-files.ts';
import { pathOfId } from './content-files.ts';
import type { SourcePosition } from './source-position.ts';

export interface Problem {
  position: SourcePosition;
  message: string;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** 1-based line of the first line at or after `fromLine` that mentions `needle` as a whole word. */
function lineOf(source: string, needle: string, fromLine = 1): number {
  const lines = source.split('\n');
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\w-])${escaped}([^\\w-]|$)`);
  for (let i = fromLine - 1; i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
  return fromLine;
}

function lineOfKey(source: string, key: string): number {
  const index = source.split('\n').findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index + 1 || 1;
}

/**
 * Cross-checks that a schema cannot do on its own: answer numbers are unique, every concept, answer
 * and diagram a page names exists, and every link a diagram node carries leads to a page. Returns
 * every problem found.
 */
export function checkReferences(
  files: readonly ContentFile[],
  diagrams: readonly DiagramSource[],
): Problem[] {
  const ids = new Set(files.map((f) => f.id));
  const paths = new Set(files.map((f) => pathOfId(f.id)));
  const diagramIds = new Set(diagrams.map((d) => d.id));
  const problems: Problem[] = [];

  const expect = (file: ContentFile, key: string, names: string[], folder: string, what: string) => {
    const keyLine = lineOfKey(file.source, key);
    for (const name of names) {
      if (!ids.has(`${folder}/${name}`)) {
        problems.push({
          position: { file: file.file, line: lineOf(file.source, name, keyLine) },
          message: `unknown ${what} "${name}" in ${key}: no src/content/docs/${folder}/${name}.mdx`,
        });
      }
    }
  };

  const numbers = new Map<number, ContentFile>();
  for (const file of files) {
    const answer = file.frontmatter['answer'] as Record<string, unknown> | undefined;
    const number = answer?.['number'];
    if (typeof number === 'number') {
      const first = numbers.get(number);
      if (first) {
        problems.push({
          position: { file: file.file, line: lineOfKey(file.source, 'number') },
          message: `duplicate answer number ${number}: ${first.file} has it too`,
        });
      } else numbers.set(number, file);
    }
  }

  for (const file of files) {
    const answer = file.frontmatter['answer'] as Record<string, unknown> | undefined;
    const concept = file.frontmatter['concept'] as Record<string, unknown> | undefined;
    if (answer) {
      expect(file, 'concepts', stringList(answer['concepts']), 'concepts', 'concept');
      expect(file, 'related', stringList(answer['related']), 'answers', 'answer');
      const keyLine = lineOfKey(file.source, 'diagrams');
      for (const name of stringList(answer['diagrams'])) {
        if (!diagramIds.has(name)) {
          problems.push({
            position: { file: file.file, line: lineOf(file.source, name, keyLine) },
            message: `unknown diagram "${name}" in diagrams: no diagrams/${name}.mmd`,
          });
        }
      }
    }
    if (concept) expect(file, 'related', stringList(concept['related']), 'concepts', 'concept');

    file.source.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/<Diagram\s+[^>]*id=["']([^"']+)["']/g)) {
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
    for (const link of diagram.links) {
      const path = link.href.replace(/#.*$/, '');
      if (!paths.has(path)) {
        problems.push({
          position: { file: diagram.file, line: link.line },
          message: `node "${link.node}" links to ${link.href}, which is not a page`,
        });
      }
    }
  }
  return problems;
}
