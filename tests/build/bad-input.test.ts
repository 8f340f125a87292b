import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FixtureProject } from '../support/fixture-project.ts';

// The bad-input matrix: each case breaks one thing in a copy of the project. The build (or the
// diagram renderer) must fail with one line naming the file and the line, and publish nothing.

const projects: FixtureProject[] = [];
after(() => projects.forEach((p) => p.dispose()));
function project(name: string): FixtureProject {
  const p = new FixtureProject(name);
  projects.push(p);
  return p;
}

const SPARK = 'src/content/docs/answers/spark-performance-and-cost.mdx';
const spark = readFileSync(SPARK, 'utf8');
/** The 1-based line of `text` in the Spark answer after a change. */
const lineIn = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('bad input fails the build with file and line', () => {
  it("a Mermaid syntax error: the renderer names the .mmd file, the line and Mermaid's message; the build refuses the stale diagram", () => {
    const p = project('mermaid-syntax');
    p.write(
      'diagrams/broken.mmd',
      '%% caption: Broken.\nflowchart LR\n  accTitle: Broken\n  accDescr: Broken.\n  a --> b\n  b -->> c[End\n',
    );
    const render = spawnSync(process.execPath, ['scripts/render-diagrams.ts'], {
      cwd: p.dir,
      encoding: 'utf8',
    });
    assert.notEqual(render.status, 0);
    assert.match(render.stderr, /diagrams\/broken\.mmd:6 {2}Mermaid: Parse error on line \d+/);
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /diagrams\/broken\.mmd:1 {2}its render in diagrams\/rendered\/ is missing or out of date: run `npm run diagrams`/,
    );
    assert.equal(result.distExists, false);
  });

  it('a missing diagram: names the page and the line of the <Diagram> tag', () => {
    const p = project('missing-diagram');
    const source = spark.replace('## Pitfalls', '<Diagram id="no-such-diagram" />\n\n## Pitfalls');
    p.write(SPARK, source);
    const result = p.build();
    assert.notEqual(result.status, 0);
    const line = lineIn(source, 'no-such-diagram');
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${line} {2}<Diagram id="no-such-diagram" />: no diagrams/no-such-diagram\\.mmd`,
      ),
    );
    assert.equal(result.distExists, false);
  });

  it('an unknown concept: names the file, the line and the concept', () => {
    const p = project('unknown-concept');
    const source = spark.replace('concepts: [physical-plan,', 'concepts: [no-such-concept, physical-plan,');
    p.write(SPARK, source);
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${lineIn(source, 'no-such-concept')} {2}unknown concept "no-such-concept" in concepts`,
      ),
    );
    assert.equal(result.distExists, false);
  });

  it('a broken internal link: names the page and the line where it was written', () => {
    const p = project('broken-link');
    const source = spark.replace('## Pitfalls', 'See [nothing](/concepts/no-such-page/).\n\n## Pitfalls');
    p.write(SPARK, source);
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${lineIn(source, 'no-such-page')} {2}broken link /concepts/no-such-page/ \\(no such page\\)`,
      ),
    );
    assert.equal(result.distExists, false);
  });

  it('a broken anchor: names the page and the line, and the missing id', () => {
    const p = project('broken-anchor');
    const source = spark.replace(
      '## Pitfalls',
      'See [the shuffle](/concepts/shuffle/#no-such-heading).\n\n## Pitfalls',
    );
    p.write(SPARK, source);
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      new RegExp(
        `spark-performance-and-cost\\.mdx:${lineIn(source, 'no-such-heading')} {2}broken link .*no element with id "no-such-heading"`,
      ),
    );
  });

  it('a failed build keeps the last good dist/ whole instead of a half-written one', () => {
    const p = project('keeps-good-dist');
    assert.equal(p.build().status, 0);
    const good = readFileSync(join(p.dir, 'dist/index.html'), 'utf8');
    p.write(SPARK, spark.replace('## Pitfalls', 'See [nothing](/concepts/no-such-page/).\n\n## Pitfalls'));
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.equal(readFileSync(join(p.dir, 'dist/index.html'), 'utf8'), good);
    assert.match(result.output, /nothing was written to dist\//);
  });
});
