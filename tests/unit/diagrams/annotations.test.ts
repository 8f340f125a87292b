import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  annotationProblems,
  mermaidSource,
  parseAnnotations,
  stepEdges,
  type DiagramGraph,
} from '../../../src/diagrams/annotations.ts';
import { withEntityCharacters } from '../../../src/diagrams/render.ts';

const FILE = 'diagrams/flow.mmd';
const source = [
  '%% caption: A flow.',
  'flowchart LR',
  '  a --> b --> c',
  '%% note b: The middle box.',
  '%% step [a, a->b]: First, a feeds b.',
  '%% step [c, #2]: Then b feeds c.',
  '%% answers c: end-to-end-data-pipeline, spark-performance-and-cost',
].join('\n');

const graph: DiagramGraph = {
  nodes: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
  ],
  edges: [
    { from: 'a', to: 'b', label: '' },
    { from: 'b', to: 'c', label: '' },
  ],
};

describe('diagram annotations', () => {
  const { annotations, problems } = parseAnnotations(FILE, source);

  it('reads notes, steps in file order and answers lines, each with its line', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(annotations.notes, [{ node: 'b', text: 'The middle box.', line: 4 }]);
    assert.deepEqual(
      annotations.steps.map((s) => [s.line, s.caption, s.nodes, s.edges, s.numbered]),
      [
        [5, 'First, a feeds b.', ['a'], [{ from: 'a', to: 'b' }], []],
        [6, 'Then b feeds c.', ['c'], [], [2]],
      ],
    );
    assert.deepEqual(annotations.answers, [
      { node: 'c', slugs: ['end-to-end-data-pipeline', 'spark-performance-and-cost'], line: 7 },
    ]);
  });

  it('gives each step the indexes of the edges it highlights', () => {
    assert.deepEqual(
      annotations.steps.map((s) => stepEdges(s, graph)),
      [[0], [1]],
    );
  });

  it('accepts annotations that name what the diagram has', () => {
    assert.deepEqual(annotationProblems(FILE, annotations, graph), []);
  });

  it('names the file and line of a step or note that names a node, an edge or a message the diagram lacks', () => {
    const bad = parseAnnotations(FILE, '%% note z: No such box.\n%% step [a, c->a, #3]: Wrong.').annotations;
    assert.deepEqual(
      annotationProblems(FILE, bad, graph).map((p) => `${p.position.file}:${p.position.line} ${p.message}`),
      [
        'diagrams/flow.mmd:1 a note names node "z", which the diagram does not have (its nodes: a, b, c)',
        'diagrams/flow.mmd:2 a step names the edge c->a, which the diagram does not draw',
        'diagrams/flow.mmd:2 a step names #3, but the diagram has 2 edges or messages',
      ],
    );
  });

  it('says how to write an annotation it cannot read', () => {
    const { problems: unreadable } = parseAnnotations(
      FILE,
      '%% step a, b: no brackets\n%% note : nobody\n%% step [a b]: x',
    );
    assert.deepEqual(
      unreadable.map((p) => `${p.position.line} ${p.message}`),
      [
        '1 a step is written "%% step [node, from->to, #n]: one-line caption"',
        '2 a note is written "%% note <node id>: one or two sentences"',
        '3 step target "a b" is not a node id, an edge "from->to" or a number "#n"',
        '3 a step must name at least one node or edge to highlight',
      ],
    );
  });
});

describe("Mermaid's entity codes", () => {
  it('become the characters they stand for before rendering, where a label can hold them', () => {
    assert.equal(withEntityCharacters('q["a#160;=#160;b"]'), 'q["a\u00a0=\u00a0b"]');
    assert.equal(withEntityCharacters('q["dash #8212; here"]'), 'q["dash \u2014 here"]');
  });
  it('stay as codes where the character would end the label or the statement, and in comments', () => {
    assert.equal(
      withEntityCharacters('q["say #quot;hi#quot; #35; #59;"]'),
      'q["say #quot;hi#quot; #35; #59;"]',
    );
    assert.equal(withEntityCharacters('%% note q: keep #160; here'), '%% note q: keep #160; here');
  });
});

describe('the source a page shows', () => {
  it('is Mermaid’s text without the notes, steps and answers the page shows already', () => {
    const text = [
      '%% caption: A flow.',
      'flowchart LR',
      '  a --> b',
      '  class a storage',
      '%% note a: What a is.',
      '%% step [a, a->b]: a feeds b.',
      '%% answers a: end-to-end-data-pipeline',
      '',
    ].join('\n');
    assert.equal(mermaidSource(text), '%% caption: A flow.\nflowchart LR\n  a --> b\n  class a storage\n');
  });
});
