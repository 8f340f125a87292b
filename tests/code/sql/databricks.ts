import type { Token } from './parsers.ts';

/**
 * Databricks and Delta Lake statements that the Spark grammar (Spark 3.5's, as adapted by
 * `dt-sql-parser`) does not know, checked here on the Spark lexer's tokens against the syntax in
 * the Databricks SQL reference. This is a narrow check, not a grammar of Databricks SQL: it knows
 * the statement shapes below, and hands every expression, query and type inside them to the Spark
 * grammar, as Delta Lake's own parser hands them to Spark's.
 *
 * - `OPTIMIZE t [WHERE predicate] [ZORDER BY (col, ...)] [FULL]`
 * - `VACUUM t [LITE | FULL] [RETAIN n HOURS] [DRY RUN]`
 * - `REORG TABLE t [WHERE predicate] APPLY (PURGE)`
 * - `RESTORE [TABLE] t [TO] {VERSION | TIMESTAMP} AS OF value`
 * - `CALL procedure(argument, ...)`, arguments positional or `name => value` (Spark 4's stored
 *   procedures, and Apache Iceberg's procedures through its Spark SQL extensions)
 * - `GRANT privilege [, ...] ON securable TO principal`, `REVOKE ... FROM principal`
 * - `ALTER TABLE t` followed by `CLUSTER BY {(col, ...) | AUTO | NONE}`,
 *   `REPLACE PARTITIONED BY WITH CLUSTER BY {(col, ...) | AUTO}`,
 *   `{ALTER | CHANGE} [COLUMN] c SET MASK f [USING COLUMNS (...)]` or `DROP MASK`,
 *   `SET ROW FILTER f ON (col, ...)` or `DROP ROW FILTER`, `ADD CONSTRAINT name CHECK (predicate)`,
 *   `ADD [CONSTRAINT name] {PRIMARY KEY | FOREIGN KEY} ...`, `DROP CONSTRAINT [IF EXISTS] name`,
 *   `[SET] OWNER TO principal`
 * - `CREATE [OR REPLACE] [TEMPORARY] FUNCTION f(param type, ...) [RETURNS type] RETURN expression`
 * - `CREATE [OR REPLACE] POLICY p ON {CATALOG | SCHEMA | TABLE} name [COMMENT '...']` with a
 *   `ROW FILTER f` or `COLUMN MASK f` body: `TO principal, ... [EXCEPT principal, ...] FOR TABLES
 *   [WHEN condition] [MATCH COLUMNS condition [AS alias], ...] [ON COLUMN alias]
 *   [USING COLUMNS (arg, ...)]` (attribute-based access control)
 *
 * In `CREATE TABLE` and `REPLACE TABLE` statements, which the Spark grammar parses, the clauses it
 * does not know are checked here and then left out of what Spark parses: `CLUSTER BY (cols)` is
 * handed over as `PARTITIONED BY (cols)` (what Delta Lake's parser does), `CLUSTER BY AUTO`,
 * `GENERATED ... AS IDENTITY [(...)]`, `MASK f` on a column and table constraints
 * (`[CONSTRAINT name] PRIMARY KEY (col [TIMESERIES], ...)`, `FOREIGN KEY (...) REFERENCES t (...)`).
 * https://docs.databricks.com/aws/en/sql/language-manual/
 */

/** Something the statement needs Spark's grammar to check, at a place in the statement. */
export type Delegate =
  | { kind: 'expression'; tokens: Token[] }
  | { kind: 'query'; tokens: Token[] }
  | { kind: 'type'; tokens: Token[] };

/** Replace the statement's characters from `start` to `stop` (inclusive offsets) with `text`. */
export interface Edit {
  start: number;
  stop: number;
  text: string;
}

/** What the shapes say about one statement. */
export interface ShapeResult {
  /** A syntax error, at a token. */
  error?: { token: Token; message: string };
  /** Parts to hand to the Spark grammar. */
  delegates: Delegate[];
  /**
   * `undefined` when a shape owned the whole statement; otherwise the edits to make before the
   * Spark grammar parses the statement (replace the characters from `start` to `stop` inclusive).
   */
  edits?: Edit[];
}

class SyntaxProblem extends Error {
  readonly token: Token;
  constructor(token: Token, message: string) {
    super(message);
    this.token = token;
  }
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PRIVILEGES = [
  'ALL PRIVILEGES',
  'APPLY TAG',
  'BROWSE',
  'CREATE',
  'CREATE CATALOG',
  'CREATE CONNECTION',
  'CREATE EXTERNAL LOCATION',
  'CREATE EXTERNAL TABLE',
  'CREATE EXTERNAL VOLUME',
  'CREATE FOREIGN CATALOG',
  'CREATE FUNCTION',
  'CREATE MANAGED STORAGE',
  'CREATE MATERIALIZED VIEW',
  'CREATE MODEL',
  'CREATE SCHEMA',
  'CREATE STORAGE CREDENTIAL',
  'CREATE TABLE',
  'CREATE VOLUME',
  'EXECUTE',
  'EXTERNAL USE SCHEMA',
  'MANAGE',
  'MODIFY',
  'READ FILES',
  'READ VOLUME',
  'REFRESH',
  'SELECT',
  'USE CATALOG',
  'USE CONNECTION',
  'USE SCHEMA',
  'WRITE FILES',
  'WRITE VOLUME',
  'ALL',
]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);
const SECURABLES = [
  'CATALOG',
  'SCHEMA',
  'DATABASE',
  'TABLE',
  'VIEW',
  'MATERIALIZED VIEW',
  'FUNCTION',
  'VOLUME',
  'EXTERNAL LOCATION',
  'STORAGE CREDENTIAL',
  'CONNECTION',
  'SHARE',
  'METASTORE',
  'MODEL',
]
  .map((s) => s.split(' '))
  .sort((a, b) => b.length - a.length);

/** A cursor over a statement's visible tokens, with the few rules the shapes need. */
class Cursor {
  i = 0;
  readonly delegates: Delegate[] = [];
  readonly tokens: Token[];
  readonly #identifierTypes: Set<number>;
  constructor(tokens: Token[], identifierTypes: Set<number>) {
    this.tokens = tokens;
    this.#identifierTypes = identifierTypes;
  }

  get token(): Token | undefined {
    return this.tokens[this.i];
  }
  private found(): string {
    return this.token ? `"${this.token.text}"` : 'the end of the statement';
  }
  fail(expected: string): never {
    throw new SyntaxProblem(
      this.token ?? this.tokens[this.tokens.length - 1]!,
      `expected ${expected}, found ${this.found()}`,
    );
  }
  is(...words: string[]): boolean {
    return words.every((w, k) => this.tokens[this.i + k]?.text?.toUpperCase() === w);
  }
  accept(...words: string[]): boolean {
    if (!this.is(...words)) return false;
    this.i += words.length;
    return true;
  }
  expect(...words: string[]): void {
    if (!this.accept(...words)) this.fail(words.join(' '));
  }
  atEnd(): boolean {
    return this.i >= this.tokens.length;
  }
  end(): void {
    if (!this.atEnd()) this.fail('the end of the statement');
  }
  identifier(what = 'a name'): Token {
    const token = this.token;
    if (token && (this.#identifierTypes.has(token.type) || WORD.test(token.text ?? ''))) {
      this.i++;
      return token;
    }
    return this.fail(what);
  }
  /** `a`, `a.b` or `a.b.c`. */
  name(what = 'a name'): void {
    this.identifier(what);
    while (this.accept('.')) this.identifier(what);
  }
  integer(): void {
    if (!/^\d+$/.test(this.token?.text ?? '')) this.fail('a number');
    this.i++;
  }
  string(): void {
    const text = this.token?.text ?? '';
    if (!(text.startsWith("'") || text.startsWith('"'))) this.fail('a quoted string');
    this.i++;
  }
  /** `(item, ...)`. */
  list(item: () => void): void {
    this.expect('(');
    do item();
    while (this.accept(','));
    this.expect(')');
  }
  /** The tokens up to one of `stops` at depth 0 (or the end), for the Spark grammar. */
  until(kind: Delegate['kind'], ...stops: string[][]): void {
    const from = this.i;
    let depth = 0;
    while (!this.atEnd()) {
      if (depth === 0 && stops.some((s) => this.is(...s))) break;
      if (this.is('(')) depth++;
      if (this.is(')')) {
        if (depth === 0) break;
        depth--;
      }
      this.i++;
    }
    if (this.i === from) this.fail(kind === 'type' ? 'a type' : `an ${kind}`);
    this.delegates.push({ kind, tokens: this.tokens.slice(from, this.i) });
  }
  oneOf(options: string[][], what: string): void {
    const match = options.find((o) => this.is(...o));
    if (!match) this.fail(what);
    this.i += match.length;
  }
  principal(): void {
    this.identifier('a principal (a user, group or service principal, in back quotes)');
  }
  clusterBy(allowNone: boolean): void {
    if (this.accept('AUTO') || (allowNone && this.accept('NONE'))) return;
    this.list(() => this.name('a column'));
  }
}

function optimize(c: Cursor): void {
  c.expect('OPTIMIZE');
  if (c.token?.text?.startsWith("'")) c.string();
  else c.name('a table');
  if (c.accept('WHERE')) c.until('expression', ['ZORDER'], ['FULL']);
  if (c.accept('ZORDER', 'BY')) {
    if (c.is('(')) c.list(() => c.name('a column'));
    else
      do c.name('a column');
      while (c.accept(','));
  }
  c.accept('FULL');
  c.end();
}

function vacuum(c: Cursor): void {
  c.expect('VACUUM');
  if (c.token?.text?.startsWith("'")) c.string();
  else c.name('a table');
  if (!c.accept('LITE')) c.accept('FULL');
  if (c.accept('RETAIN')) {
    c.integer();
    c.expect('HOURS');
  }
  c.accept('DRY', 'RUN');
  c.end();
}

function reorg(c: Cursor): void {
  c.expect('REORG', 'TABLE');
  c.name('a table');
  if (c.accept('WHERE')) c.until('expression', ['APPLY']);
  c.expect('APPLY');
  c.expect('(');
  if (c.accept('PURGE')) c.expect(')');
  else {
    c.expect('UPGRADE', 'UNIFORM', '(', 'ICEBERG_COMPAT_VERSION', '=');
    c.integer();
    c.expect(')', ')');
  }
  c.end();
}

function restore(c: Cursor): void {
  c.expect('RESTORE');
  c.accept('TABLE');
  c.name('a table');
  c.accept('TO');
  c.oneOf([['VERSION'], ['TIMESTAMP']], 'VERSION AS OF or TIMESTAMP AS OF');
  c.expect('AS', 'OF');
  c.until('expression');
  c.end();
}

function call(c: Cursor): void {
  c.expect('CALL');
  c.name('a procedure');
  c.expect('(');
  if (!c.is(')'))
    do {
      if (c.tokens[c.i + 1]?.text === '=>') {
        c.identifier('an argument name');
        c.i++;
      }
      c.until('expression', [',']);
    } while (c.accept(','));
  c.expect(')');
  c.end();
}

function grant(c: Cursor): void {
  const revoke = c.accept('REVOKE');
  if (!revoke) c.expect('GRANT');
  do c.oneOf(PRIVILEGES, 'a privilege (SELECT, MODIFY, USE SCHEMA, ...)');
  while (c.accept(','));
  c.expect('ON');
  c.oneOf(SECURABLES, 'a securable type (CATALOG, SCHEMA, TABLE, ...)');
  if (!c.is(revoke ? 'FROM' : 'TO')) c.name("the securable's name");
  c.expect(revoke ? 'FROM' : 'TO');
  c.principal();
  c.end();
}

function tableConstraint(c: Cursor): void {
  if (c.accept('CONSTRAINT')) c.identifier('a constraint name');
  if (c.accept('PRIMARY', 'KEY')) {
    c.list(() => {
      c.identifier('a column');
      c.accept('TIMESERIES');
    });
    while (c.accept('RELY') || c.accept('NORELY') || c.accept('NOT', 'ENFORCED') || c.accept('DEFERRABLE'));
  } else if (c.accept('FOREIGN', 'KEY')) {
    c.list(() => c.identifier('a column'));
    c.expect('REFERENCES');
    c.name('a table');
    if (c.is('(')) c.list(() => c.identifier('a column'));
    while (c.accept('RELY') || c.accept('NORELY') || c.accept('NOT', 'ENFORCED') || c.accept('DEFERRABLE'));
  } else if (c.accept('CHECK')) {
    c.expect('(');
    c.until('expression');
    c.expect(')');
  } else c.fail('PRIMARY KEY, FOREIGN KEY or CHECK');
}

/** `ALTER TABLE t ...` in one of the shapes above; false when it is one for the Spark grammar. */
function alterTable(c: Cursor): boolean {
  c.expect('ALTER', 'TABLE');
  c.name('a table');
  if (c.accept('CLUSTER', 'BY')) c.clusterBy(true);
  else if (c.accept('REPLACE', 'PARTITIONED', 'BY', 'WITH', 'CLUSTER', 'BY')) c.clusterBy(false);
  else if (c.is('ALTER') || c.is('CHANGE')) {
    const from = c.i;
    c.i++;
    c.accept('COLUMN');
    c.name('a column');
    if (c.accept('SET', 'MASK')) {
      c.name('a mask function');
      if (c.accept('USING', 'COLUMNS')) c.list(() => c.until('expression', [',']));
    } else if (!c.accept('DROP', 'MASK')) {
      c.i = from;
      return false;
    }
  } else if (c.accept('SET', 'ROW', 'FILTER')) {
    c.name('a row filter function');
    c.expect('ON');
    c.expect('(');
    if (!c.is(')'))
      do c.until('expression', [',']);
      while (c.accept(','));
    c.expect(')');
  } else if (c.accept('DROP', 'ROW', 'FILTER')) {
    /* nothing follows */
  } else if (c.is('ADD', 'CONSTRAINT') || c.is('ADD', 'PRIMARY') || c.is('ADD', 'FOREIGN')) {
    c.expect('ADD');
    tableConstraint(c);
  } else if (c.accept('DROP', 'CONSTRAINT')) {
    c.accept('IF', 'EXISTS');
    c.identifier('a constraint name');
  } else if (c.accept('OWNER', 'TO') || c.accept('SET', 'OWNER', 'TO')) c.principal();
  else return false;
  c.end();
  return true;
}

function sqlFunction(c: Cursor): boolean {
  const from = c.i;
  c.expect('CREATE');
  c.accept('OR', 'REPLACE');
  if (!c.accept('TEMPORARY')) c.accept('TEMP');
  if (!c.accept('FUNCTION')) return false;
  c.accept('IF', 'NOT', 'EXISTS');
  c.name('a function name');
  // A Hive-style `CREATE FUNCTION f AS 'class'` is the Spark grammar's.
  if (!c.is('(')) {
    c.i = from;
    return false;
  }
  c.expect('(');
  if (!c.is(')'))
    do {
      c.identifier('a parameter name');
      c.until('type', [','], ['DEFAULT'], ['COMMENT']);
      if (c.accept('DEFAULT')) c.until('expression', [','], ['COMMENT']);
      if (c.accept('COMMENT')) c.string();
    } while (c.accept(','));
  c.expect(')');
  if (c.accept('RETURNS')) {
    if (c.accept('TABLE'))
      c.list(() => {
        c.identifier('a column');
        c.until('type', [',']);
      });
    else
      c.until(
        'type',
        ['RETURN'],
        ['COMMENT'],
        ['LANGUAGE'],
        ['DETERMINISTIC'],
        ['NOT'],
        ['CONTAINS'],
        ['READS'],
      );
  }
  while (!c.is('RETURN') && !c.atEnd()) {
    if (c.accept('COMMENT')) c.string();
    else if (!(
      c.accept('LANGUAGE', 'SQL') ||
      c.accept('DETERMINISTIC') ||
      c.accept('NOT', 'DETERMINISTIC') ||
      c.accept('CONTAINS', 'SQL') ||
      c.accept('READS', 'SQL', 'DATA')
    ))
      c.fail('RETURN or a characteristic');
  }
  c.expect('RETURN');
  c.until(c.is('SELECT') || c.is('WITH') ? 'query' : 'expression');
  c.end();
  return true;
}

function policy(c: Cursor): boolean {
  c.expect('CREATE');
  c.accept('OR', 'REPLACE');
  if (!c.accept('POLICY')) return false;
  c.identifier('a policy name');
  c.expect('ON');
  c.oneOf([['CATALOG'], ['SCHEMA'], ['TABLE']], 'CATALOG, SCHEMA or TABLE');
  c.name("the securable's name");
  if (c.accept('COMMENT')) c.string();
  const mask = c.accept('COLUMN', 'MASK');
  if (!mask) c.expect('ROW', 'FILTER');
  c.name('a function');
  c.expect('TO');
  do c.principal();
  while (c.accept(','));
  if (c.accept('EXCEPT'))
    do c.principal();
    while (c.accept(','));
  c.expect('FOR', 'TABLES');
  if (c.accept('WHEN')) c.until('expression', ['MATCH'], ['ON', 'COLUMN'], ['USING', 'COLUMNS']);
  if (c.accept('MATCH', 'COLUMNS'))
    do {
      c.until('expression', [','], ['AS'], ['ON', 'COLUMN'], ['USING', 'COLUMNS']);
      if (c.accept('AS') || !(c.is(',') || c.is('ON') || c.is('USING') || c.atEnd()))
        c.identifier('an alias');
    } while (c.accept(','));
  if (mask) {
    c.expect('ON', 'COLUMN');
    c.identifier('a column alias');
  }
  if (c.accept('USING', 'COLUMNS')) c.list(() => c.until('expression', [',']));
  c.end();
  return true;
}

/**
 * The edits that leave out of a `CREATE TABLE`/`REPLACE TABLE` statement what Spark's grammar does
 * not know, each checked here first.
 */
function createTableEdits(c: Cursor): Edit[] {
  const edits: Edit[] = [];
  const blank = (from: number, to: number) =>
    edits.push({ start: c.tokens[from]!.start, stop: c.tokens[to - 1]!.stop, text: '' });
  let depth = 0;
  for (c.i = 0; !c.atEnd();) {
    if (c.is('(')) depth++;
    if (c.is(')')) depth--;
    const from = c.i;
    if (depth === 0 && c.accept('CLUSTER', 'BY')) {
      if (c.accept('AUTO')) blank(from, c.i);
      else {
        c.list(() => c.name('a column'));
        edits.push({ start: c.tokens[from]!.start, stop: c.tokens[from + 1]!.stop, text: 'PARTITIONED BY' });
      }
    } else if (
      depth === 1 &&
      c.tokens[from - 1]?.text === ',' &&
      (c.is('CONSTRAINT') || c.is('PRIMARY', 'KEY') || c.is('FOREIGN', 'KEY'))
    ) {
      tableConstraint(c);
      blank(from - 1, c.i);
    } else if (depth === 1 && c.accept('GENERATED')) {
      c.oneOf([['ALWAYS'], ['BY', 'DEFAULT']], 'ALWAYS or BY DEFAULT');
      c.expect('AS');
      if (c.accept('IDENTITY')) {
        if (c.is('(')) {
          c.expect('(');
          while (!c.is(')')) {
            c.oneOf(
              [
                ['START', 'WITH'],
                ['INCREMENT', 'BY'],
              ],
              'START WITH or INCREMENT BY',
            );
            c.accept('-');
            c.integer();
          }
          c.expect(')');
        }
        blank(from, c.i);
      }
    } else if (depth === 1 && c.accept('MASK')) {
      c.name('a mask function');
      if (c.accept('USING', 'COLUMNS')) c.list(() => c.until('expression', [',']));
      blank(from, c.i);
    } else c.i++;
  }
  return edits;
}

/**
 * Checks a statement against the shapes above. `tokens` are its visible tokens; `identifierTypes`
 * the lexer's token types for names.
 */
export function checkShapes(tokens: Token[], identifierTypes: Set<number>): ShapeResult {
  const c = new Cursor(tokens, identifierTypes);
  try {
    if (c.is('OPTIMIZE')) optimize(c);
    else if (c.is('VACUUM')) vacuum(c);
    else if (c.is('REORG')) reorg(c);
    else if (c.is('RESTORE')) restore(c);
    else if (c.is('CALL')) call(c);
    else if (c.is('GRANT') || c.is('REVOKE')) grant(c);
    else if (c.is('ALTER', 'TABLE') && alterTable(c)) {
      /* owned */
    } else if (c.is('CREATE') && (sqlFunction(c) || ((c.i = 0), policy(c)))) {
      /* owned */
    } else {
      c.i = 0;
      const creates = c.is('CREATE') || c.is('REPLACE');
      return { delegates: c.delegates, edits: creates ? createTableEdits(c) : [] };
    }
    return { delegates: c.delegates };
  } catch (error) {
    if (error instanceof SyntaxProblem)
      return { error: { token: error.token, message: error.message }, delegates: [] };
    throw error;
  }
}
