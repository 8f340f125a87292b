import { isSlug } from '../shared/ids.ts';
import { ContentError, type Problem, type SourcePosition } from '../shared/problems.ts';

/** A link a diagram node carries, from a Mermaid `click <node> href "<path>" "<tooltip>"` line. */
export interface DiagramLink {
  node: string;
  /** Root-relative site path, e.g. `/concepts/shuffle/`; the base path is added at build. */
  href: string;
  tooltip: string;
  line: number;
}

/** A diagram source file, with what the site needs from it besides the Mermaid text. */
export interface DiagramSource {
  /** File name without `.mmd`: the id pages use in `<Diagram id="..." />`. */
  id: string;
  /** Path of the `.mmd` file, for messages. */
  file: string;
  text: string;
  /** Mermaid diagram keyword on the first non-comment line (`flowchart`, `sequenceDiagram`...). */
  kind: string;
  /** Shown under the figure (`%% caption: ...` on line 1). */
  caption: string;
  /** `accTitle:`: the SVG's accessible name. */
  title: string;
  /** `accDescr:`: the SVG's accessible description. */
  description: string;
  links: DiagramLink[];
}

/**
 * Reads the metadata a diagram source must carry: a caption comment, `accTitle` and `accDescr`.
 * Throws one `ContentError` listing everything missing, each with file and line.
 */
export function parseDiagramSource(id: string, file: string, text: string): DiagramSource {
  const lines = text.split('\n');
  const problems: Problem[] = [];
  const at = (line: number): SourcePosition => ({ file, line });
  // Diagram ids are file names and URL fragments (`#diagram-<id>`): slugs.
  if (!isSlug(id)) {
    problems.push({
      position: at(1),
      message: `diagram id "${id}" must be lower-case words joined by hyphens`,
    });
  }

  const find = (pattern: RegExp) => {
    const index = lines.findIndex((line) => pattern.test(line));
    return index === -1
      ? undefined
      : { line: index + 1, value: (lines[index] ?? '').replace(pattern, '').trim() };
  };
  const caption = find(/^\s*%%\s*caption:\s*/);
  const title = find(/^\s*accTitle\s*:\s*/);
  const description = find(/^\s*accDescr\s*:\s*/);
  const kindLine = lines.find((line) => line.trim() && !line.trim().startsWith('%%'));
  if (!caption?.value)
    problems.push({ position: at(1), message: 'needs a caption: start the file with "%% caption: ..."' });
  if (!title?.value)
    problems.push({ position: at(2), message: 'needs "accTitle: ..." (the accessible title)' });
  if (!description?.value)
    problems.push({ position: at(2), message: 'needs "accDescr: ..." (the accessible description)' });
  if (/%%\{\s*init/.test(text) || /^---\s*$/m.test(text)) {
    problems.push({
      position: at(lines.findIndex((l) => /%%\{\s*init|^---\s*$/.test(l)) + 1),
      message:
        'must not set Mermaid config (init directive or front matter): the renderer sets theme and fonts',
    });
  }

  const links: DiagramLink[] = [];
  lines.forEach((line, index) => {
    const match = line.match(/^\s*click\s+(\S+)\s+href\s+"([^"]+)"(?:\s+"([^"]*)")?/);
    if (!match) return;
    const [, node = '', href = '', tooltip = ''] = match;
    if (!/^\/[a-z0-9/-]*\/(#[\w-]+)?$/.test(href)) {
      problems.push({
        position: at(index + 1),
        message: `link "${href}" must be a site path like "/concepts/shuffle/" (root-relative, trailing slash)`,
      });
    }
    links.push({ node, href, tooltip, line: index + 1 });
  });

  if (problems.length > 0) throw new ContentError(problems, `Invalid diagram ${file}`);
  return {
    id,
    file,
    text,
    kind: (kindLine ?? '').trim().split(/\s+/)[0] ?? '',
    caption: caption?.value ?? '',
    title: title?.value ?? '',
    description: description?.value ?? '',
    links,
  };
}
