import { metaValue, type Block } from '../blocks.ts';
import { blockProblem, type Problem } from '../report.ts';
import { runBlock } from './run-blocks.ts';
import type { Result, Server } from './server.ts';

/**
 * A plan shown on a page, checked against the plan PostgreSQL chooses on the fixture. The block is a
 * `text` block whose meta names the query block (`explain="<title>"`) and, for a plan after a change,
 * the block that makes it (`after="<title>"`), both `dialect=postgres` blocks of the same page. Its
 * text has a `-- before` section (the query on the fixture) and, with `after=`, an `-- after`
 * section (the query once the `after` block has run). Every node line (the first line of a section,
 * and each `->  ` line) must name the same node, with the same index and table, at the same place
 * in the tree as PostgreSQL's; the lines under a node (`Filter:`, `Index Cond:`) are for the reader
 * and are not compared.
 */
export const isPlanBlock = (block: Block): boolean =>
  block.lang === 'text' && metaValue(block, 'explain') !== undefined;

interface PlanNode {
  /** `Index Scan using orders_customer_ordered_at_idx on orders o`. */
  label: string;
  /** Index of the parent node in the list, -1 for the root. */
  parent: number;
  /** 1-based line in the text it came from. */
  line: number;
}

/** The nodes of a plan in EXPLAIN's text format (or the page's copy of it), in order. */
function planNodes(lines: string[], firstLine = 1): PlanNode[] {
  const nodes: PlanNode[] = [];
  const indents: number[] = [];
  lines.forEach((line, i) => {
    const arrow = line.indexOf('->  ');
    const isRoot = nodes.length === 0 && line.trim() !== '';
    if (arrow === -1 && !isRoot) return;
    const start = arrow === -1 ? line.length - line.trimStart().length : arrow + 4;
    const text = line.slice(start);
    const label = text.split('  (')[0]!.trim();
    let parent = nodes.length - 1;
    while (parent >= 0 && indents[parent]! >= start) parent = nodes[parent]!.parent;
    nodes.push({ label, parent: isRoot ? -1 : parent, line: firstLine + i });
    indents.push(start);
  });
  return nodes;
}

/** The sections of the page's plan: `-- before` and `-- after`, each with its lines. */
function sections(block: Block): Map<string, { lines: string[]; firstLine: number }> {
  const found = new Map<string, { lines: string[]; firstLine: number }>();
  let current: { lines: string[]; firstLine: number } | undefined;
  block.code.split('\n').forEach((line, i) => {
    const heading = /^--\s*(before|after)\s*$/.exec(line.trim());
    if (heading) {
      current = { lines: [], firstLine: i + 2 };
      found.set(heading[1]!, current);
    } else current?.lines.push(line);
  });
  return found;
}

const planText = (results: Result[]): string[] | undefined => {
  const explain = results.findLast((r) => r.rows[0] && 'QUERY PLAN' in r.rows[0]);
  return explain?.rows.map((row) => String(row['QUERY PLAN']));
};

const outline = (nodes: PlanNode[]) => {
  const depth = (n: PlanNode): number => (n.parent === -1 ? 0 : 1 + depth(nodes[n.parent]!));
  return nodes.map((n) => `      ${'  '.repeat(depth(n))}${n.label}`).join('\n');
};

function compare(
  block: Block,
  name: string,
  page: { lines: string[]; firstLine: number },
  actual: string[],
  version: string,
): Problem[] {
  const shown = planNodes(page.lines, page.firstLine);
  const ran = planNodes(actual);
  for (let i = 0; i < Math.max(shown.length, ran.length); i++) {
    const a = shown[i];
    const b = ran[i];
    if (a && b && a.label === b.label && a.parent === b.parent) continue;
    const line = a?.line ?? page.firstLine + page.lines.length - 1;
    const what = !b
      ? `the page shows "${a!.label}" where PostgreSQL's plan has no more nodes`
      : !a
        ? `the page's plan ends where PostgreSQL's goes on with "${b.label}"`
        : a.label !== b.label
          ? `the page shows "${a.label}", PostgreSQL runs "${b.label}"`
          : `"${a.label}" sits under another node than in PostgreSQL's plan`;
    return [
      {
        block,
        codeLine: line,
        message: `plan "${name}" does not match ${version}: ${what}. PostgreSQL's plan:\n${outline(ran)}`,
      },
    ];
  }
  return [];
}

/** Checks a plan block by running its `explain` (and `after`) blocks on a fresh copy of the fixture. */
export async function checkPlan(
  server: Server,
  plan: Block,
  pageBlocks: Block[],
  version: string,
): Promise<Problem[]> {
  const byTitle = (key: string): Block | Problem | undefined => {
    const title = metaValue(plan, key);
    if (title === undefined) return undefined;
    const found = pageBlocks.find(
      (b) => b.title === title && b.lang === 'sql' && metaValue(b, 'dialect') === 'postgres',
    );
    return found ?? blockProblem(plan, `${key}="${title}" names no dialect=postgres block of this page`);
  };
  const query = byTitle('explain');
  const after = byTitle('after');
  const missing = [query, after].filter((b): b is Problem => !!b && 'message' in b);
  if (missing.length) return missing;
  const parts = sections(plan);
  const problems: Problem[] = [];
  for (const name of ['before', ...(after ? ['after'] : [])])
    if (!parts.has(name)) problems.push(blockProblem(plan, `no "-- ${name}" line to start that plan`));
  if (problems.length) return problems;

  const { client, release } = await server.database();
  try {
    const before = await runBlock(client, query as Block);
    if (before.problems.length)
      return [blockProblem(plan, `the explain block failed: ${before.problems[0]!.message}`)];
    problems.push(...compare(plan, 'before', parts.get('before')!, planText(before.results) ?? [], version));
    if (after) {
      const setup = await runBlock(client, after as Block);
      if (setup.problems.length)
        return [blockProblem(plan, `the after block failed: ${setup.problems[0]!.message}`)];
      const rerun = await runBlock(client, query as Block);
      problems.push(...compare(plan, 'after', parts.get('after')!, planText(rerun.results) ?? [], version));
    }
  } finally {
    await release();
  }
  return problems;
}
