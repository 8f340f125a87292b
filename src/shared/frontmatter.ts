import { LineCounter, parseDocument } from 'yaml';

/**
 * A page's YAML frontmatter: the block between a first line `---` and the next line `---`, read
 * with the `yaml` parser (YAML 1.1, as Astro reads it, so a date is a `Date`). Line endings may be
 * Unix or Windows ones; positions are the file's lines.
 */
export interface Frontmatter {
  /** The YAML text between the fences, with the file's own line endings. */
  yaml: string;
  /** The file line (1-based) of the YAML's first line, the one after the opening fence. */
  firstLine: number;
  /** The number of file lines the block takes, fences included. */
  lines: number;
  /** Offset in the file where the text after the closing fence's line begins. */
  bodyOffset: number;
}

const FENCE = '---';

/** Each line of `text` with the offset it starts at and the offset after its line break. */
function* linesOf(text: string): Generator<{ line: string; start: number; next: number }> {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const next = end === -1 ? text.length : end + 1;
    const line = text.slice(start, end === -1 ? text.length : end);
    yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, start, next };
    start = next;
  }
}

/** Where the frontmatter is, or undefined when the file has none (a byte-order mark is allowed). */
export function findFrontmatter(source: string): Frontmatter | undefined {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const lines = linesOf(source.slice(bom));
  const first = lines.next();
  if (first.done || first.value.line !== FENCE) return undefined;
  let count = 1;
  for (const { line, start, next } of lines) {
    count++;
    if (line === FENCE) {
      return {
        yaml: source.slice(bom + first.value.next, bom + start),
        firstLine: 2,
        lines: count,
        bodyOffset: bom + next,
      };
    }
  }
  return undefined;
}

/** A YAML error in the frontmatter, at its file line. */
export interface FrontmatterError {
  line: number;
  message: string;
}

/**
 * The frontmatter as an object (`{}` when there is none, or it is not a map) and its YAML errors,
 * each at its line of the file.
 */
export function readFrontmatter(source: string): {
  data: Record<string, unknown>;
  errors: FrontmatterError[];
} {
  const found = findFrontmatter(source);
  if (!found) return { data: {}, errors: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(found.yaml, { version: '1.1', lineCounter, prettyErrors: false });
  const errors = doc.errors.map((error) => ({
    line: found.firstLine - 1 + lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const data: unknown = errors.length ? undefined : doc.toJS();
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    errors,
  };
}

/** The file with its frontmatter replaced by as many empty lines, so positions stay the file's. */
export function blankFrontmatter(source: string): string {
  const found = findFrontmatter(source);
  return found ? '\n'.repeat(found.lines) + source.slice(found.bodyOffset) : source;
}
