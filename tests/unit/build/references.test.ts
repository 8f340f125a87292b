import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReferences } from '../../../src/build/references.ts';
import { parseDiagramSource } from '../../../src/diagrams/source.ts';
import { parseFrontmatter, type ContentFile } from '../../../src/shared/content.ts';

function page(id: string, source: string): ContentFile {
  return { file: `src/content/docs/${id}.mdx`, id, source, frontmatter: parseFrontmatter(source), body: '' };
}

const answer = page(
  'answers/one',
  [
    '---',
    'title: "One?"',
    'answer:',
    '  number: 1',
    '  concepts: [shuffle, no-such-concept]',
    '  related: [two]',
    '  diagrams: [flow]',
    '---',
    '',
    '<Diagram id="flow" />',
    '<Diagram id="ghost" />',
  ].join('\n'),
);
const concept = page(
  'concepts/shuffle',
  '---\ntitle: Shuffle\nconcept:\n  definition: "x"\n  related: [skew]\n---\n',
);
const diagram = parseDiagramSource(
  'flow',
  'diagrams/flow.mmd',
  '%% caption: c\nflowchart LR\n  accTitle: t\n  accDescr: d\n  a --> b\n  click b href "/concepts/gone/" "Gone"',
);

describe('content cross-checks', () => {
  it('reports every unknown concept, answer and diagram, and dead diagram links, with file and line', () => {
    assert.deepEqual(
      checkReferences([answer, concept], [diagram]).map(
        (p) => `${p.position.file}:${p.position.line} ${p.message}`,
      ),
      [
        'src/content/docs/answers/one.mdx:5 unknown concept "no-such-concept" in concepts: no src/content/docs/concepts/no-such-concept.mdx',
        'src/content/docs/answers/one.mdx:6 unknown answer "two" in related: no src/content/docs/answers/two.mdx',
        'src/content/docs/answers/one.mdx:11 <Diagram id="ghost" />: no diagrams/ghost.mmd',
        'src/content/docs/concepts/shuffle.mdx:5 unknown concept "skew" in related: no src/content/docs/concepts/skew.mdx',
        'diagrams/flow.mmd:6 node "b" links to /concepts/gone/, which is not a page',
      ],
    );
  });
});
