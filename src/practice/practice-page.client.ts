/**
 * The practice page in the browser: loads the progress, draws the overview, runs a question
 * (draft, reveal, tick, rate), the keyboard shortcuts and the page's URLs (`?q=<slug>` for a
 * question, `?mode=mock` for the mock interview, `?theme=` for the filter), so every state has a
 * link that can be copied and the Back button works.
 */
import { announce } from '../shared/live-region.ts';
import { plural } from '../shared/text.ts';
import { element } from '../shared/dom.ts';
import { find, type PracticeApp, type ViewName } from './app.client.ts';
import { startMockInterview } from './mock-view.client.ts';
import { startQuestionView } from './question-view.client.ts';
import {
  dueQuestions,
  dueSummary,
  lastRatingText,
  reviewLine,
  shortDate,
  shortDue,
  themeProgress,
} from './progress.ts';
import type { PracticeData, PracticeQuestion } from './questions.ts';
import { dueDate, isDue, ratingLabel } from './schedule.ts';
import { loadState, saveState } from './store.ts';
import { startTransfer } from './transfer-view.client.ts';

/** Elements where keys type text: shortcuts stay out of their way. */
const TYPING = 'textarea, input:not([type="checkbox"]):not([type="radio"]), select, [contenteditable]';
/** Elements Space already activates: Space there is theirs, not "show the answer". */
const ACTIVATES = 'button, a[href], summary, input, select, textarea, [role="button"]';

function browserStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    void storage.length;
    return storage;
  } catch {
    return undefined;
  }
}

export function startPracticePage(root: HTMLElement): void {
  const data = JSON.parse(find(root, '[data-practice-data]').textContent ?? '{}') as PracticeData;
  const storage = browserStorage();
  const loaded = storage
    ? loadState(storage, new Date())
    : ({ status: 'unavailable', state: { version: 1, cards: {}, drafts: {} } } as const);
  const status = find(root, '[data-practice-status]');
  const views = [...root.querySelectorAll<HTMLElement>('[data-view]')];
  const themeFilter = find<HTMLSelectElement>(root, '[data-theme-filter]');
  let askedToPersist = false;
  const pageTitle = document.title;

  const app: PracticeApp = {
    root,
    data,
    state: loaded.state,
    storage,
    question: (slug) => data.questions.find((q) => q.slug === slug),
    save() {
      if (!storage || !saveState(storage, app.state)) {
        showStorageProblem(
          'Your progress could not be saved',
          'This browser did not let the page save (storage may be full or blocked). Your progress lasts until you leave the page: export it to keep it.',
        );
        return;
      }
      if (!askedToPersist) {
        askedToPersist = true;
        // Ask the browser not to evict the progress under storage pressure. It may say no.
        void navigator.storage?.persist?.().catch(() => false);
      }
    },
    announce: (message) => announce(status, message),
    navigate(search) {
      history.pushState(null, '', `${location.pathname}${search}`);
      route({ moveFocus: true });
    },
    show(view: ViewName) {
      stopMockTimer();
      document.title = pageTitle;
      let shown: HTMLElement | undefined;
      for (const section of views) {
        section.hidden = section.dataset['view'] !== view;
        if (!section.hidden) shown = section;
      }
      if (!shown) throw new Error(`practice page: no view ${view}`);
      root.dataset['currentView'] = view;
      return shown;
    },
    renderOverview,
    ownerAnswer(slug) {
      const template = root.querySelector<HTMLTemplateElement>(`template[data-owner-answer-of="${slug}"]`);
      return template
        ? (template.content.cloneNode(true) as DocumentFragment)
        : document.createDocumentFragment();
    },
  };

  // Storage problems and the corrupt-data offer share one notice at the top of the overview.
  const notice = find(root, '[data-storage-notice]');
  function showStorageProblem(
    title: string,
    detail: string | readonly (string | Node)[],
    actions = false,
  ): void {
    find(notice, '[data-storage-title]').textContent = title;
    find(notice, '[data-storage-detail]').replaceChildren(
      ...(typeof detail === 'string' ? [detail] : detail),
    );
    find(notice, '[data-storage-actions]').hidden = !actions;
    notice.hidden = false;
  }
  if (loaded.status === 'unavailable') {
    showStorageProblem(
      'This browser does not let the page keep your progress',
      'You can practise, but progress and drafts last only until you leave the page. Export your progress before you go.',
    );
  }

  const transfer = startTransfer(app, { loaded, showNotice: showStorageProblem });
  const mock = startMockInterview(app);
  const stopMockTimer = () => mock.stopTimer();
  const question = startQuestionView(app, () => themeFilter.value);

  // The overview.

  function renderOverview(): void {
    const now = new Date();
    const theme = themeFilter.value;
    const inFilter = data.questions.filter((q) => !theme || q.theme === theme);
    const due = dueQuestions(data.questions, app.state, now, theme);
    const fresh = due.filter((q) => !app.state.cards[q.slug]).length;
    find(root, '[data-due-summary]').textContent = dueSummary(due.length, fresh, inFilter.length);
    find<HTMLButtonElement>(root, '[data-start-due]').disabled = due.length === 0;

    for (const row of themeProgress(data.questions, data.themes, app.state, now)) {
      const tr = root.querySelector(`[data-theme-row="${row.key}"]`);
      if (!tr) continue;
      find(tr, '[data-cell="practised"]').textContent = `${row.practised} of ${row.total}`;
      find(tr, '[data-cell="due"]').textContent = String(row.due);
      find(tr, '[data-cell="last"]').textContent = lastRatingText(row.last);
    }

    for (const q of data.questions) {
      const item = root.querySelector<HTMLElement>(`[data-question-row="${q.slug}"]`);
      if (!item) continue;
      find(item, '[data-practice-link]').textContent = `Q${q.number}. ${q.shortTitle}`;
      const record = app.state.cards[q.slug];
      const last = record?.history.at(-1);
      const next = dueDate(record);
      find(item, '[data-question-status]').textContent =
        last && next
          ? `${ratingLabel(last.rating)} on ${shortDate(last.at)} · next: ${shortDue(now, next)}`
          : app.state.drafts[q.slug]
            ? 'Not practised yet · draft saved'
            : 'Not practised yet';
      // Marked only once practised: for a new reader every question is due, and marking all says nothing.
      item.toggleAttribute('data-due', record !== undefined && isDue(record, now));
      item.querySelector('[data-question-history]')?.remove();
      if (record && record.history.length > 0) item.append(historyOf(q, record.history));
    }
  }

  function historyOf(
    q: PracticeQuestion,
    reviews: NonNullable<PracticeApp['state']['cards'][string]>['history'],
  ) {
    const details = element('details', 'practice-history');
    details.dataset['questionHistory'] = '';
    const summary = element('summary', undefined, `History (${reviews.length})`);
    summary.setAttribute(
      'aria-label',
      `History of question ${q.number}, ${plural(reviews.length, 'review')}`,
    );
    const list = element('ol', 'practice-history__list');
    for (const review of [...reviews].reverse()) {
      const item = element('li', undefined, reviewLine(review));
      if (review.draft) {
        const draft = element('details', 'practice-history__draft');
        draft.append(element('summary', undefined, 'What you wrote'), element('p', undefined, review.draft));
        item.append(draft);
      }
      list.append(item);
    }
    details.append(summary, list);
    return details;
  }

  themeFilter.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    if (themeFilter.value) params.set('theme', themeFilter.value);
    else params.delete('theme');
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    renderOverview();
  });
  find(root, '[data-start-due]').addEventListener('click', () => question.startDue());
  find(root, '[data-start-random]').addEventListener('click', () => question.startRandom());
  for (const button of root.querySelectorAll('[data-start-mock]')) {
    button.addEventListener('click', () => mock.start());
  }

  // URLs. Links inside the page change the view without a reload; each view has its own URL.

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-practice-link]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    app.navigate(new URL(link.href).search);
  });
  window.addEventListener('popstate', () => route({ moveFocus: true }));

  function route({ moveFocus }: { moveFocus: boolean }): void {
    const params = new URLSearchParams(location.search);
    const theme = params.get('theme');
    if (theme !== null && data.themes.some((t) => t.key === theme)) themeFilter.value = theme;
    const slug = params.get('q');
    if (params.get('mode') === 'mock') {
      mock.show(moveFocus);
    } else if (slug && app.question(slug)) {
      question.open(slug, moveFocus);
    } else {
      transfer.clearAlert();
      renderOverview();
      app.show('overview');
      if (slug) {
        transfer.alert(`There is no question “${slug}” on this site. Pick one from the list below.`);
      } else if (moveFocus) {
        find(root, '#practice-today').focus();
      }
    }
  }

  // Progress changed in another tab: take it, so this tab does not overwrite it with older data.
  window.addEventListener('storage', (event) => {
    if (!storage || event.storageArea !== storage || event.key !== 'de-answers.practice.v1') return;
    const reloaded = loadState(storage, new Date());
    if (reloaded.status === 'loaded' || reloaded.status === 'empty') {
      app.state = reloaded.state;
      renderOverview();
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element;
    if (target.closest('dialog')) return; // the search dialog has its own keys
    if (event.key === 'Escape' && target.matches('textarea')) {
      (target as HTMLElement).blur();
      return;
    }
    if (target.closest(TYPING)) return;
    const handled = question.key(event.key, target.closest(ACTIVATES) !== null) || mock.key(event.key);
    if (handled) event.preventDefault();
  });

  route({ moveFocus: false });
  root.dataset['ready'] = '';
}
