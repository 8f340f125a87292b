/**
 * The Anki deck, `/practice/deck.csv`: one note per question (question, the owner's answer, the
 * key points, the link to the full answer, tags), written from the same content as the site at
 * every build, so it never drifts. Anki reads the `#` header lines (separator, HTML, column names,
 * tags column, deck); other CSV readers can skip them as comments.
 */
import { ownerAnswerMarkdown, type Answer } from '../answers/index.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { absoluteUrl } from '../shared/urls.ts';

export interface DeckNote {
  question: string;
  /** The owner's answer as HTML (Anki shows fields as HTML: `#html:true`). */
  answerHtml: string;
  keyPoints: readonly string[];
  /** Absolute URL of the full answer. */
  url: string;
  /** Anki tags, without spaces in any tag. */
  tags: readonly string[];
}

export const DECK_COLUMNS = ['Question', 'Answer', 'Key points', 'Link', 'Tags'] as const;

/** One CSV field, always quoted (RFC 4180): quotes doubled, line breaks kept inside the quotes. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A CSV record; records end with CRLF as RFC 4180 says. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The key points as an HTML list, each one escaped: they are plain text in the frontmatter. */
export function keyPointsHtml(points: readonly string[]): string {
  return `<ul>${points.map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ul>`;
}

/** The whole file: Anki's header lines, then one record per note. */
export function deckCsv(notes: readonly DeckNote[], deckName: string): string {
  const header = [
    '#separator:comma',
    '#html:true',
    `#columns:${DECK_COLUMNS.join(',')}`,
    `#tags column:${DECK_COLUMNS.indexOf('Tags') + 1}`,
    `#deck:${deckName.replace(/[\r\n]/g, ' ')}`,
  ]
    .map((line) => `${line}\r\n`)
    .join('');
  const records = notes.map((note) =>
    csvRecord([
      note.question,
      note.answerHtml.trim(),
      keyPointsHtml(note.keyPoints),
      note.url,
      note.tags.map((tag) => tag.replace(/\s+/g, '-')).join(' '),
    ]),
  );
  return header + records.join('');
}

/** The deck's name in Anki. */
export const DECK_NAME = 'Data Engineering Answers';

/**
 * The deck for these answers: the owner's answer rendered as the pages render it (links made
 * absolute, since Anki has no site to be relative to), the key points from the frontmatter.
 */
export async function answersDeck(
  answers: readonly Answer[],
  hosting: { site: URL; base: string },
  themeLabel: (key: Answer['meta']['theme']) => string,
): Promise<string> {
  const notes = await Promise.all(
    [...answers]
      .sort((a, b) => a.meta.number - b.meta.number)
      .map(async (answer): Promise<DeckNote> => {
        const markdown = ownerAnswerMarkdown(answer.body);
        if (!markdown) throw new Error(`${answer.filePath}: no <OwnerAnswer> block for the Anki deck`);
        const html = await renderMarkdown(markdown, hosting);
        return {
          question: answer.question,
          answerHtml: html.replace(/href="\//g, `href="${hosting.site.origin}/`).replace(/\s*\n\s*/g, ' '),
          keyPoints: answer.meta.keyPoints,
          url: absoluteUrl(hosting.site, hosting.base, answer.path),
          tags: ['data-engineering-answers', `Q${answer.meta.number}`, themeLabel(answer.meta.theme)],
        };
      }),
  );
  return deckCsv(notes, DECK_NAME);
}
