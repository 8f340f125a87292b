import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { FixtureProject } from '../support/fixture-project.ts';

// Each case copies the project, breaks one answer file and builds: the build must fail with a
// message naming the file and the line, and leave no dist/ behind.

const projects: FixtureProject[] = [];
after(() => projects.forEach((p) => p.dispose()));

function project(name: string): FixtureProject {
  const p = new FixtureProject(name);
  projects.push(p);
  return p;
}

const SPARK = 'src/content/docs/answers/spark-performance-and-cost.mdx';

describe('a bad answer file fails the build', () => {
  it('names the file, the line and the field when a required field is missing', () => {
    const p = project('missing-field');
    p.write(
      'src/content/docs/answers/extra.mdx',
      [
        '---',
        'title: "An extra question?"',
        'description: "One line."',
        'answer:',
        '  number: 3',
        '  shortTitle: "Extra"',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /src\/content\/docs\/answers\/extra\.mdx:4 {2}answer\.theme: "answer\.theme" must be one of/,
    );
    assert.equal(result.distExists, false, 'a failed build must not leave dist/');
  });

  it('names both files and the line of the number when two answers share a number', () => {
    const p = project('duplicate-number');
    p.write(
      'src/content/docs/answers/extra.mdx',
      [
        '---',
        'title: "An extra question?"',
        'description: "One line."',
        'answer:',
        '  number: 3',
        '  theme: spark',
        '  shortTitle: "Extra"',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /answers\/(extra|spark-performance-and-cost)\.mdx:\d+ {2}duplicate answer number 3: .*answers\/(extra|spark-performance-and-cost)\.mdx has it too/,
    );
    assert.equal(result.distExists, false);
  });

  it('names the file and line of a number out of range', () => {
    const p = project('bad-number');
    const source = readFileSync(SPARK, 'utf8').replace('number: 3', 'number: 15');
    p.write(SPARK, source);
    const result = p.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /spark-performance-and-cost\.mdx:5 {2}answer\.number: "answer\.number" must be a whole number from 1 to 14/,
    );
  });
});
