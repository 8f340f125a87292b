import { Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { metaValue, type Block } from './blocks.ts';
import { blockProblem, type CheckResult, type Problem } from './report.ts';
import { RUNTIMES } from './runtimes.ts';

/**
 * Ruff's rules that are bugs a reader hits, not style: every Pyflakes rule (undefined names,
 * unused imports and variables, redefinitions, f-string and format mistakes) and Pylint's errors
 * (`await` outside `async`, `return` in `__init__`...). Syntax errors are always reported.
 */
const RULES = ['F', 'PLE'];
/** The Python the pages run on: Databricks Runtime 18 and 19 ship Python 3.12. */
const TARGET = 'py312';

interface Diagnostic {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
}

/** The names a block may use without defining them, from its meta; or why its meta is wrong. */
function declaredGlobals(block: Block): { names: string[]; error?: string } {
  const names: string[] = [];
  const runtime = metaValue(block, 'runtime');
  if (runtime !== undefined) {
    const known = RUNTIMES[runtime];
    if (!known)
      return { names, error: `unknown runtime "${runtime}" (known: ${Object.keys(RUNTIMES).join(', ')})` };
    names.push(...known);
  }
  const globals = metaValue(block, 'globals');
  if (globals !== undefined) names.push(...globals.split(/[\s,]+/).filter(Boolean));
  return { names: [...new Set(names)].sort() };
}

/**
 * The blocks checked as one file: a block whose meta says `continues="<title>"` is the next part of
 * the Python block of that title (a long job shown in two parts, with prose between them, on one
 * page or on two), so names defined in one part may be used in the other. The block of that title
 * on the same page is taken first, else the only one in the site.
 */
function files(blocks: Block[], problems: Problem[]): Block[][] {
  const next = new Map<Block, Block>();
  for (const block of blocks) {
    const title = metaValue(block, 'continues');
    if (title === undefined) continue;
    const titled = blocks.filter((b) => b.title === title && b !== block);
    const samePage = titled.filter((b) => b.file === block.file);
    const previous = samePage.length === 1 ? samePage[0] : titled.length === 1 ? titled[0] : undefined;
    if (previous) next.set(previous, block);
    else
      problems.push(
        blockProblem(
          block,
          titled.length
            ? `continues="${title}" names ${titled.length} Python blocks: make the titles unique`
            : `continues="${title}" names no Python block`,
        ),
      );
  }
  const continuations = new Set(next.values());
  return blocks
    .filter((block) => !continuations.has(block))
    .map((first) => {
      const parts = [first];
      for (let b = next.get(first); b && !parts.includes(b); b = next.get(b)) parts.push(b);
      return parts;
    });
}

/** Checks every Python block with Ruff, each with the names its meta declares and no others. */
export function checkPython(blocks: Block[]): CheckResult {
  const workspaces = new Map<string, Workspace>();
  const problems: Problem[] = [];
  for (const parts of files(blocks, problems)) {
    const block = parts[0]!;
    const { names, error } = declaredGlobals(block);
    if (error) {
      problems.push(blockProblem(block, error));
      continue;
    }
    const key = names.join(',');
    let workspace = workspaces.get(key);
    if (!workspace) {
      workspace = new Workspace({ 'target-version': TARGET, builtins: names, lint: { select: RULES } }, 0);
      workspaces.set(key, workspace);
    }
    // The parts joined, each line remembered with its block and line there.
    const lines = parts.flatMap((part) =>
      part.code.split('\n').map((_, i) => ({ block: part, codeLine: i + 1 })),
    );
    const source = parts.map((part) => part.code).join('\n');
    for (const d of workspace.check(source) as Diagnostic[]) {
      const code = d.code && d.code !== 'invalid-syntax' ? `${d.code} ` : 'SyntaxError: ';
      const at = lines[d.start_location.row - 1] ?? lines[lines.length - 1]!;
      problems.push({ ...at, message: `${code}${d.message}` });
    }
  }
  return { problems, notes: [`Ruff ${Workspace.version()}, rules ${RULES.join(', ')}, ${TARGET}`] };
}
