import { SQLDialect } from '@codemirror/lang-sql';
import { parser as pythonParser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { WriteMode } from './schema.ts';

/**
 * What a code block says about tables, read with real parsers (Lezer's Python grammar and its SQL
 * tokenizer), never with patterns over code: the dotted names it mentions, the tables it writes and
 * how, the layouts it declares and the columns it names through a table alias. Offsets are into
 * the block's code, for line numbers.
 */

/** A dotted name as written (`lake.silver.orders`), at an offset. */
export interface NameAt {
  text: string;
  offset: number;
}

/** A write to a table: `MERGE INTO`, `.saveAsTable(...)` with `replaceWhere`... */
export interface WriteAt extends NameAt {
  mode: WriteMode;
  /** The statement or call that writes, for messages ("MERGE INTO", "saveAsTable with replaceWhere"). */
  how: string;
}

/** A layout statement: `CREATE TABLE ... CLUSTER BY (...)`, `OPTIMIZE ... ZORDER BY (...)`. */
export interface LayoutAt extends NameAt {
  clusterBy?: string[] | 'auto';
  partitionedBy?: string[];
  zorderBy?: string[];
}

/** The columns of a `CREATE TABLE <name> (...)` statement. */
export interface DdlAt extends NameAt {
  columns: { name: string; offset: number }[];
}

/** `alias.column` where the alias was bound to a table in the same statement. */
export interface AliasColumnAt {
  table: NameAt;
  column: string;
  offset: number;
}

/** Everything the platform check needs from one code block. */
export interface CodeFacts {
  /** Dotted names in identifiers, strings and comments (each still to be resolved). */
  names: NameAt[];
  writes: WriteAt[];
  layouts: LayoutAt[];
  ddl: DdlAt[];
  aliasColumns: AliasColumnAt[];
  /** Bare table names after FROM/JOIN/INTO/UPDATE/TABLE/ON in PostgreSQL blocks (`orders`). */
  bareTables: NameAt[];
  /**
   * Airflow DAG ids: `dag_id="..."` in Python (an f-string's `{...}` parts become `{}`) and
   * `--dag-id ...` in shell commands.
   */
  dagIds: NameAt[];
}

const emptyFacts = (): CodeFacts => ({
  names: [],
  writes: [],
  layouts: [],
  ddl: [],
  aliasColumns: [],
  bareTables: [],
  dagIds: [],
});

function merge(into: CodeFacts, from: CodeFacts, shift: number): void {
  const moved = <T extends { offset: number }>(items: T[]) =>
    items.map((item) => ({ ...item, offset: item.offset + shift }));
  into.names.push(...moved(from.names));
  into.writes.push(...moved(from.writes));
  into.layouts.push(...moved(from.layouts));
  into.ddl.push(...from.ddl.map((d) => ({ ...d, offset: d.offset + shift, columns: moved(d.columns) })));
  into.aliasColumns.push(
    ...from.aliasColumns.map((a) => ({
      ...a,
      offset: a.offset + shift,
      table: { ...a.table, offset: a.table.offset + shift },
    })),
  );
  into.bareTables.push(...moved(from.bareTables));
  into.dagIds.push(...moved(from.dagIds));
}

/** Dotted words in prose or a comment: `silver.orders`, `lake.gold.daily_revenue`. */
export function namesInText(text: string, offset = 0): NameAt[] {
  return [...text.matchAll(/(?<![\w./-])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){1,2}(?![\w(]|\.\w)/g)].map(
    (match) => ({
      text: match[0],
      offset: offset + match.index,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// SQL

interface Token {
  type: string;
  text: string;
  upper: string;
  from: number;
}

const sqlDialect = SQLDialect.define({ identifierQuotes: '`"' });

/** The SQL's leaf tokens, comments and whitespace dropped but kept apart for their names. */
function sqlTokens(sql: string): { tokens: Token[]; prose: NameAt[] } {
  const tokens: Token[] = [];
  const prose: NameAt[] = [];
  sqlDialect.language.parser.parse(sql).iterate({
    enter(node) {
      if (node.node.firstChild) return;
      const text = sql.slice(node.from, node.to);
      if (node.name === 'LineComment' || node.name === 'BlockComment' || node.name === 'String') {
        prose.push(...namesInText(text, node.from));
        return;
      }
      tokens.push({ type: node.name, text, upper: text.toUpperCase(), from: node.from });
    },
  });
  return { tokens, prose };
}

const isName = (token: Token | undefined) =>
  token?.type === 'Identifier' || token?.type === 'QuotedIdentifier';

/** The dotted name starting at token `i`, and the index after it. */
function nameAt(tokens: readonly Token[], i: number): { name: NameAt; next: number } | undefined {
  if (!isName(tokens[i])) return undefined;
  const parts = [tokens[i]!.text.replaceAll('`', '').replaceAll('"', '')];
  let j = i + 1;
  while (tokens[j]?.text === '.' && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]!.text.replaceAll('`', '').replaceAll('"', ''));
    j += 2;
  }
  return { name: { text: parts.join('.'), offset: tokens[i]!.from }, next: j };
}

/** True when the tokens from `i` spell `words` (upper case). */
function spells(tokens: readonly Token[], i: number, ...words: string[]): boolean {
  return words.every((word, k) => tokens[i + k]?.upper === word);
}

/** The identifiers inside the parenthesised list starting at `i` (`(a, b)`), and the index after. */
function parenList(tokens: readonly Token[], i: number): { names: NameAt[]; next: number } {
  const names: NameAt[] = [];
  if (tokens[i]?.text !== '(') return { names, next: i };
  let j = i + 1;
  for (; j < tokens.length && tokens[j]!.text !== ')'; j++) {
    if (isName(tokens[j])) names.push({ text: tokens[j]!.text.replaceAll('`', ''), offset: tokens[j]!.from });
  }
  return { names, next: j + 1 };
}

/** Words that end a table reference: they can follow a table name but are not its alias. */
const NOT_AN_ALIAS = new Set(
  'ON USING WHERE JOIN LEFT RIGHT INNER OUTER FULL CROSS ANTI SEMI NATURAL GROUP ORDER LIMIT HAVING WINDOW UNION EXCEPT INTERSECT SET VALUES WHEN AS SELECT VERSION TIMESTAMP TABLESAMPLE PARTITION REPLACE CLUSTER PARTITIONED ZORDER RETAIN DRY APPLY ALTER ADD OWNER QUALIFY LATERAL PIVOT UNPIVOT WITH INCLUDE TO FROM'.split(
    ' ',
  ),
);

/** Words after which a bare identifier is a table (for PostgreSQL blocks, whose tables have no schema). */
const BEFORE_A_TABLE = new Set(['FROM', 'JOIN', 'INTO', 'UPDATE', 'TABLE', 'ON', 'REFERENCES', 'VIEW']);

/** Facts about SQL code (Spark SQL or PostgreSQL). */
export function sqlFacts(sql: string): CodeFacts {
  const facts = emptyFacts();
  const { tokens, prose } = sqlTokens(sql);
  facts.names.push(...prose);

  // Statements, split at top-level semicolons.
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.text === ';') statements.push([]);
    else statements.at(-1)!.push(token);
  }

  for (const st of statements) {
    const aliases = statementAliases(st);
    for (let i = 0; i < st.length; i++) {
      const found = nameAt(st, i);
      if (!found) continue;
      const { name, next } = found;
      const parts = name.text.split('.');
      const bound = parts.length === 2 ? aliases.get(parts[0]!.toLowerCase()) : undefined;
      if (bound)
        facts.aliasColumns.push({ table: bound, column: parts[1]!.toLowerCase(), offset: name.offset });
      else if (parts.length > 1) facts.names.push(name);
      else if (BEFORE_A_TABLE.has(st[i - 1]?.upper ?? '') && st[next]?.text !== '(')
        facts.bareTables.push(name);
      i = next - 1;
    }
    collectStatementWrites(st, facts);
  }
  return facts;
}

/**
 * The statement's table aliases, wherever they are bound (`SELECT o.x FROM t AS o` binds after
 * the use): a qualified table name, or a bare one after FROM/JOIN/..., then `[AS] alias`.
 */
function statementAliases(st: readonly Token[]): Map<string, NameAt> {
  const aliases = new Map<string, NameAt>();
  for (let i = 0; i < st.length; i++) {
    const found = nameAt(st, i);
    if (!found) continue;
    const { name, next } = found;
    const isTable =
      name.text.includes('.') || (BEFORE_A_TABLE.has(st[i - 1]?.upper ?? '') && st[next]?.text !== '(');
    if (isTable) {
      let k = next;
      if (st[k]?.upper === 'AS') k++;
      if (isName(st[k]) && !NOT_AN_ALIAS.has(st[k]!.upper) && st[k + 1]?.text !== '.') {
        aliases.set(st[k]!.text.toLowerCase(), name);
      }
    }
    i = next - 1;
  }
  return aliases;
}

/** Writes, DDL and layout statements of one SQL statement. */
function collectStatementWrites(st: readonly Token[], facts: CodeFacts): void {
  const target = (i: number) => nameAt(st, i);
  for (let i = 0; i < st.length; i++) {
    if (spells(st, i, 'MERGE', 'INTO')) {
      const t = target(i + 2);
      if (t) facts.writes.push({ ...t.name, mode: 'merge', how: 'MERGE INTO' });
    } else if (spells(st, i, 'INSERT', 'INTO') || spells(st, i, 'INSERT', 'OVERWRITE')) {
      const overwrite = st[i + 1]!.upper === 'OVERWRITE';
      const t = target(st[i + 2]?.upper === 'TABLE' ? i + 3 : i + 2);
      if (!t) continue;
      const replaces = st.slice(t.next).some((token) => token.upper === 'REPLACE');
      const partition = st[t.next]?.upper === 'PARTITION';
      const mode: WriteMode =
        replaces || (overwrite && partition) ? 'replace-slice' : overwrite ? 'overwrite' : 'append';
      facts.writes.push({
        ...t.name,
        mode,
        how: replaces ? 'INSERT ... REPLACE' : overwrite ? 'INSERT OVERWRITE' : 'INSERT INTO',
      });
    } else if (st[i]!.upper === 'CREATE' && i === 0) {
      let j = i + 1;
      if (spells(st, j, 'OR', 'REPLACE')) j += 2;
      if (st[j]?.upper !== 'TABLE') continue;
      j++;
      if (spells(st, j, 'IF', 'NOT', 'EXISTS')) j += 3;
      const t = target(j);
      if (!t) continue;
      let k = t.next;
      if (st[k]?.text === '(') {
        facts.ddl.push({ ...t.name, columns: ddlColumns(st, k) });
        let depth = 0;
        for (; k < st.length; k++) {
          if (st[k]!.text === '(') depth++;
          if (st[k]!.text === ')' && --depth === 0) {
            k++;
            break;
          }
        }
      }
      const layout = layoutAfter(st, k, t.name);
      if (layout) facts.layouts.push(layout);
      if (st.slice(k).some((token, n, rest) => token.upper === 'AS' && rest[n + 1]?.upper === 'SELECT')) {
        facts.writes.push({ ...t.name, mode: 'overwrite', how: 'CREATE TABLE ... AS SELECT' });
      }
    } else if (spells(st, i, 'ALTER', 'TABLE')) {
      const t = target(i + 2);
      if (!t) continue;
      const layout = layoutAfter(st, t.next, t.name);
      if (layout) facts.layouts.push(layout);
    } else if (st[i]!.upper === 'OPTIMIZE' && i === 0) {
      const t = target(i + 1);
      if (!t) continue;
      const z = st.findIndex((token, n) => token.upper === 'ZORDER' && st[n + 1]?.upper === 'BY');
      if (z !== -1)
        facts.layouts.push({ ...t.name, zorderBy: parenList(st, z + 2).names.map((n) => n.text) });
    }
  }
}

/** The column definitions of `CREATE TABLE t ( ... )`: the first identifier of each item. */
function ddlColumns(st: readonly Token[], open: number): { name: string; offset: number }[] {
  const columns: { name: string; offset: number }[] = [];
  let depth = 0;
  let itemStart = true;
  for (let k = open; k < st.length; k++) {
    const token = st[k]!;
    if (token.text === '(') {
      depth++;
      if (depth === 1) itemStart = true;
      continue;
    }
    if (token.text === ')' && --depth === 0) break;
    if (depth === 1 && token.text === ',') {
      itemStart = true;
      continue;
    }
    if (depth === 1 && itemStart) {
      itemStart = false;
      if (['CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK'].includes(token.upper)) continue;
      // A column may be named like a keyword (`day`, `date`): any word starts an item.
      if (isName(token) || token.type === 'Keyword' || token.type === 'Type') {
        columns.push({ name: token.text.replaceAll('`', '').toLowerCase(), offset: token.from });
      }
    }
  }
  return columns;
}

/** `CLUSTER BY (...)`, `CLUSTER BY AUTO`, `PARTITIONED BY (...)` after index `from`. */
function layoutAfter(st: readonly Token[], from: number, name: NameAt): LayoutAt | undefined {
  const layout: LayoutAt = { ...name };
  for (let k = from; k < st.length; k++) {
    if (spells(st, k, 'CLUSTER', 'BY')) {
      layout.clusterBy =
        st[k + 2]?.upper === 'AUTO' ? 'auto' : parenList(st, k + 2).names.map((n) => n.text.toLowerCase());
    } else if (spells(st, k, 'PARTITIONED', 'BY') && st[k - 1]?.upper !== 'REPLACE') {
      layout.partitionedBy = parenList(st, k + 2).names.map((n) => n.text.toLowerCase());
    }
  }
  return layout.clusterBy || layout.partitionedBy ? layout : undefined;
}

// ---------------------------------------------------------------------------------------------
// Python

/** A link of a method chain: `.option("replaceWhere", ...)` is `{ name: 'option', strings: ['replaceWhere', ...] }`. */
interface ChainLink {
  name: string;
  /** Each argument's value when it is a plain string literal, else undefined. */
  strings: (string | undefined)[];
  /** Offset of each string argument's first character. */
  offsets: number[];
}

/** Where a string literal's text starts and ends, without its prefix (`f`, `r`...) and quotes. */
function stringBody(code: string, node: SyntaxNode): { from: number; to: number } | undefined {
  const text = code.slice(node.from, node.to);
  const quote = /^[rbufRBUF]*("""|'''|"|')/.exec(text);
  if (!quote) return undefined;
  return { from: node.from + quote[0].length, to: node.to - quote[1]!.length };
}

function stringValue(code: string, node: SyntaxNode): string | undefined {
  if (node.name !== 'String') return undefined;
  const body = stringBody(code, node);
  return body && code.slice(body.from, body.to);
}

/** The chain of calls ending at `call`, outermost last: `a.b(x).c(y)` gives `[b(x), c(y)]`. */
function chainOf(code: string, call: SyntaxNode): ChainLink[] {
  const links: ChainLink[] = [];
  let node: SyntaxNode | null = call;
  while (node?.name === 'CallExpression') {
    const callee: SyntaxNode | null = node.firstChild;
    const args = node.getChild('ArgList');
    const argNodes: SyntaxNode[] = [];
    for (let a = args?.firstChild ?? null; a; a = a.nextSibling)
      if (![',', '(', ')'].includes(a.name)) argNodes.push(a);
    if (callee?.name === 'MemberExpression') {
      const property = callee.getChild('PropertyName');
      links.unshift({
        name: property ? code.slice(property.from, property.to) : '',
        strings: argNodes.map((a) => stringValue(code, a)),
        offsets: argNodes.map((a) => a.from),
      });
      node = callee.firstChild;
      // Skip plain attribute links (`df.write`) down to the next call.
      while (node?.name === 'MemberExpression') node = node.firstChild;
    } else {
      node = null;
    }
  }
  return links;
}

/** `dag_id=<string or f-string>` among a call's arguments. */
function dagIdArguments(code: string, args: SyntaxNode): NameAt[] {
  const found: NameAt[] = [];
  for (let arg: SyntaxNode | null = args.firstChild; arg; arg = arg.nextSibling) {
    if (arg.name !== 'VariableName' || code.slice(arg.from, arg.to) !== 'dag_id') continue;
    const value = arg.nextSibling?.name === 'AssignOp' ? arg.nextSibling.nextSibling : null;
    if (value?.name === 'String') {
      const text = stringValue(code, value);
      if (text !== undefined) found.push({ text, offset: value.from });
    } else if (value?.name === 'FormatString') {
      // f"daily_orders_{client_id}": the replacement fields become `{}`, compared as wildcards.
      const body = stringBody(code, value);
      if (!body) continue;
      let text = '';
      let at = body.from;
      for (let part = value.firstChild; part; part = part.nextSibling) {
        text += `${code.slice(at, part.from)}{}`;
        at = part.to;
      }
      text += code.slice(at, body.to);
      found.push({ text, offset: value.from });
    }
  }
  return found;
}

/** `--dag-id <id>` or `--dag-id=<id>` in shell commands, read word by word. */
export function shellDagIds(script: string): NameAt[] {
  const found: NameAt[] = [];
  const words = [...script.matchAll(/[^\s\\]+/g)].map((m) => ({
    text: m[0].replace(/^['"]|['"]$/g, ''),
    offset: m.index,
  }));
  words.forEach((word, i) => {
    if (word.text === '--dag-id' && words[i + 1]) found.push(words[i + 1]!);
    else if (word.text.startsWith('--dag-id='))
      found.push({ text: word.text.slice(9), offset: word.offset + 9 });
  });
  return found;
}

/** Facts about Python code: names in strings and comments, table writes, SQL run with `spark.sql`. */
export function pythonFacts(code: string): CodeFacts {
  const facts = emptyFacts();
  const tree = pythonParser.parse(code);
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      if (node.name === 'Comment' || node.name === 'FormatString') {
        facts.names.push(...namesInText(code.slice(node.from, node.to), node.from));
        return;
      }
      if (node.name === 'String') {
        const value = stringValue(code, node) ?? '';
        facts.names.push(...namesInText(value, node.from + code.slice(node.from, node.to).indexOf(value)));
        return;
      }
      if (node.name === 'ArgList') {
        facts.dagIds.push(...dagIdArguments(code, node));
        return;
      }
      if (node.name !== 'CallExpression' || node.parent?.name === 'MemberExpression') return;
      const chain = chainOf(code, node);
      const find = (name: string) => chain.find((link) => link.name === name);
      const sql = find('sql');
      if (sql?.strings[0] !== undefined) {
        const text = sql.strings[0];
        const start = sql.offsets[0]! + code.slice(sql.offsets[0]!).indexOf(text);
        const embedded = sqlFacts(text);
        embedded.names = []; // already taken from the string itself
        merge(facts, embedded, start);
      }
      for (const method of ['saveAsTable', 'toTable', 'insertInto']) {
        const link = find(method);
        const table = link?.strings[0];
        if (!link || table === undefined) continue;
        const replaceWhere = chain.some((l) => l.name === 'option' && l.strings[0] === 'replaceWhere');
        const modeValue = find('mode')?.strings[0];
        const mode: WriteMode = replaceWhere
          ? 'replace-slice'
          : method === 'toTable' ||
              modeValue === 'append' ||
              (method === 'insertInto' && modeValue !== 'overwrite')
            ? 'append'
            : 'overwrite';
        facts.writes.push({
          text: table,
          offset: link.offsets[0]!,
          mode,
          how: replaceWhere ? `${method} with replaceWhere` : `${method} (mode ${modeValue ?? 'default'})`,
        });
      }
      const forName = find('forName');
      const merged = chain.some((l) => l.name === 'merge');
      if (forName && merged && forName.strings[1] !== undefined) {
        facts.writes.push({
          text: forName.strings[1],
          offset: forName.offsets[1]!,
          mode: 'merge',
          how: 'DeltaTable.merge',
        });
      }
    },
  });
  return facts;
}

/** Facts about a block of code in `lang`; other languages are read as prose (names only). */
export function codeFacts(lang: string, code: string): CodeFacts {
  if (lang === 'python' || lang === 'py') return pythonFacts(code);
  if (lang === 'sql') return sqlFacts(code);
  const facts = { ...emptyFacts(), names: namesInText(code) };
  if (lang === 'bash' || lang === 'sh' || lang === 'shell') facts.dagIds = shellDagIds(code);
  return facts;
}
