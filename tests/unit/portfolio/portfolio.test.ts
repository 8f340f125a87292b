import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAnswers } from '../../../src/answers/index.ts';
import { cspProblems, inlineScripts } from '../../../src/build/headers.ts';
import { badgePath } from '../../../src/cards/index.ts';
import { embedNotFoundHtml, embedPageHtml, type EmbedCard } from '../../../src/portfolio/embed-page.ts';
import { atomFeed, jsonFeed, type FeedSite } from '../../../src/portfolio/feeds.ts';
import { oembedDocument } from '../../../src/portfolio/oembed.ts';
import { absoluteLinks, type PortfolioAnswer } from '../../../src/portfolio/portfolio.ts';
import {
  badgeMarkdown,
  EMBED_FIXED_HEIGHT,
  embedUrlFor,
  fixedIframeSnippet,
  iframeSnippet,
  type SnippetTarget,
} from '../../../src/portfolio/snippets.ts';
import { embedPath, oembedPath } from '../../../src/portfolio/urls.ts';
import { answersFeedProblems } from '../../support/feed-schema.ts';

describe('portfolio addresses', () => {
  it('give each question an embed and an oEmbed document', () => {
    assert.equal(embedPath(3), '/embed/q/3/');
    assert.equal(oembedPath(3), '/oembed/q/3.json');
    assert.throws(() => embedPath(0), /no embed for question 0/);
    assert.throws(() => oembedPath(2.5), /no oEmbed document for question 2.5/);
  });
  it('make root-relative links absolute on the site', () => {
    assert.equal(
      absoluteLinks(
        '<a href="/portfolio/concepts/x/">x</a> <a href="//cdn/x">y</a>',
        new URL('https://a.example'),
      ),
      '<a href="https://a.example/portfolio/concepts/x/">x</a> <a href="//cdn/x">y</a>',
    );
  });
});

const target: SnippetTarget = {
  embedUrl: 'https://answers.example.com/portfolio/embed/q/3/',
  badgeUrl: 'https://answers.example.com/portfolio/badge/q/3.svg',
  shortUrl: 'https://answers.example.com/portfolio/q/3/',
  label: 'Q3 · Optimising "Spark" jobs',
};

describe('snippets', () => {
  it('asks for the colours chosen: ?theme= on the embed, nothing for Auto', () => {
    const url = 'https://answers.example.com/portfolio/embed/q/3/';
    assert.equal(embedUrlFor(url, 'auto'), url);
    assert.equal(embedUrlFor(url, 'dark'), `${url}?theme=dark`);
    assert.equal(embedUrlFor(url, 'light'), `${url}?theme=light`);
  });

  it('the resizing iframe listens only to the embed’s origin and to the frame that sent the height', () => {
    const snippet = iframeSnippet(target);
    assert.match(snippet, /<iframe src="https:\/\/answers.example.com\/portfolio\/embed\/q\/3\/"/);
    assert.match(snippet, /title="Q3 · Optimising &quot;Spark&quot; jobs"/);
    assert.match(snippet, /e\.origin!=="https:\/\/answers.example.com"/);
    assert.match(snippet, /f\.contentWindow===e\.source/);
  });
  it('the script-free iframe has a fixed height and no script', () => {
    const snippet = fixedIframeSnippet(target);
    assert.match(snippet, new RegExp(`height="${EMBED_FIXED_HEIGHT}"`));
    assert.doesNotMatch(snippet, /<script/);
  });
  it('the badge links to the short link', () => {
    assert.equal(
      badgeMarkdown(target),
      '[![Q3 · Optimising "Spark" jobs](https://answers.example.com/portfolio/badge/q/3.svg)](https://answers.example.com/portfolio/q/3/)',
    );
  });
});

const card: EmbedCard = {
  number: 3,
  question: 'How do you optimize <Spark> jobs?',
  themeLabel: 'Spark',
  accent: '#f97316',
  summaryHtml: '<ul><li>Read less.</li></ul>',
  diagram: { svg: '<svg viewBox="0 0 10 10" width="10" height="10"></svg>', title: 'A plan', cropped: true },
  pageUrl: 'https://answers.example.com/answers/spark/',
  siteName: 'Data Engineering Answers',
};

describe('the embed page', () => {
  const html = embedPageHtml(card);
  it('is noindex, names its canonical page and opens the full answer in a new tab', () => {
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/answers.example.com\/answers\/spark\/">/);
    assert.match(
      html,
      /<a href="https:\/\/answers.example.com\/answers\/spark\/" target="_blank" rel="noopener">Read the full answer<span class="sr-only"> \(opens in a new tab\)<\/span>/,
    );
    assert.match(html, /<h1>How do you optimize &lt;Spark&gt; jobs\?<\/h1>/);
    assert.match(html, /<figure class="cropped" aria-label="Diagram: A plan">/);
  });
  it('sets the theme before paint and reports its height, in inline scripts only', () => {
    const scripts = inlineScripts(html);
    assert.equal(scripts.length, 2);
    assert.match(scripts[0] ?? '', /URLSearchParams\(location.search\).get\("theme"\)/);
    assert.match(scripts[1] ?? '', /postMessage\(\{type:"answers-embed:height"/);
    assert.ok(
      html.indexOf('<script>') < html.indexOf('<style>'),
      'the theme script runs before styles apply',
    );
    assert.deepEqual(cspProblems(html), []);
  });
  it('follows the system theme without a script', () => {
    assert.match(html, /@media \(prefers-color-scheme:dark\)\{:root:not\(\[data-theme\]\)\{--bg:/);
  });
  it('for a wrong number, lists the numbers that exist', () => {
    const notFound = embedNotFoundHtml({
      entries: [
        { number: 1, shortTitle: 'One', embedUrl: 'https://x.example/embed/q/1/' },
        { number: 2, shortTitle: 'Two', embedUrl: 'https://x.example/embed/q/2/' },
      ],
      siteName: 'Site',
      siteUrl: 'https://x.example/',
    });
    assert.match(notFound, /Embeds exist for questions 1 to 2/);
    assert.match(notFound, /<code>\/embed\/q\/2\/<\/code> Two/);
  });
});

/** Portfolio entries from the answers on disk, with made-up addresses. */
function sampleEntries(): PortfolioAnswer[] {
  return readAnswers()
    .slice(0, 3)
    .map((answer) => {
      const n = answer.meta.number;
      const at = (path: string) => `https://answers.example.com${path}`;
      return {
        answer,
        number: n,
        question: answer.question,
        shortTitle: answer.meta.shortTitle,
        label: `Q${n} · ${answer.meta.shortTitle}`,
        themeLabel: 'Theme & co',
        accent: '#3b82f6',
        description: answer.description,
        summaryHtml: '<ul><li>One <a href="https://answers.example.com/concepts/x/">point</a>.</li></ul>',
        diagramTitle: undefined,
        pageUrl: at(answer.path),
        shortUrl: at(`/q/${n}/`),
        embedUrl: at(embedPath(n)),
        badgeUrl: at(badgePath(n)),
        oembedUrl: at(oembedPath(n)),
        cardUrl: at(`/og/${answer.id}.png`),
        cardAlt: answer.question,
        siteName: 'Data Engineering Answers',
        updated: new Date(Date.UTC(2026, 10, n)),
      };
    });
}

const site: FeedSite = {
  title: 'Data Engineering Answers',
  description: 'Answers & diagrams',
  homeUrl: 'https://answers.example.com/',
  jsonFeedUrl: 'https://answers.example.com/answers.json',
  atomFeedUrl: 'https://answers.example.com/feed.xml',
  faviconUrl: 'https://answers.example.com/favicon.svg',
};

describe('the feeds', () => {
  const entries = sampleEntries();
  it('JSON Feed 1.1 with the _answer extension matches its schema', () => {
    const feed = jsonFeed(site, entries);
    assert.deepEqual(answersFeedProblems(JSON.parse(JSON.stringify(feed))), []);
    assert.equal(feed.items[0]?._answer.number, entries[0]?.number);
  });
  it('the schema catches a broken item', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(site, entries))) as { items: { _answer: object }[] };
    feed.items[0]!._answer = { ...feed.items[0]!._answer, number: 'three' };
    assert.match(answersFeedProblems(feed).join('\n'), /\/items\/0\/_answer\/number must be integer/);
  });
  it('Atom has the required elements, escaped', () => {
    const atom = atomFeed(site, entries);
    assert.match(
      atom,
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    for (const element of [
      '<id>',
      '<title>',
      '<updated>2026-11-03T00:00:00.000Z</updated>',
      '<author><name>',
    ]) {
      assert.ok(atom.includes(element), element);
    }
    assert.equal(atom.match(/<entry>/g)?.length, entries.length);
    assert.match(atom, /<content type="html">&lt;ul&gt;/);
    assert.match(atom, /label="Theme &amp; co"/);
  });
});

describe('oEmbed', () => {
  it('is a rich type with the script-free iframe and the card as thumbnail', () => {
    const doc = oembedDocument({
      target,
      title: 'Q',
      siteName: 'Site',
      siteUrl: 'https://answers.example.com/',
      cardUrl: 'https://answers.example.com/og/answers/x.png',
    });
    assert.equal(doc.type, 'rich');
    assert.equal(doc.version, '1.0');
    assert.equal(doc.html, fixedIframeSnippet(target));
    assert.equal(doc.height, EMBED_FIXED_HEIGHT);
    assert.equal(doc.thumbnail_width, 1200);
    assert.equal(doc.thumbnail_height, 630);
  });
});
