import { readdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../shared/problems.ts';
import {
  mermaidVersion,
  readDiagramSources,
  RENDERED_DIR,
  renderedPath,
  staleDiagrams,
  writeRendered,
} from './cache.ts';
import { annotationProblemsOf } from './checks.ts';
import { applyGenerated, generatedProblems, type DiagramGenerator } from './generated.ts';
import { DiagramRenderer } from './render.ts';
import type { DiagramSource } from './source.ts';

/**
 * `npm run diagrams`: brings generated sources up to date, then renders what changed into
 * `diagrams/rendered/` with one warm renderer. Returns the exit code.
 *
 *   npm run diagrams              render what changed
 *   npm run diagrams -- --all     render everything again
 *   npm run diagrams -- --check   exit 1 if anything is stale or missing (no browser)
 */
export async function runDiagramsCli(
  args: string[],
  generators: readonly DiagramGenerator[],
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { all: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
  });
  try {
    if (values.check) {
      const problems = [
        ...generatedProblems(generators),
        ...readDiagramSources().flatMap((s) => annotationProblemsOf(s)),
      ];
      const stale = staleDiagrams(readDiagramSources(), mermaidVersion());
      for (const problem of problems) console.error(formatProblem(problem));
      for (const source of stale) console.error(`${source.file}:1  not rendered since it last changed`);
      if (problems.length > 0 || stale.length > 0) {
        console.error('Run: npm run diagrams');
        return 1;
      }
      console.log('Every diagram render is up to date.');
      return 0;
    }

    const { written, removed } = applyGenerated(generators);
    for (const file of written) console.log(`updated ${file}`);
    for (const file of removed) console.log(`removed ${file} (no longer generated)`);

    const sources = readDiagramSources();
    // Renders whose source is gone are removed, so the folder mirrors diagrams/*.mmd.
    const ids = new Set(sources.map((s) => s.id));
    for (const name of readdirSync(RENDERED_DIR).filter((n) => n.endsWith('.json'))) {
      const id = name.replace(/\.json$/, '');
      if (!ids.has(id)) {
        rmSync(renderedPath(id));
        console.log(`removed ${RENDERED_DIR}/${name} (no source)`);
      }
    }

    const version = mermaidVersion();
    const todo = values.all ? sources : staleDiagrams(sources, version);
    if (todo.length === 0) {
      console.log(`All ${sources.length} diagrams are up to date; nothing to render.`);
      return reportAnnotations(sources);
    }
    const started = performance.now();
    const renderer = await DiagramRenderer.open();
    let failed: Problem[] = [];
    try {
      const { rendered, problems } = await renderer.renderEach(todo, version);
      failed = problems;
      for (const diagram of rendered) {
        writeRendered(diagram);
        console.log(`rendered ${diagram.id} (${diagram.kind}, ${diagram.width}x${diagram.height})`);
      }
    } finally {
      await renderer.close();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${todo.length - failed.length} of ${todo.length} diagram(s) rendered in ${seconds} s`);
    // Diagrams that failed are reported with those whose notes or steps name what is not drawn.
    if (failed.length > 0) {
      console.error(`Diagrams failed to render:\n${failed.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    }
    return Math.max(failed.length > 0 ? 1 : 0, reportAnnotations(sources));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

/** Notes and steps checked against what was drawn: a name the diagram lacks fails the command. */
function reportAnnotations(sources: readonly DiagramSource[]): number {
  const problems = sources.flatMap((source) => annotationProblemsOf(source));
  for (const problem of problems) console.error(formatProblem(problem));
  return problems.length > 0 ? 1 : 0;
}
