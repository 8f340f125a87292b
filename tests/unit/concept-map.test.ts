import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptMapChanges, conceptMaps } from '../../src/diagrams/concept-map.ts';
import { parseDiagramSource } from '../../src/diagrams/source.ts';
import type { ContentFile } from '../../src/lib/content-files.ts';

function answer(slug: string, number: number, theme: string, concepts: string[]): ContentFile {
  return {
    file: `src/content/docs/answers/${slug}.mdx`,
    id: `answers/${slug}`,
    source: '',
    frontmatter: { title: `${slug}?`, answer: { number, theme, shortTitle: `Short ${slug}`, concepts } },
  };
}

function concept(slug: string, title: string): ContentFile {
  return {
    file: `src/content/docs/concepts/${slug}.mdx`,
    id: `concepts/${slug}`,
    source: '',
    frontmatter: { title },
  };
}

const content = [
  answer('tuning', 3, 'spark', ['shuffle', 'skew']),
  answer('pipeline', 1, 'pipelines', ['shuffle', 'dag']),
  answer('wide', 4, 'spark', ['shuffle']),
  concept('shuffle', 'Shuffle'),
  concept('skew', 'Data "skew"'),
  concept('dag', 'DAG'),
  concept('unused', 'Unused'),
];

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
    assert.match(spark.source, /a_wide --> c_shuffle/);
    assert.match(spark.source, /click c_skew href "\/concepts\/skew\/" "Data #quot;skew#quot;"/);
    assert.match(spark.source, /click a_tuning href "\/answers\/tuning\/"/);
  });

  it('shows a concept used in two themes in both maps', () => {
    for (const map of conceptMaps(content)) assert.match(map.source, /c_shuffle\["Shuffle"\]/);
  });

  it('writes only maps that are missing or differ, and removes maps no theme needs any more', () => {
    const [pipelines, spark] = conceptMaps(content);
    assert.ok(pipelines && spark);
    const existing = new Map([
      ['concept-map-pipelines.mmd', pipelines.source],
      ['concept-map-spark.mmd', 'old text'],
      ['concept-map-sql.mmd', 'a theme with no answers now'],
      ['concept-map.mmd', 'the single map of earlier versions'],
    ]);
    const changes = conceptMapChanges(content, existing);
    assert.deepEqual(
      changes.write.map((m) => m.id),
      ['concept-map-spark'],
    );
    assert.deepEqual(changes.remove, ['concept-map-sql.mmd', 'concept-map.mmd']);
  });
});
