import type { RankedResult } from './engine.ts';
import type { PagefindResultData } from './pagefind.client.ts';
import {
  diagramContext,
  kindLabel,
  partialLabel,
  withoutLeadingTitle,
  type ExcerptPart,
  type ResultMeta,
} from './present.ts';
import { sectionsToShow } from './query.ts';
import { element } from '../shared/dom.ts';

/**
 * Draws one search result, the same in the dialog and on the search page: its kind, its title
 * linking to the page (or to the diagram box or step), the excerpt, for a diagram result the
 * diagram and page it is on, for a partial match the words it lacks, its topics and its best
 * matching sections.
 */
export interface ResultOptions {
  /** How many matching sections to list under a page. */
  sections: number;
  /** Heading level of result titles: under the page's h1, or the dialog's. */
  headingLevel: 2 | 3;
}

/**
 * Pagefind's excerpt HTML as text and marked words. Only text and `<mark>` survive: the excerpt is
 * the page's text with matches marked, and nothing else in it should ever become markup.
 */
function excerptParts(html: string): ExcerptPart[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map((node) => ({
    text: node.textContent ?? '',
    mark: node.nodeName === 'MARK',
  }));
}

function excerptElement(html: string, title: string | undefined): HTMLParagraphElement {
  const excerpt = element('p', 'search-result__excerpt');
  for (const part of withoutLeadingTitle(excerptParts(html), title)) {
    excerpt.append(part.mark ? element('mark', '', part.text) : part.text);
  }
  return excerpt;
}

export function renderResult(
  result: RankedResult<PagefindResultData>,
  data: PagefindResultData,
  options: ResultOptions,
): HTMLLIElement {
  const first = (name: string) => data.filters[name]?.[0];
  const meta: ResultMeta = {
    title: data.meta['title'],
    kind: data.meta['kind'] ?? first('kind'),
    part: first('part'),
    diagram: first('diagram'),
    page: first('page'),
  };
  const title = meta.title ?? data.url;
  const item = element('li', 'search-result');
  const kind = kindLabel(meta);

  const labels = element('p', 'search-result__labels');
  if (kind) {
    const label = element('span', 'search-result__kind', kind);
    label.dataset['kind'] = (meta.kind ?? kind).toLowerCase();
    labels.append(label);
  }
  if (result.missing.length > 0)
    labels.append(element('span', 'search-result__partial', partialLabel(result.missing)));
  item.append(labels);

  const heading = element(`h${options.headingLevel}`, 'search-result__title');
  const link = element('a', 'search-result__link', title);
  link.href = data.url;
  heading.append(link);
  item.append(heading);

  const context = diagramContext(meta);
  if (context) item.append(element('p', 'search-result__context', context));
  item.append(excerptElement(data.excerpt, title));

  const topics = data.filters['topic'] ?? [];
  if (topics.length > 0 && !context) item.append(element('p', 'search-result__topics', topics.join(' · ')));

  const sections = sectionsToShow(data.sub_results, options.sections, data.url);
  if (sections.length > 0) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', `Matching sections of ${title}`);
    for (const section of sections) {
      const sectionItem = element('li', 'search-result__section');
      const sectionLink = element('a', 'search-result__section-link', section.title);
      sectionLink.href = section.url;
      sectionItem.append(sectionLink, excerptElement(section.excerpt, section.title));
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}
