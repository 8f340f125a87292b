import type { Block } from '../blocks.ts';
import type { CheckResult, Problem } from '../report.ts';
import { checkShapes, type Delegate, type Edit } from './databricks.ts';
import { grammars, type Grammar, type ParseError, type Token } from './parsers.ts';

/** What wraps a delegated part so the Spark grammar parses it as a whole statement. */
const WRAP: Record<Delegate['kind'], [string, string]> = {
  expression: ['SELECT ', ''],
  query: ['', ''],
  type: ['SELECT CAST(NULL AS ', ')'],
};

/** Text with the characters from `start` to `stop` replaced, newlines kept so lines stay put. */
function applyEdits(
  text: string,
  offset: number,
  edits: { start: number; stop: number; text: string }[],
): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const from = edit.start - offset;
    const to = edit.stop - offset + 1;
    const kept = out.slice(from, to).replace(/[^\n]/g, ' ');
    out = out.slice(0, from) + (edit.text + kept.slice(edit.text.length)) + out.slice(to);
  }
  return out;
}

/**
 * Three-part names (`lake.silver.orders`) shortened to two: the grammar, adapted from Spark 3.5,
 * takes at most `schema.table` where a statement creates or writes a table, while Spark itself (a
 * multi-part identifier) and Unity Catalog take `catalog.schema.table`. The catalog part is
 * blanked, so every position stays where it was.
 */
function threePartEdits(tokens: Token[], isName: (t: Token) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const [a, d1, b, d2, c, next] = tokens.slice(i, i + 6);
    const chain = a && b && c && isName(a) && d1?.text === '.' && isName(b) && d2?.text === '.' && isName(c);
    const before = tokens[i - 1]?.text;
    if (chain && before !== '.' && next?.text !== '.') {
      edits.push({ start: a.start, stop: d1.stop, text: '' });
      i += 4;
    }
  }
  return edits;
}

/**
 * Parses every `dialect=spark` block, statement by statement: Databricks and Delta statements by
 * the narrow checks of `databricks.ts`, everything else (and every expression, query and type inside
 * those) by the Spark grammar of `dt-sql-parser`.
 */
export async function checkSpark(blocks: Block[]): Promise<CheckResult> {
  const { SparkSQL, SparkSqlLexer } = await grammars();
  const spark: Grammar = new SparkSQL();
  const lexerTypes = SparkSqlLexer as unknown as Record<string, number>;
  const identifierTypes = new Set(
    ['IDENTIFIER', 'BACKQUOTED_IDENTIFIER'].map((name) => lexerTypes[name]).filter((t) => t !== undefined),
  );
  const isName = (t: Token) => identifierTypes.has(t.type) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.text ?? '');
  const problems: Problem[] = [];
  let statements = 0;
  let shaped = 0;

  for (const block of blocks) {
    const lexer = spark.createLexer(block.code, () => undefined);
    lexer.removeErrorListeners();
    const all = lexer.getAllTokens();
    // One statement per top-level `;`, as the lexer sees it (not inside strings or comments).
    const groups: Token[][] = [[]];
    for (const token of all) {
      if (token.channel !== 0) continue;
      if (token.type === SparkSqlLexer.SEMICOLON) groups.push([]);
      else groups[groups.length - 1]!.push(token);
    }
    /** Parses `text` (which starts at `first`) with Spark's grammar; problems at block lines. */
    const parse = (text: string, first: Token, prefix = '') => {
      spark.parse(prefix + text, (error: ParseError) => {
        // 1-based, on the block's line (the parsed text may start inside the line).
        const column =
          error.startLine === 1 ? first.column + error.startColumn - prefix.length : error.startColumn;
        const line = first.line + error.startLine - 1;
        problems.push({
          block,
          codeLine: line,
          message: `Spark SQL grammar: ${error.message} (column ${column})`,
        });
      });
    };
    for (const tokens of groups) {
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) continue;
      statements++;
      const result = checkShapes(tokens, identifierTypes);
      if (result.error) {
        problems.push({
          block,
          codeLine: result.error.token.line,
          message: `Databricks SQL: ${result.error.message}`,
        });
        continue;
      }
      for (const part of result.delegates) {
        const [from, to] = [part.tokens[0]!, part.tokens[part.tokens.length - 1]!];
        const text = block.code.slice(from.start, to.stop + 1);
        const [before, after] = WRAP[part.kind];
        const edited = applyEdits(text, from.start, threePartEdits(part.tokens, isName));
        parse(edited + after, from, before);
      }
      if (!result.edits) {
        shaped++;
        continue;
      }
      const text = block.code.slice(first.start, last.stop + 1);
      parse(applyEdits(text, first.start, [...result.edits, ...threePartEdits(tokens, isName)]), first);
    }
  }
  return {
    problems,
    notes: [
      `${statements} statements: ${statements - shaped} by the Spark grammar of dt-sql-parser, ${shaped} by the Databricks/Delta shapes (their expressions by the Spark grammar)`,
    ],
  };
}
