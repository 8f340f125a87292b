/**
 * The practice page's question view: one question, the reader's draft, the reveal, the key points
 * and the rating, and "next" (what is due, or a random question: `nextQuestionChoice`). Started by
 * practice-page.client.ts, which owns the overview and the page's URLs.
 */
import { element } from '../shared/dom.ts';
import { find, type PracticeApp } from './app.client.ts';
import { longDue, nextQuestionChoice, shortDue } from './progress.ts';
import type { PracticeQuestion } from './questions.ts';
import { dueDate, isDue, nextDueDates, rate, ratingLabel, RATINGS } from './schedule.ts';
import type { RatingName } from './store.ts';
import { canonicalPageUrl } from '../shared/clipboard.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/**
 * Whether the reader has a keyboard to use the shortcuts with, as far as a page can tell: a fine
 * pointer that hovers (a mouse or a trackpad) goes with one; a touch screen alone does not. The
 * same media query hides the key hints (practice.css), rather than guessing from the user agent.
 */
const hasKeyboard = () => matchMedia('(hover: hover) and (pointer: fine)').matches;

/** The question view: one question, its draft, the reveal, the key points and the rating. */
export function startQuestionView(app: PracticeApp, theme: () => string) {
  const view = find(app.root, '[data-view="question"]');
  const draft = find<HTMLTextAreaElement>(view, '[data-draft]');
  const reveal = find<HTMLButtonElement>(view, '[data-reveal]');
  const answer = find(view, '[data-answer]');
  const points = find(view, '[data-key-points]');
  const rateButtons = [...view.querySelectorAll<HTMLButtonElement>('[data-rate]')];
  const result = find(view, '[data-result]');
  const afterRating = find(view, '[data-after-rating]');
  const copy = find<HTMLButtonElement>(view, '[data-copy-url]');
  const skip = find<HTMLButtonElement>(view, '[data-skip]');

  /** How the reader got here, for "next": what is due (the default) or at random. */
  let mode: 'due' | 'random' = 'due';
  /** Questions rated or skipped in this visit: "next" does not offer them again. */
  const seen = new Set<string>();
  let current: PracticeQuestion | undefined;
  let rated = false;

  function open(slug: string, moveFocus: boolean): void {
    const q = app.question(slug);
    if (!q) return;
    current = q;
    rated = false;
    app.show('question');
    const now = new Date();
    const record = app.state.cards[slug];
    const due = dueDate(record);
    find(view, '[data-q-meta]').textContent = [
      `Question ${q.number}`,
      q.themeLabel,
      record ? (due && isDue(record, now) ? 'due today' : `next due ${shortDue(now, due ?? now)}`) : 'new',
    ].join(' · ');
    find(view, '[data-q-title]').textContent = q.question;
    document.title = document.title.replace(/^[^|]*\|/, `Practise Q${q.number} |`);
    copy.dataset['copyUrl'] = new URL(`?q=${encodeURIComponent(slug)}`, canonicalPracticeUrl()).href;
    copy.dataset['copyWhat'] = `Link to practise question ${q.number}`;
    draft.value = app.state.drafts[slug]?.text ?? '';
    reveal.hidden = false;
    reveal.setAttribute('aria-expanded', 'false');
    answer.hidden = true;
    result.hidden = true;
    afterRating.hidden = true;
    skip.hidden = false;
    find(view, '[data-owner-slot]').replaceChildren();
    points.replaceChildren();
    if (moveFocus) find(view, '[data-q-title]').focus();
  }

  function showAnswer(): void {
    if (!current || !answer.hidden) return;
    const q = current;
    find(view, '[data-owner-slot]').replaceChildren(app.ownerAnswer(q.slug));
    find<HTMLAnchorElement>(view, '[data-full-answer]').href = q.href;
    points.replaceChildren(
      ...q.keyPoints.map((point, i) => {
        const item = element('li', 'practice-points__item');
        const label = element('label', 'practice-points__label');
        const box = element('input');
        box.type = 'checkbox';
        box.id = `practice-point-${i}`;
        box.dataset['keyPoint'] = String(i);
        label.append(box, element('span', undefined, point));
        item.append(label);
        return item;
      }),
    );
    const when = nextDueDates(app.state.cards[q.slug], new Date());
    const now = new Date();
    for (const button of rateButtons) {
      const name = button.dataset['rate'] as RatingName;
      button.disabled = false;
      button.removeAttribute('aria-pressed');
      find(button, '[data-rate-when]').textContent = shortDue(now, when[name]).replace(/^.*\((.*)\)$/, '$1');
    }
    reveal.hidden = true;
    reveal.setAttribute('aria-expanded', 'true');
    // Once the answer shows, skipping is no longer the question: rate it, then go on.
    skip.hidden = true;
    answer.hidden = false;
    // The answer comes into view from its heading, below Starlight's header (scroll-padding-top);
    // focus follows without a second jump. Instantly for readers who asked for less motion.
    const heading = find(view, '[data-answer-heading]');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'instant' : 'smooth' });
    app.announce(
      hasKeyboard()
        ? `Answer shown, with ${q.keyPoints.length} key points to tick. Then rate your recall: 1 Again, 2 Hard, 3 Good, 4 Easy.`
        : `Answer shown, with ${q.keyPoints.length} key points to tick. Then rate your recall.`,
    );
  }

  function rateAs(name: RatingName): void {
    if (!current || answer.hidden || rated) return;
    const q = current;
    const now = new Date();
    const ticked = points.querySelectorAll('input:checked').length;
    const record = rate(app.state.cards[q.slug], name, now, {
      covered: ticked,
      total: q.keyPoints.length,
      draft: draft.value,
    });
    app.state.cards[q.slug] = record;
    delete app.state.drafts[q.slug];
    app.save();
    rated = true;
    seen.add(q.slug);
    for (const button of rateButtons) {
      button.disabled = true;
      button.setAttribute('aria-pressed', String(button.dataset['rate'] === name));
    }
    const due = new Date(record.card.due);
    result.textContent = `Rated ${ratingLabel(name)}, ${ticked} of ${q.keyPoints.length} key points covered. Next review: ${shortDue(now, due)}.`;
    result.dataset['due'] = record.card.due;
    result.hidden = false;
    afterRating.hidden = false;
    skip.hidden = true;
    find(view, '[data-next]').focus();
    app.announce(`Rated ${ratingLabel(name)}. Next review ${longDue(now, due)}.`);
  }

  function nextQuestion(): void {
    if (current) seen.add(current.slug);
    const next = nextQuestionChoice({
      questions: app.data.questions,
      state: app.state,
      now: new Date(),
      theme: theme(),
      mode,
      seen,
      current: current?.slug,
      random: Math.random,
    });
    if (next) {
      app.navigate(`?q=${encodeURIComponent(next.slug)}`);
    } else {
      app.navigate(theme() ? `?theme=${theme()}` : '');
      app.announce('That was the last question due today. Well done.');
    }
  }

  draft.addEventListener('input', () => {
    if (!current) return;
    if (draft.value.trim()) {
      app.state.drafts[current.slug] = { text: draft.value, updatedAt: new Date().toISOString() };
    } else {
      delete app.state.drafts[current.slug];
    }
    app.save();
  });
  reveal.addEventListener('click', showAnswer);
  for (const button of rateButtons) {
    button.addEventListener('click', () => rateAs(button.dataset['rate'] as RatingName));
  }
  find(view, '[data-next]').addEventListener('click', nextQuestion);
  skip.addEventListener('click', nextQuestion);

  return {
    open,
    startDue() {
      mode = 'due';
      seen.clear();
      current = undefined;
      nextQuestion();
    },
    startRandom() {
      mode = 'random';
      seen.clear();
      current = undefined;
      nextQuestion();
    },
    /** A shortcut key on the question view; true when it did something. */
    key(key: string, onControl: boolean): boolean {
      if (view.hidden || !current) return false;
      if (key === ' ' && !onControl && answer.hidden) {
        showAnswer();
        return true;
      }
      const rating = RATINGS.find((r) => r.key === key);
      if (rating && !answer.hidden && !rated) {
        rateAs(rating.name);
        return true;
      }
      if (key === 'n' || key === 'N') {
        nextQuestion();
        return true;
      }
      return false;
    },
  };
}

/** The practice page's public address (its canonical link: SITE_URL and base), without query. */
function canonicalPracticeUrl(): string {
  return canonicalPageUrl().split(/[?#]/)[0] ?? location.href;
}
