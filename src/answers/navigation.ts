import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { withBase } from '../shared/urls.ts';
import { getAnswers, groupByTheme, neighbours, type Answer } from './answers.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** Compares paths with and without trailing slash, so `/answers/x` marks `/answers/x/` current. */
function samePath(a: string, b: string): boolean {
  return a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

function link(label: string, path: string, currentPath: string): SidebarLink {
  const href = withBase(path);
  return {
    type: 'link',
    label,
    href,
    isCurrent: samePath(href, currentPath),
    badge: undefined,
    attrs: {},
  };
}

function answerLink(answer: Answer, currentPath: string): SidebarLink {
  return link(`${answer.meta.number}. ${answer.meta.shortTitle}`, answer.path, currentPath);
}

/**
 * The sidebar and previous/next links come from the content, not from a hand-kept list in the
 * config: the sidebar groups answers by theme, previous/next follow question order.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const answers = await getAnswers();
  const currentPath = context.url.pathname;

  const answerGroups: SidebarEntry[] = groupByTheme(answers).map((group) => ({
    type: 'group',
    label: group.label,
    entries: group.answers.map((answer) => answerLink(answer, currentPath)),
    collapsed: false,
    badge: undefined,
  }));
  const conceptsGroup = route.sidebar.find((entry) => entry.type === 'group' && entry.label === 'Concepts');
  route.sidebar = [
    link('Home', '/', currentPath),
    link('All answers on one page', '/all-answers/', currentPath),
    link('Practice', '/practice/', currentPath),
    ...answerGroups,
    link('Concept map', '/concept-map/', currentPath),
    ...(conceptsGroup ? [conceptsGroup] : []),
  ];

  const current = answers.find((answer) => answer.id === route.id);
  if (current) {
    const { prev, next } = neighbours(answers, current.id);
    route.pagination = {
      prev: prev ? answerLink(prev, currentPath) : undefined,
      next: next ? answerLink(next, currentPath) : undefined,
    };
  } else if (route.id === '') {
    const first = answers[0];
    route.pagination = { prev: undefined, next: first ? answerLink(first, currentPath) : undefined };
  }
});
