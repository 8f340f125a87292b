/** Hover and focus previews for links to concept pages (see ConceptPreview.astro). */
import { withBase } from '../shared/urls.ts';

interface Card {
  title: string;
  definition: string;
}

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;
const SELECTOR = '.sl-markdown-content a[href*="/concepts/"], a.concept-chip';

let cards: Promise<Record<string, Card>> | undefined;
let card: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let showTimer = 0;
let hideTimer = 0;

function loadCards(): Promise<Record<string, Card>> {
  cards ??= fetch(withBase('/concept-cards.json')).then((r) => (r.ok ? r.json() : {}));
  return cards;
}

function slugOf(link: HTMLAnchorElement): string | undefined {
  return new URL(link.href).pathname.match(/\/concepts\/([a-z0-9-]+)\/?$/)?.[1];
}

function cardElement(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'concept-card';
  card.className = 'concept-card floating-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('mouseleave', scheduleHide);
  document.body.append(card);
  return card;
}

/** Puts the card under the link's line, or above it when the window has no room below. */
function place(element: HTMLElement, link: HTMLAnchorElement): void {
  const rect = link.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  element.style.width = `${width}px`;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  element.style.left = `${left + window.scrollX}px`;
  const below = rect.bottom + 8;
  const height = element.offsetHeight;
  const top =
    below + height > window.innerHeight && rect.top - height - 8 > 0 ? rect.top - height - 8 : below;
  element.style.top = `${top + window.scrollY}px`;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const slug = slugOf(link);
  if (!slug) return;
  const data = (await loadCards())[slug];
  if (!data) return;
  const element = cardElement();
  element.replaceChildren();
  const title = document.createElement('p');
  title.className = 'concept-card__title';
  title.textContent = data.title;
  const body = document.createElement('p');
  body.className = 'concept-card__definition';
  body.textContent = data.definition;
  const more = document.createElement('a');
  more.href = link.href;
  more.className = 'concept-card__more';
  more.textContent = 'Read the concept page →';
  more.tabIndex = -1; // the link itself is the keyboard target; this one serves the mouse
  element.append(title, body, more);
  element.hidden = false;
  place(element, link);
  current = link;
  link.setAttribute('aria-describedby', 'concept-card');
}

function hide(): void {
  window.clearTimeout(showTimer);
  if (card) card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
}

/** The HTML link under the pointer or focus. Diagram node links (SVG `<a>`) have their own cards. */
function linkFrom(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest(SELECTOR) : null;
  return link instanceof HTMLAnchorElement ? link : undefined;
}

/** Listens once on the document, so links added later are covered too. */
export function enableConceptPreviews(): void {
  if (document.documentElement.dataset['conceptPreviews']) return;
  document.documentElement.dataset['conceptPreviews'] = 'on';
  document.addEventListener('mouseover', (event) => {
    const link = linkFrom(event.target);
    if (!link || link === current) return;
    window.clearTimeout(hideTimer);
    window.clearTimeout(showTimer);
    showTimer = window.setTimeout(() => void show(link), SHOW_DELAY_MS);
  });
  document.addEventListener('mouseout', (event) => {
    if (linkFrom(event.target)) {
      window.clearTimeout(showTimer);
      scheduleHide();
    }
  });
  document.addEventListener('focusin', (event) => {
    const link = linkFrom(event.target);
    if (link) void show(link);
    else if (!(event.target instanceof Node && card?.contains(event.target))) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card && !card.hidden) hide();
  });
}
