import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptMaps, isConceptMapFile } from '../../../src/concepts/concept-map.ts';
import type { AnswerNode, ConceptGraph, ConceptNode } from '../../../src/concepts/graph.ts';
import { parseDiagramSource } from '../../../src/diagrams/source.ts';

const answer = (slug: string, number: number, theme: string, concepts: string[]): AnswerNode => ({
  slug,
  number,
  question: `${slug}?`,
  shortTitle: `Short ${slug}`,
  theme,
  concepts,
  related: [],
});

const concept = (slug: string, title: string): ConceptNode => ({
  slug,
  title,
  definition: `${title} is.`,
  aliases: [],
  related: [],
});

const content: ConceptGraph = {
  answers: [
    answer('tuning', 3, 'spark', ['shuffle', 'skew']),
    answer('pipeline', 1, 'pipelines', ['shuffle', 'dag']),
    answer('wide', 4, 'spark', ['shuffle']),
  ],
  concepts: [
    concept('shuffle', 'Shuffle'),
    concept('skew', 'Data "skew"'),
    concept('dag', 'DAG'),
    concept('unused', 'Unused'),
  ],
};

describe('the concept map', () => {
  it('is one diagram per theme that has answers, in the themes’ reading order', () => {
    assert.deepEqual(
      conceptMaps(content).map((m) => m.id),
      ['concept-map-pipelines', 'concept-map-spark'],
    );
  });

  it("shows a theme's answers and every concept they use, each a link", () => {
    const spark = conceptMaps(content).find((m) => m.themeKey === 'spark');
    assert.ok(spark);
    const parsed = parseDiagramSource(spark.id, 'diagrams/concept-map-spark.mmd', spark.source);
    assert.equal(parsed.caption, 'The Spark answers (left) and the concepts each relies on (right).');
    assert.match(spark.source, /a_tuning\[\["Q3\. Short tuning"\]\]/);
    assert.match(spark.source, /a_wide\[\["Q4\. Short wide"\]\]/);
    assert.doesNotMatch(spark.source, /pipeline|c_dag|c_unused/);
    assert.match(spark.source, /a_wide --> c_shuffle_q4\["Shuffle"\]/);
    assert.match(spark.source, /click c_skew_q3 href "\/concepts\/skew\/" "Data #quot;skew#quot;"/);
    assert.match(spark.source, /click a_tuning href "\/answers\/tuning\/"/);
  });

  it('shows a concept used in two themes in both maps', () => {
    for (const map of conceptMaps(content)) assert.match(map.source, /c_shuffle_q\d+\["Shuffle"\]/);
  });

  it('draws a concept two answers share beside each of them, so no edge crosses another', () => {
    const spark = conceptMaps(content).find((m) => m.themeKey === 'spark');
    assert.ok(spark);
    const edges = [...spark.source.matchAll(/^ {2}(\w+) --> (\w+)\[/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(edges, [
      ['a_tuning', 'c_shuffle_q3'],
      ['a_tuning', 'c_skew_q3'],
      ['a_wide', 'c_shuffle_q4'],
    ]);
    // Each concept box has one edge: the drawing is a column of stars.
    assert.equal(new Set(edges.map(([, to]) => to)).size, edges.length);
  });

  it('gives a box naming a product its icon', () => {
    const graph: ConceptGraph = {
      answers: [answer('airflow', 10, 'pipelines', ['dag'])],
      concepts: [concept('dag', 'DAG (Airflow)')],
    };
    const [map] = conceptMaps(graph);
    assert.match(map?.source ?? '', /^ {2}class c_dag_q10 icon-airflow$/m);
  });

  it('owns its current files and those left over from older content', () => {
    for (const name of ['concept-map-spark.mmd', 'concept-map-sql.mmd', 'concept-map.mmd'])
      assert.ok(isConceptMapFile(name), name);
    for (const name of ['pipeline-end-to-end.mmd', 'concept-map-spark.json'])
      assert.ok(!isConceptMapFile(name), name);
  });
});
