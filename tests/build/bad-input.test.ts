import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FixtureProject, type BuildResult } from '../support/fixture-project.ts';

// The bad-input matrix. Each case breaks a copy of the project; the build (or the diagram
// renderer) must fail naming the file and the line, and publish nothing. Cases are grouped by the
// phase of the build that reports them, and each phase reports every problem at once, so one
// build per phase covers all of its cases.

const projects: FixtureProject[] = [];
after(() => projects.forEach((p) => p.dispose()));
function project(name: string): FixtureProject {
  const p = new FixtureProject(name);
  projects.push(p);
  return p;
}

const SPARK = 'src/content/docs/answers/spark-performance-and-cost.mdx';
const SYNONYMS = 'src/search/synonyms.ts';
const spark = readFileSync(SPARK, 'utf8');
/** The 1-based line of `text` in `source`. */
const lineIn = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
/** A new answer page; `fields` are the lines of its `answer:` block. */
const answerPage = (fields: string[]) =>
  [
    '---',
    'title: "An extra question?"',
    'description: "One line."',
    'answer:',
    ...fields,
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

function assertFailed(result: BuildResult): void {
  assert.notEqual(result.status, 0, 'the build must fail');
  assert.equal(result.distExists, false, 'a failed build must not leave dist/');
}

const KEY_POINTS = [
  '  keyPoints:',
  '    - "One idea to tick"',
  '    - "Another idea to tick"',
  '    - "A third idea"',
  '  reviewed:',
  '    date: 2026-12-01',
  "    versions: { spark: '4.2' }",
];

describe('frontmatter that fails the schema (Astro content layer)', () => {
  const p = project('schema');
  // Astro stops at the first page its schema rejects, so one page carries every schema case.
  const extra = answerPage([
    '  number: 3',
    '  shortTitle: "Extra"',
    '  keyPoints: []',
    '  reviewed:',
    '    date: last spring',
    "    versions: { spark: '4.2' }",
  ]);
  p.write('src/content/docs/answers/extra.mdx', extra);
  let result: BuildResult;
  before(() => {
    result = p.build();
  });

  it('fails and publishes nothing', () => assertFailed(result));
  it('names the file, the line of the block and the missing field', () => {
    assert.match(
      result.output,
      /src\/content\/docs\/answers\/extra\.mdx:4 {2}answer\.theme: "answer\.theme" must be one of/,
    );
  });
  it('an empty list of key points: names the file and the line of the list', () => {
    assert.match(
      result.output,
      new RegExp(
        `src/content/docs/answers/extra\\.mdx:${lineIn(extra, 'keyPoints')} {2}answer\\.keyPoints: "answer\\.keyPoints" needs 3 to 6 key points, one checkable idea each`,
      ),
    );
  });
  it('a malformed review date: names the file, the line of the date and the field', () => {
    assert.match(
      result.output,
      new RegExp(
        `src/content/docs/answers/extra\\.mdx:${lineIn(extra, 'date: last spring')} {2}answer\\.reviewed\\.date: "answer\\.reviewed\\.date" must be a date written YYYY-MM-DD`,
      ),
    );
  });
});

describe('a number out of range (Astro content layer)', () => {
  const p = project('number-range');
  p.write(SPARK, spark.replace('number: 3', 'number: 15'));
  let result: BuildResult;
  before(() => {
    result = p.build();
  });

  it('names the file and the line of the number', () => {
    assertFailed(result);
    assert.match(
      result.output,
      /spark-performance-and-cost\.mdx:5 {2}answer\.number: "answer\.number" must be a whole number from 1 to 14/,
    );
  });
});

describe('content that refers to what does not exist (content checks, before the build)', () => {
  const p = project('references');
  p.write(
    'src/content/docs/answers/extra.mdx',
    answerPage(['  number: 3', '  theme: spark', '  shortTitle: "Extra"', ...KEY_POINTS]),
  );
  const broken = spark
    .replace('concepts: [physical-plan,', 'concepts: [no-such-concept, physical-plan,')
    .replace(
      '## Pitfalls',
      [
        '<Diagram id="no-such-diagram" />',
        '',
        '```python title="notebooks/append_orders.py"',
        'late.write.mode("append").saveAsTable("silver.orders")',
        'spark.read.table("silver.order_lines")',
        '```',
        '',
        '## Pitfalls',
      ].join('\n'),
    );
  p.write(SPARK, broken);
  const synonyms = readFileSync(SYNONYMS, 'utf8');
  p.write(
    SYNONYMS,
    synonyms.replace("'concepts/materialised-aggregates':", "'concepts/materialized-aggregates':"),
  );
  let result: BuildResult;
  before(() => {
    result = p.build();
  });

  it('fails and publishes nothing', () => assertFailed(result));
  it('a duplicate answer number: names both files and the line of the number', () => {
    assert.match(
      result.output,
      /answers\/(extra|spark-performance-and-cost)\.mdx:\d+ {2}duplicate answer number 3: .*answers\/(extra|spark-performance-and-cost)\.mdx has it too/,
    );
  });
  it('an unknown concept: names the file, the line and the concept', () => {
    const line = lineIn(broken, 'no-such-concept');
    assert.match(
      result.output,
      new RegExp(`spark-performance-and-cost\\.mdx:${line} {2}unknown concept "no-such-concept" in concepts`),
    );
  });
  it('a missing diagram: names the page and the line of the <Diagram> tag', () => {
    const line = lineIn(broken, 'no-such-diagram');
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}<Diagram id="no-such-diagram" />: no diagrams/no-such-diagram\\.mmd`,
      ),
    );
  });
  it('a write that contradicts the platform: names the page, the line and how the table is written', () => {
    const line = lineIn(broken, 'late.write.mode("append")');
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}writes lake\\.silver\\.orders with saveAsTable \\(mode append\\) \\(append\\), but the platform writes it by merge`,
      ),
    );
  });
  it('a table the platform does not have: names the page and the line', () => {
    const line = lineIn(broken, 'silver.order_lines');
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}"silver\\.order_lines" is not a platform table`,
      ),
    );
  });
  it('a search synonym for a page that does not exist: names the data file and the line', () => {
    const line = lineIn(synonyms, "'concepts/materialised-aggregates':");
    assert.match(
      result.output,
      new RegExp(`src/search/synonyms\\.ts:${line} {2}"concepts/materialized-aggregates" is not a page`),
    );
  });
});

describe('diagrams that do not render or explain what is not there (diagram pipeline)', () => {
  const p = project('diagrams');
  p.write(
    'diagrams/broken.mmd',
    '%% caption: Broken.\nflowchart LR\n  accTitle: Broken\n  accDescr: Broken.\n  a --> b\n  b -->> c[End\n',
  );
  p.write(
    'diagrams/bad-step.mmd',
    '%% caption: A flow.\nflowchart LR\n  accTitle: A flow\n  accDescr: a feeds b.\n  a --> b\n%% step [a, b->a]: b never feeds a.\n',
  );
  p.write(
    'diagrams/unstyled.mmd',
    '%% caption: A lake.\nflowchart LR\n  accTitle: A lake\n  accDescr: Files land in bronze.\n  src[Files] --> raw[(S3 bronze)]\n',
  );
  let render: { status: number | null; stderr: string };
  let result: BuildResult;
  before(() => {
    render = spawnSync(process.execPath, ['scripts/diagrams.ts'], { cwd: p.dir, encoding: 'utf8' });
    result = p.build();
  });

  it("the renderer names the .mmd file, the line and Mermaid's message", () => {
    assert.notEqual(render.status, 0);
    assert.match(render.stderr, /diagrams\/broken\.mmd:6 {2}Mermaid: Parse error on line \d+/);
  });
  it('the build refuses the diagram whose render is missing, and publishes nothing', () => {
    assertFailed(result);
    assert.match(
      result.output,
      /diagrams\/broken\.mmd:1 {2}its render in diagrams\/rendered\/ is missing or out of date: run `npm run diagrams`/,
    );
  });
  it('a step that names an edge the diagram does not draw: the renderer and the build name the .mmd file and line', () => {
    const message =
      /diagrams\/bad-step\.mmd:6 {2}a step names the edge b->a, which the diagram does not draw/;
    assert.match(render.stderr, message);
    assert.match(result.output, message);
  });
  it('a box naming a product without its icon or a layer without its colour: both name the .mmd file and line', () => {
    for (const message of [
      /diagrams\/unstyled\.mmd:5 {2}box "raw" names Amazon S3 but has no icon: add `class raw icon-s3`/,
      /diagrams\/unstyled\.mmd:5 {2}box "raw" names the bronze layer but has no layer colour: add `class raw bronze`/,
    ]) {
      assert.match(render.stderr, message);
      assert.match(result.output, message);
    }
  });
});

describe('links that lead nowhere (link check, on the finished build)', () => {
  const p = project('links');
  const broken = spark.replace(
    '## Pitfalls',
    'See [nothing](/concepts/no-such-page/) and [the shuffle](/concepts/shuffle/#no-such-heading).\n\n## Pitfalls',
  );
  p.write(SPARK, broken);
  // A previous good build, which a failed build must leave as it was.
  mkdirSync(join(p.dir, 'dist'));
  writeFileSync(join(p.dir, 'dist/index.html'), '<p>the last good build</p>');
  let result: BuildResult;
  before(() => {
    result = p.build();
  });
  const line = lineIn(broken, 'no-such-page');

  it('a broken link: names the page and the line where it was written', () => {
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}broken link /concepts/no-such-page/ \\(no such page\\)`,
      ),
    );
  });
  it('a broken anchor: names the page, the line and the missing id', () => {
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}broken link .*no element with id "no-such-heading"`,
      ),
    );
  });
  it('keeps the last good dist/ whole instead of a half-written one', () => {
    assert.equal(readFileSync(join(p.dir, 'dist/index.html'), 'utf8'), '<p>the last good build</p>');
    assert.match(result.output, /nothing was written to dist\//);
  });
});
