import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { readAnswers } from '../../../src/answers/index.ts';
import { cspProblems, inlineScripts } from '../../../src/build/headers.ts';
import { cssRules, readRendered } from '../../../src/diagrams/index.ts';
import { renderBadge } from '../../../src/sharing/badge.ts';
import {
  frameDiagram,
  standaloneLightSvg,
  themedThumbnailSvg,
} from '../../../src/sharing/diagram-thumbnail.ts';
import { embedNotFoundHtml, embedPageHtml, type EmbedCard } from '../../../src/sharing/embed-page.ts';
import { atomFeed, jsonFeed, type FeedSite } from '../../../src/sharing/feeds.ts';
import { oembedDocument } from '../../../src/sharing/oembed.ts';
import { absoluteLinks, type PortfolioAnswer } from '../../../src/sharing/portfolio.ts';
import {
  badgeMarkdown,
  EMBED_FIXED_HEIGHT,
  embedUrlFor,
  fixedIframeSnippet,
  iframeSnippet,
  type SnippetTarget,
} from '../../../src/sharing/snippets.ts';
import { badgePath, embedPath, oembedPath } from '../../../src/sharing/urls.ts';
import { woffToSfnt } from '../../../src/sharing/woff.ts';
import { answersFeedProblems } from '../../support/feed-schema.ts';

const require = createRequire(import.meta.url);

describe('portfolio addresses', () => {
  it('give each question an embed, an oEmbed document and a badge', () => {
    assert.equal(embedPath(3), '/embed/q/3/');
    assert.equal(oembedPath(3), '/oembed/q/3.json');
    assert.equal(badgePath(3), '/badge/q/3.svg');
    assert.throws(() => embedPath(0), /no short link/);
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

describe('WOFF unwrapping (fonts for resvg)', () => {
  const woff = readFileSync(require.resolve('@fontsource/arimo/files/arimo-latin-400-normal.woff'));
  const sfnt = woffToSfnt(woff);
  it('gives a TrueType file with every table, in order', () => {
    assert.equal(sfnt.readUInt32BE(0), woff.readUInt32BE(4));
    const tables = sfnt.readUInt16BE(4);
    assert.equal(tables, woff.readUInt16BE(12));
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    assert.deepEqual(tags, [...tags].sort());
    assert.ok(tags.includes('glyf') && tags.includes('cmap'), tags.join(' '));
  });
  it('refuses what is not WOFF 1.0', () => {
    assert.throws(() => woffToSfnt(new Uint8Array(60)), /not a WOFF 1.0 font/);
  });
});

describe('framing a diagram', () => {
  const box = { width: 520, height: 490 };
  it('scales a wide diagram to the width, never up', () => {
    assert.deepEqual(frameDiagram({ width: 1040, height: 400 }, box), {
      scale: 0.5,
      width: 520,
      height: 200,
      visible: 1,
      cropped: false,
    });
    assert.equal(frameDiagram({ width: 100, height: 100 }, box).scale, 1);
  });
  it('scales down a diagram that is only a little too tall', () => {
    const frame = frameDiagram({ width: 500, height: 540 }, box);
    assert.equal(frame.cropped, false);
    assert.equal(frame.height, 490);
  });
  it('shows the top of a tall diagram, at least half of it, readable', () => {
    const frame = frameDiagram({ width: 500, height: 1400 }, box);
    assert.equal(frame.cropped, true);
    assert.ok(frame.visible >= 0.5 && frame.visible < 1, String(frame.visible));
    assert.ok(frame.height <= box.height && frame.width <= box.width);
    assert.ok(frame.scale > box.height / 1400, 'larger than a whole-diagram fit');
  });
});

describe('diagram thumbnails', () => {
  const rendered = readRendered('spark-optimisation');
  if (!rendered) throw new Error('diagrams/rendered/spark-optimisation.json is missing');
  it('for cards: light styles only, without the page scope, with the XLink namespace', () => {
    const svg = standaloneLightSvg(rendered.html);
    assert.ok(!svg.includes(':root:not(') && !svg.includes('data-theme'), 'no theme scope left');
    assert.match(svg, /xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink"/);
    const css = svg.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    assert.ok(cssRules(css).some((rule) => rule.prelude.startsWith('#dg-spark-optimisation .node>rect')));
  });
  it('for embeds: framed, node links unwrapped in place, dark for a dark system without a theme', () => {
    const { svg, frame } = themedThumbnailSvg(rendered.html, rendered, { width: 640, height: 240 });
    assert.doesNotMatch(svg, /<a\b/);
    assert.match(svg, /<g transform="translate\(/);
    assert.match(
      svg,
      /@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme\]\) #dg-spark-optimisation/,
    );
    assert.match(svg, new RegExp(`width="${frame.width}" height="${frame.height}"`));
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

describe('README badge', () => {
  it('is a 20 px high SVG that says what it shows', async () => {
    const svg = await renderBadge({
      label: 'Q3',
      message: 'Optimising Spark jobs',
      accent: '#f97316',
      title: 'Q3 · Spark',
    });
    assert.match(svg, /^<svg width="\d+" height="20"/);
    assert.match(svg, /role="img" aria-label="Q3 · Spark"><title>Q3 · Spark<\/title>/);
  });
});
