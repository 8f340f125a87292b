import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// `npm run test:code` (tests/code/run.ts) on small pages under tests/code/fixtures/: each failing
// case must fail the phase with the MDX file and the line of the offending code line, all cases
// reported in one run; a page written to pass passes, and the output lists what it must.

const FIXTURES = 'tests/code/fixtures';

/** Runs the phase on one fixture folder of pages. */
function run(folder: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['tests/code/run.ts', '--docs', `${FIXTURES}/${folder}`]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

// One PostgreSQL at a time: the first run may create the postgres user and the stored fixture.
const [fails, sixOptOuts] = await Promise.all([run('fails'), run('six-opt-outs')]);
const passes = await run('passes');

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  const line =
    readFileSync(`${FIXTURES}/${file}`, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;
  assert.ok(line > 0, `${file} has no line with ${text}`);
  return line;
}

/** Asserts one output line starts with `file:line: [tag] title "title": ` and contains `message`. */
function expectProblem(
  output: string,
  file: string,
  line: number,
  tag: string,
  title: string,
  message: string,
) {
  const prefix = `${FIXTURES}/${file}:${line}: [${tag}] title "${title}": `;
  const found = output.split('\n').find((l) => l.startsWith(prefix));
  assert.ok(found, `expected a line starting with\n  ${prefix}\nin:\n${output}`);
  assert.ok(found.includes(message), `expected "${message}" in\n  ${found}`);
}

describe('test:code fails, naming the MDX file and line', () => {
  const { status, output } = fails;

  it('exits non-zero', () => assert.equal(status, 1, output));

  it('when a Python block uses an undefined name', () =>
    expectProblem(
      output,
      'fails/python.mdx',
      lineOf('fails/python.mdx', 'write_silver('),
      'python',
      'jobs/undefined.py',
      'F821 Undefined name `write_silver`',
    ));

  it('when a PostgreSQL block names a column its table does not have', () =>
    expectProblem(
      output,
      'fails/postgres.mdx',
      lineOf('fails/postgres.mdx', 'order_date,'),
      'sql postgres',
      'reports/by_day.sql',
      'column "order_date" does not exist',
    ));

  it('when a Spark SQL block has a syntax error', () =>
    expectProblem(
      output,
      'fails/spark.mdx',
      lineOf('fails/spark.mdx', 'GROUP client_id'),
      'sql spark',
      'silver/compact.sql',
      'Spark SQL grammar',
    ));

  it('when a Delta statement is not in its documented shape', () =>
    expectProblem(
      output,
      'fails/spark.mdx',
      lineOf('fails/spark.mdx', 'VACUUM'),
      'sql spark',
      'silver/compact.sql',
      'expected HOURS',
    ));

  it('when a plan no longer matches what PostgreSQL 18 chooses', () =>
    expectProblem(
      output,
      'fails/plan.mdx',
      lineOf('fails/plan.mdx', 'Seq Scan on customers'),
      'text plan',
      'plans/lookup.txt',
      'PostgreSQL runs "Index Scan using customers_pkey on customers"',
    ));

  it('when a sql block does not say its dialect', () =>
    expectProblem(
      output,
      'fails/no-dialect.mdx',
      lineOf('fails/no-dialect.mdx', '```sql'),
      'sql',
      'reports/orders.sql',
      'no dialect',
    ));

  it('when a JSON block is not the shape its schema= says', () =>
    expectProblem(
      output,
      'fails/json.mdx',
      lineOf('fails/json.mdx', '"Principle"'),
      'json',
      'iam/statement.json',
      'unknown property "Principle"',
    ));
});

describe('opt-outs', () => {
  it('fail the phase beyond five, and every one is listed with its reason', () => {
    const { status, output } = sixOptOuts;
    assert.equal(status, 1, output);
    assert.match(output, /opt-outs: 6 of at most 5/);
    for (let i = 1; i <= 6; i++)
      assert.ok(
        output.includes(
          `page-${i}.mdx:5 [python] title "sketch_${i}.py": pseudo-code, shown to explain the idea`,
        ),
        output,
      );
    expectProblem(
      output,
      'six-opt-outs/page-6.mdx',
      5,
      'python',
      'sketch_6.py',
      'opt-out number 6: the site allows at most 5',
    );
  });
});

describe('a page whose blocks are all written to pass', () => {
  const { status, output } = passes;

  it('passes', () => assert.equal(status, 0, output));

  it('lists the counts per language, the unchecked blocks and the opt-outs', () => {
    for (const line of [
      /python\s+3\s/,
      /sql spark\s+1\s/,
      /sql postgres \+ plans\s+3\s/,
      /json\s+3\s/,
      /yaml\s+1\s/,
      /bash\s+1\s/,
    ])
      assert.match(output, line);
    assert.match(output, /1 iam-policy, 1 s3-lifecycle; parsed only \(no schema= in the meta\): 1/);
    assert.match(output, /unchecked \(no tool for the language\): 1\n.*\[groovy\] title "Jenkinsfile"/);
    assert.match(output, /opt-outs: 1 of at most 5\n.*"sketch.py": pseudo-code, the loop body is elided/);
  });
});
