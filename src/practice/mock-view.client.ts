/**
 * The mock interview view (`/practice/?mode=mock`): three questions in a row, each timed (the
 * timer can be hidden), a draft for each, then the three drafts beside the owner's answers and key
 * points. The session is stored apart from the progress, so a reload resumes it.
 */
import { element } from '../shared/dom.ts';
import { find, type PracticeApp } from './app.client.ts';
import {
  advanceMock,
  currentSpentMs,
  formatDuration,
  isMockOver,
  MOCK_STORAGE_KEY,
  pickMockQuestions,
  readMockSession,
  spokenDuration,
  startMock,
  type MockSession,
} from './mock.ts';

export function startMockInterview(app: PracticeApp) {
  const view = find(app.root, '[data-view="mock"]');
  const questionPart = find(view, '[data-mock-question]');
  const results = find(view, '[data-mock-results]');
  const timer = find(view, '[data-mock-timer]');
  const clock = find(view, '[data-mock-clock]');
  const toggle = find<HTMLButtonElement>(view, '[data-mock-timer-toggle]');
  const draft = find<HTMLTextAreaElement>(view, '[data-mock-draft]');
  const nextButton = find<HTMLButtonElement>(view, '[data-mock-next]');
  let session: MockSession | undefined = readMockSession(
    read(),
    app.data.questions.map((q) => q.slug),
  );
  let ticking: ReturnType<typeof setInterval> | undefined;

  function read(): string | null {
    try {
      return app.storage?.getItem(MOCK_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
  function save(): void {
    try {
      if (session) app.storage?.setItem(MOCK_STORAGE_KEY, JSON.stringify(session));
    } catch {
      // A mock interview is one sitting: without storage it simply does not survive a reload.
    }
  }

  function stopTimer(): void {
    clearInterval(ticking);
    ticking = undefined;
  }
  function tick(): void {
    if (session) timer.textContent = formatDuration(currentSpentMs(session, new Date()));
  }
  function showTimerState(): void {
    const hidden = session?.timerHidden ?? false;
    clock.hidden = hidden;
    toggle.textContent = hidden ? 'Show timer' : 'Hide timer';
  }

  function show(moveFocus: boolean): void {
    if (!session) session = newSession();
    const shown = app.show('mock');
    if (isMockOver(session)) {
      showResults(session, moveFocus);
      return;
    }
    const q = app.question(session.answers[session.current]?.slug ?? '');
    if (!q) return;
    questionPart.hidden = false;
    results.hidden = true;
    find(shown, '[data-mock-meta]').textContent =
      `Mock interview · question ${session.current + 1} of ${session.answers.length} · ${q.themeLabel}`;
    find(shown, '[data-mock-title]').textContent = q.question;
    draft.value = session.answers[session.current]?.draft ?? '';
    nextButton.textContent =
      session.current === session.answers.length - 1 ? 'Finish and compare' : 'Next question';
    showTimerState();
    tick();
    ticking = setInterval(tick, 1000);
    if (moveFocus) find(shown, '[data-mock-title]').focus();
  }

  function showResults(done: MockSession, moveFocus: boolean): void {
    questionPart.hidden = true;
    results.hidden = false;
    find(results, '[data-mock-list]').replaceChildren(
      ...done.answers.map((answer) => {
        const q = app.question(answer.slug);
        const article = element('article', 'practice-mock-result');
        if (!q) return article;
        article.dataset['mockResult'] = q.slug;
        const title = element('h3', undefined, `Q${q.number}. ${q.question}`);
        const meta = element('p', 'practice-q__meta', `${q.themeLabel} · `);
        const time = element('span', undefined, formatDuration(answer.spentMs));
        time.setAttribute('aria-label', spokenDuration(answer.spentMs));
        const link = element('a', undefined, 'Practise this question');
        link.href = `${location.pathname}?q=${encodeURIComponent(q.slug)}`;
        link.dataset['practiceLink'] = '';
        meta.append(time, ' · ', link);

        const mine = element('section', 'practice-compare__side');
        mine.append(element('h4', undefined, 'Your answer'));
        const text = element(
          'div',
          'practice-compare__draft',
          answer.draft.trim() || 'You wrote nothing for this question.',
        );
        text.dataset['mockDraft'] = '';
        mine.append(text);

        const theirs = element('section', 'practice-compare__side');
        theirs.append(element('h4', undefined, "The owner's answer"), app.ownerAnswer(q.slug));
        theirs.append(element('h4', undefined, 'Key points'));
        const list = element('ul', 'practice-compare__points');
        list.append(...q.keyPoints.map((point) => element('li', undefined, point)));
        theirs.append(list);

        const compare = element('div', 'practice-compare');
        compare.append(mine, theirs);
        article.append(title, meta, compare);
        return article;
      }),
    );
    if (moveFocus) find(results, '#practice-mock-results-title').focus();
  }

  function newSession(): MockSession {
    return startMock(pickMockQuestions(app.data.questions), new Date(), session?.timerHidden ?? false);
  }

  draft.addEventListener('input', () => {
    const answer = session?.answers[session.current];
    if (!answer) return;
    answer.draft = draft.value;
    save();
  });

  toggle.addEventListener('click', () => {
    if (!session) return;
    session.timerHidden = !session.timerHidden;
    save();
    showTimerState();
    app.announce(session.timerHidden ? 'Timer hidden. It still counts for the summary.' : 'Timer shown.');
  });

  nextButton.addEventListener('click', () => {
    if (!session) return;
    session = advanceMock(session, new Date());
    save();
    stopTimer();
    show(true);
    if (isMockOver(session)) {
      app.announce('Mock interview finished. Your answers are shown beside the owner’s.');
    } else {
      app.announce(`Question ${session.current + 1} of ${session.answers.length}.`);
    }
  });

  return {
    show,
    stopTimer,
    /** Starts a new mock interview (three new questions) and shows it. */
    start() {
      session = newSession();
      save();
      app.navigate('?mode=mock');
    },
    /** N moves to the next question of the mock interview. */
    key(key: string): boolean {
      if (view.hidden || questionPart.hidden || (key !== 'n' && key !== 'N')) return false;
      nextButton.click();
      return true;
    },
  };
}
