import type { InlineCode, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentFile } from '../shared/content.ts';
import { codeBlocksOf, metaString, parseMdx } from '../shared/mdx.ts';
import { ContentError, type Problem } from '../shared/problems.ts';
import { codeFacts, namesInText, type CodeFacts } from './code.ts';
import { readPlatform, PLATFORM_FILE, type LoadedPlatform } from './load.ts';
import { columnsOf, postgresTable, resolveName, type PlatformName } from './names.ts';
import { projectRoot } from '../shared/project.ts';

/** A text source the check reads: a page or a diagram. */
export interface PlatformSource {
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

/** The line of `offset` in `text`, counted from `firstLine`. */
function lineIn(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Every way a page or a diagram can contradict the platform file: a table that is not the
 * platform's (or a catalog, or a bronze "table"), a write in another way than the table's `write`
 * (or `repair`), a layout the table does not have (Z-order on a clustered table, partitions
 * beside clustering), a `CREATE TABLE` whose columns differ, a column the table does not have.
 */
export function checkPlatform(
  loaded: LoadedPlatform,
  pages: readonly PlatformSource[],
  diagrams: readonly PlatformSource[],
): Problem[] {
  const { platform, lineOf } = loaded;
  const problems: Problem[] = [];
  const report = (file: string, line: number, message: string) =>
    problems.push({ position: { file, line }, message });
  const seeTable = (table: PlatformName) =>
    table.kind === 'lake'
      ? `${PLATFORM_FILE}:${lineOf(['tables', table.name])}`
      : `${PLATFORM_FILE}:${lineOf(['postgres', 'tables', table.name])}`;

  /** Resolves a name; reports a problem; returns the table when it is one. */
  const resolve = (file: string, line: number, text: string): PlatformName | undefined => {
    const resolution = resolveName(platform, text);
    if (resolution.status === 'problem') report(file, line, resolution.message);
    return resolution.status === 'table' ? resolution.table : undefined;
  };

  const proseNames = (file: string, text: string, firstLine: number) => {
    for (const name of namesInText(text)) resolve(file, lineIn(text, name.offset, firstLine), name.text);
  };

  const jobs = new Set(Object.values(platform.pipelines).flatMap((pipeline) => pipeline.jobs));
  /** A DAG id template as a pattern: `daily_orders_{client_id}` matches `daily_orders_acme`. */
  const dagPatterns = Object.values(platform.pipelines).map((pipeline) => ({
    template: pipeline.dagId,
    test: (id: string) =>
      pipeline.dagId.endsWith('{client_id}')
        ? new RegExp(`^${pipeline.dagId.replace('{client_id}', '')}(\\{\\}|[a-z0-9_]+)$`).test(id)
        : id === pipeline.dagId,
  }));

  const checkFacts = (
    file: string,
    code: string,
    firstLine: number,
    facts: CodeFacts,
    options: { postgres: boolean; title: string },
  ) => {
    const { postgres, title } = options;
    const at = (offset: number) => lineIn(code, offset, firstLine);
    // Job code runs in every environment with that environment's catalog: no catalog in its names.
    const jobFile = /^(jobs|quality)\//.test(title);
    /** A table a statement acts on; its name was already reported if it is wrong. */
    const tableQuietly = (text: string): PlatformName | undefined => {
      const resolution = resolveName(platform, text);
      if (resolution.status === 'table') return resolution.table;
      return postgres ? postgresTable(platform, text) : undefined;
    };

    for (const name of facts.names) {
      const table = resolve(file, at(name.offset), name.text);
      if (jobFile && table?.kind === 'lake' && name.text.split('.').length === 3) {
        report(
          file,
          at(name.offset),
          `job code names "${name.text}" with its catalog: write ${name.text.split('.').slice(1).join('.')} (each environment sets its own current catalog, so the commit tested in staging is the one that runs in production)`,
        );
      }
    }

    for (const id of facts.dagIds) {
      if (!dagPatterns.some((pattern) => pattern.test(id.text))) {
        report(
          file,
          at(id.offset),
          `DAG id "${id.text}" is not a platform pipeline's (${dagPatterns.map((p) => p.template).join(', ')})`,
        );
      }
    }

    for (const write of facts.writes) {
      const table = tableQuietly(write.text);
      if (table?.kind !== 'lake') continue;
      const allowed = [table.table.write, ...(table.table.repair ? [table.table.repair] : [])];
      if (!allowed.includes(write.mode)) {
        report(
          file,
          at(write.offset),
          `writes ${table.name} with ${write.how} (${write.mode}), but the platform writes it by ${allowed.join(' or ')}` +
            `${table.table.writeRule ? `: ${table.table.writeRule}` : ''} (${seeTable(table)})`,
        );
      }
    }

    for (const layout of facts.layouts) {
      const table = tableQuietly(layout.text);
      if (table?.kind !== 'lake') continue;
      const declared = table.table.layout ?? {};
      const show = (value: string[] | 'auto' | undefined) =>
        Array.isArray(value) ? `(${value.join(', ')})` : value;
      if (declared.clusterBy && (layout.partitionedBy || layout.zorderBy)) {
        report(
          file,
          at(layout.offset),
          `${table.name} uses liquid clustering (CLUSTER BY ${show(declared.clusterBy)}), which replaces partitioning and Z-ordering; it cannot also be ${layout.partitionedBy ? 'partitioned' : 'Z-ordered'} (${seeTable(table)})`,
        );
      }
      if (layout.clusterBy && show(layout.clusterBy) !== show(declared.clusterBy)) {
        report(
          file,
          at(layout.offset),
          `clusters ${table.name} by ${show(layout.clusterBy)}, but the platform clusters it by ${show(declared.clusterBy) ?? 'nothing (it is not clustered)'} (${seeTable(table)})`,
        );
      }
      if (
        layout.partitionedBy &&
        !declared.clusterBy &&
        show(layout.partitionedBy) !== show(declared.partitionedBy)
      ) {
        report(
          file,
          at(layout.offset),
          `partitions ${table.name} by ${show(layout.partitionedBy)}, but the platform partitions it by ${show(declared.partitionedBy) ?? 'nothing'} (${seeTable(table)})`,
        );
      }
    }

    for (const ddl of facts.ddl) {
      const table = tableQuietly(ddl.text);
      if (!table) continue;
      const declared = columnsOf(table);
      const written = new Set(ddl.columns.map((c) => c.name));
      for (const column of ddl.columns.filter((c) => !declared.has(c.name))) {
        report(
          file,
          at(column.offset),
          `${table.name} has no column "${column.name}" in the platform (${seeTable(table)})`,
        );
      }
      const missing = [...declared].filter((c) => !written.has(c));
      if (missing.length > 0) {
        report(
          file,
          at(ddl.offset),
          `CREATE TABLE ${table.name} leaves out ${missing.join(', ')}, which the platform defines (${seeTable(table)})`,
        );
      }
    }

    for (const use of facts.aliasColumns) {
      const table = tableQuietly(use.table.text);
      if (!table || use.column === '*') continue;
      if (!columnsOf(table).has(use.column)) {
        report(file, at(use.offset), `${table.name} has no column "${use.column}" (${seeTable(table)})`);
      }
    }
  };

  /** `<PlatformTable name="..." [postgres] />` names a table of the platform. */
  const checkComponent = (file: string, element: MdxJsxFlowElement) => {
    const line = element.position?.start.line ?? 1;
    const attribute = (key: string) =>
      element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === key);
    const name = attribute('name')?.value;
    if (typeof name !== 'string') {
      report(file, line, '<PlatformTable> needs name="<table>" as a plain string');
    } else if (attribute('postgres')) {
      if (!postgresTable(platform, name))
        report(file, line, `<PlatformTable postgres>: "${name}" is not a PostgreSQL table of the platform`);
    } else if (resolveName(platform, name).status !== 'table') {
      report(file, line, `<PlatformTable>: "${name}" is not a lake table of the platform`);
    }
  };

  for (const page of pages) {
    const frontmatterEnd = /^---\n[\s\S]*?\n---/.exec(page.text)?.[0].split('\n').length ?? 0;
    proseNames(page.file, page.text.split('\n').slice(0, frontmatterEnd).join('\n'), 1);
    const tree = parseMdx(page.text);
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'PlatformTable') {
        checkComponent(page.file, node as MdxJsxFlowElement);
        return;
      }
      if (node.type !== 'text' && node.type !== 'inlineCode') return;
      const { value, position } = node as Text | InlineCode;
      proseNames(page.file, value, position?.start.line ?? 1);
    });
    for (const block of codeBlocksOf(tree)) {
      const { title } = block;
      // A block titled as a job file (`jobs/x.py (part 1 of 2)`) shows a job some pipeline runs.
      const jobPath = /^jobs\/[\w/]+\.py\b/.exec(title)?.[0];
      if (jobPath && !jobs.has(jobPath)) {
        report(
          page.file,
          block.fenceLine,
          `code titled "${jobPath}" is not a job of any platform pipeline (pipelines.*.jobs in ${PLATFORM_FILE})`,
        );
      }
      const facts = codeFacts(block.lang, block.value);
      checkFacts(page.file, block.value, block.fenceLine + 1, facts, {
        postgres: metaString(block.meta, 'dialect') === 'postgres',
        title,
      });
    }
  }
  for (const diagram of diagrams) proseNames(diagram.file, diagram.text, 1);
  return problems;
}

/** The check over the project's own pages and diagrams, for the content checks before a build. */
export function platformProblems(
  files: readonly ContentFile[],
  diagrams: readonly PlatformSource[],
  root = projectRoot(),
): Problem[] {
  let loaded: LoadedPlatform;
  try {
    loaded = readPlatform(root);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return checkPlatform(
    loaded,
    files
      .filter((f) => f.file.endsWith('.mdx') || f.file.endsWith('.md'))
      .map((f) => ({ file: f.file, text: f.source })),
    diagrams,
  );
}
