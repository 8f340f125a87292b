import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { readAnswers } from '../../src/answers/index.ts';
import { EMBED_FIXED_HEIGHT, iframeSnippet } from '../../src/portfolio/snippets.ts';
import { answersFeedProblems } from '../support/feed-schema.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import {
  axeViolations,
  cspViolations,
  layoutShifts,
  recordPageEvents,
  trackTransfer,
} from '../support/page-checks.ts';
import { decodePng, pngSize, shareOfPixels } from '../support/png.ts';
import { BASE_PATH, onTestServer, publicUrl, sharedUrl } from '../support/site.ts';

// The portfolio kit as a portfolio sees it: answers framed by another site, the framing headers,
// the feeds, the oEmbed documents, the cards and the badges. The framing page is served by a second
// server on another port, so the embeds really are cross-origin and the real `_headers` decide.

const answers = readAnswers();
const spark = answers.find((a) => a.meta.number === 3);
if (!spark) throw new Error('question 3 is missing');
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(23, 24, 28)';

/** A second origin on this machine that serves one page of HTML: the "portfolio". */
let portfolio: Server;
let portfolioHtml = '';
test.beforeAll(async () => {
  portfolio = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(portfolioHtml);
  });
  await new Promise<void>((resolve) => portfolio.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => portfolio.close(() => resolve())));

/** Opens a portfolio page holding `body`, on the second origin. */
async function openPortfolio(page: Page, body: string): Promise<void> {
  portfolioHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My portfolio</title></head><body>${body}</body></html>`;
  const { port } = portfolio.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
}

/** The embed of question `n` on the test server, with a theme. */
function embedUrl(baseURL: string | undefined, n: number, theme?: 'light' | 'dark'): string {
  return onTestServer(publicUrl(`/embed/q/${n}/${theme ? `?theme=${theme}` : ''}`), baseURL ?? '');
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  const frame = await (await page.locator('iframe').nth(index).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame ${index}`);
  return frame;
}

test.describe('embedding an answer on another site', () => {
  test.use({ colorScheme: 'dark' });

  test(
    'three embeds (light, dark, system) fit their content, follow their theme and link out',
    { tag: '@base' },
    async ({ page, baseURL, problems }) => {
      const snippets = (['light', 'dark', undefined] as const).map((theme) =>
        iframeSnippet({
          embedUrl: embedUrl(baseURL, 3, theme),
          badgeUrl: '',
          shortUrl: '',
          label: `Question 3 (${theme ?? 'system'})`,
        }),
      );
      await openPortfolio(page, snippets.join('\n'));
      const iframes = page.locator('iframe');
      await expect(iframes).toHaveCount(3);

      for (const [index, theme] of (['light', 'dark', 'system'] as const).entries()) {
        const frame = await frameOf(page, index);
        await frame.locator('footer a').waitFor();
        // The snippet's script has applied the height the embed asked for: nothing is cut or scrolls.
        await expect
          .poll(() => iframes.nth(index).evaluate((f) => f.getBoundingClientRect().height), {
            message: theme,
          })
          .not.toBe(EMBED_FIXED_HEIGHT);
        await expect
          .poll(
            () =>
              frame.evaluate(() => {
                const summary = document.querySelector('[data-embed-summary]');
                return (
                  document.documentElement.scrollHeight <= innerHeight &&
                  !!summary &&
                  summary.scrollHeight <= summary.clientHeight + 1
                );
              }),
            { message: `${theme}: the whole card shows` },
          )
          .toBe(true);

        const html = frame.locator('html');
        if (theme === 'system') await expect(html).not.toHaveAttribute('data-theme');
        else await expect(html).toHaveAttribute('data-theme', theme);
        // The page emulates a dark system: the system embed is dark too.
        await expect(frame.locator('main')).toHaveCSS(
          'background-color',
          theme === 'light' ? LIGHT_BG : DARK_BG,
        );

        const link = frame.locator('footer a');
        await expect(link).toHaveAttribute('href', publicUrl(spark.path));
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener');
        await expect(frame.locator('h1')).toHaveText(spark.question);
        await expect(frame.locator('figure svg')).toBeVisible();
      }
      expect(problems).toEqual([]);
    },
  );

  test('a narrower frame grows taller, and the card still fits', async ({ page, baseURL }) => {
    const snippet = iframeSnippet({
      embedUrl: embedUrl(baseURL, 2),
      badgeUrl: '',
      shortUrl: '',
      label: 'Q2',
    });
    await openPortfolio(page, `<div style="width:720px">${snippet}</div>`);
    const iframe = page.locator('iframe');
    const frame = await frameOf(page, 0);
    await frame.locator('footer a').waitFor();
    await expect
      .poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height))
      .not.toBe(EMBED_FIXED_HEIGHT);
    const wide = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    await page.locator('div').evaluate((div) => (div.style.width = '340px'));
    await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(wide);
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight))
      .toBe(true);
  });

  test('only embed pages may be framed: an answer page in a frame is refused', async ({ page, baseURL }) => {
    const answer = onTestServer(publicUrl(spark.path), baseURL ?? '');
    await openPortfolio(
      page,
      `<iframe src="${embedUrl(baseURL, 3)}" title="embed"></iframe><iframe src="${answer}" title="answer"></iframe>`,
    );
    const embed = await frameOf(page, 0);
    await expect(embed.locator('h1')).toHaveText(spark.question);
    const refused = await frameOf(page, 1);
    await expect.poll(() => refused.url()).toMatch(/^chrome-error:/);
  });
});

test.describe('framing headers', () => {
  test(
    'embed pages allow any site to frame them, under a policy of their own',
    { tag: '@base' },
    async ({ request }) => {
      for (const path of ['/embed/q/3/', '/embed/q/14/']) {
        const response = await request.get(sitePath(path));
        expect(response.status(), path).toBe(200);
        const headers = response.headers();
        const csp = headers['content-security-policy'] ?? '';
        expect(headers['x-frame-options'], path).toBeUndefined();
        expect(csp.split(', '), 'one policy, not two joined').toHaveLength(1);
        expect(csp).toContain('frame-ancestors *');
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toContain("'self'");
        expect(csp).toMatch(/script-src 'sha256-[^;]+'/);
        expect(headers['x-content-type-options']).toBe('nosniff');
      }
    },
  );

  test('every other page refuses to be framed', { tag: '@base' }, async ({ request }) => {
    for (const path of ['/', spark.path, '/concepts/shuffle/', '/q/3/', '/all-answers/', '/search/']) {
      const headers = (await request.get(sitePath(path))).headers();
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).not.toContain('frame-ancestors *');
    }
  });

  test('an embed page runs with zero CSP violations, and its meta policy matches the header', async ({
    page,
    request,
    problems,
  }) => {
    await recordPageEvents(page);
    const header = (await request.get(sitePath('/embed/q/3/'))).headers()['content-security-policy'] ?? '';
    await page.goto(sitePath('/embed/q/3/?theme=dark'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await cspViolations(page)).toEqual([]);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(header.replace('; frame-ancestors *', ''));
    expect(problems).toEqual([]);
  });
});

test.describe('the embed page', () => {
  test('weighs under 40 KiB gzip in one request, diagram included, for every answer', async ({ page }) => {
    for (const answer of answers) {
      const transfer = trackTransfer(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(sitePath(`/embed/q/${answer.meta.number}/`));
      await expect(page.locator('footer a')).toBeVisible();
      expect(requests, `${answer.meta.number}: the page is self-contained`).toHaveLength(1);
      expect(await transfer.total(), `question ${answer.meta.number}`).toBeLessThan(40 * 1024);
      page.removeAllListeners('request');
    }
  });

  test('does not shift as it loads, and is noindex', async ({ page }) => {
    await recordPageEvents(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(sitePath('/embed/q/1/'));
    await expect(page.locator('footer a')).toBeVisible();
    expect((await layoutShifts(page)).total).toBe(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe in the ${theme} theme`, async ({ page }) => {
      await page.goto(sitePath(`/embed/q/3/?theme=${theme}`));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(sitePath(`/embed/q/8/?theme=${theme}`));
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('embeds are not in the sitemap', async ({ request }) => {
    const response = await request.get(sitePath('/sitemap-0.xml'));
    expect(response.status()).toBe(200);
    const sitemap = await response.text();
    // A sitemap that lists the answers (so this is the real one, not an error page) but no embed.
    for (const answer of answers) expect(sitemap).toContain(`${answer.path}</loc>`);
    expect(sitemap).not.toContain('/embed/');
  });

  test(
    'an unknown number is a 404 that says which numbers exist, framable',
    { tag: '@base' },
    async ({ request, page }) => {
      const response = await request.get(sitePath('/embed/q/99/'));
      expect(response.status()).toBe(404);
      expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
      await page.goto(sitePath('/embed/q/99/'));
      await expect(page.locator('h1')).toHaveText('There is no answer with this number.');
      await expect(page.getByText(`Embeds exist for questions 1 to ${answers.length}`)).toBeVisible();
      await expect(page.locator('li code').first()).toHaveText(`${BASE_PATH}embed/q/1/`);
    },
  );

  test('the site’s own 404 page names the embed numbers too', async ({ page }) => {
    await page.goto(sitePath('/no-such-page/'));
    await expect(page.locator('[data-embed-numbers]')).toContainText(
      `${BASE_PATH}embed/q/1/ to ${BASE_PATH}embed/q/${answers.length}/`,
    );
  });
});

test.describe('the embed page without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    colorScheme: 'dark',
    viewport: { width: 560, height: EMBED_FIXED_HEIGHT },
  });

  test('fits the fixed height with its link in view, in the system theme', async ({ page }) => {
    for (const n of [3, 12, 1]) {
      await page.goto(sitePath(`/embed/q/${n}/?theme=light`));
      const link = page.locator('footer a');
      await expect(link).toBeInViewport({ ratio: 1 });
      await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
      const main = await page.locator('main').boundingBox();
      expect(main && main.y + main.height).toBeLessThanOrEqual(EMBED_FIXED_HEIGHT);
      // Without the script `?theme=` is not read: the system's dark theme applies.
      await expect(page.locator('main')).toHaveCSS('background-color', DARK_BG);
    }
  });
});

test.describe('the Embed control on answer pages', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
  });

  test(
    'shows the iframe, the script-free iframe and the badge, with absolute URLs, in the colours chosen, and copies them',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto(sitePath(spark.path));
      await page.locator('[data-share-control] > summary').click();
      const control = page.locator('[data-share-bar] details[data-embed-control]');
      await expect(control).not.toHaveAttribute('open');
      await control.locator('summary').click();
      const iframe = control.locator('[data-embed-snippet="iframe"] pre:visible');
      const fixed = control.locator('[data-embed-snippet="fixed"] pre:visible');
      const badge = control.locator('[data-embed-snippet="badge"] pre');
      // Auto (the reader's setting) until another colour is picked: then `?theme=` on the card.
      await expect(control.getByRole('radio', { name: 'Auto' })).toBeChecked();
      await control.getByRole('radio', { name: 'Dark' }).check();
      await expect(iframe).toContainText(`<iframe src="${sharedUrl('/embed/q/3/')}?theme=dark"`);
      await expect(fixed).toContainText(`src="${sharedUrl('/embed/q/3/')}?theme=dark"`);
      await control.getByRole('radio', { name: 'Light' }).check();
      await expect(fixed).toContainText(`src="${sharedUrl('/embed/q/3/')}?theme=light"`);
      await control.getByRole('radio', { name: 'Auto' }).check();
      await expect(iframe).toContainText(`<iframe src="${sharedUrl('/embed/q/3/')}"`);
      await expect(iframe).toContainText(`e.origin!=="${new URL(sharedUrl('/')).origin}"`);
      await expect(fixed).toContainText(`height="${EMBED_FIXED_HEIGHT}"`);
      await expect(fixed).not.toContainText('<script');
      await expect(badge).toHaveText(
        `[![Q3 · ${spark.meta.shortTitle}](${sharedUrl('/badge/q/3.svg')})](${sharedUrl('/q/3/')})`,
      );
      const copy = control.locator('[data-embed-snippet="fixed"] button:visible');
      await copy.click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(await fixed.textContent());
      await expect(copy).toHaveText('Copied');
      await expect(page.locator('[data-copy-status]')).toHaveText(
        'Embed without script copied to the clipboard.',
      );
    },
  );

  test('links a preview of the card that exists', async ({ page, request }) => {
    await page.goto(sitePath(spark.path));
    await page.locator('[data-share-control] > summary').click();
    const preview = page.locator('[data-embed-preview]');
    await expect(preview).toHaveAttribute('href', `${BASE_PATH}embed/q/3/`);
    await expect(preview).toHaveAttribute('target', '_blank');
    expect((await request.get(sitePath('/embed/q/3/'))).status()).toBe(200);
  });
});

test.describe('feeds', () => {
  test('the home page links a JSON Feed and an Atom feed', async ({ page }) => {
    await page.goto(sitePath('/'));
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
      'href',
      publicUrl('/answers.json'),
    );
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      publicUrl('/feed.xml'),
    );
    await page.goto(sitePath(spark.path));
    await expect(page.locator('link[type="application/feed+json"]')).toHaveCount(0);
  });

  test(
    '/answers.json is a valid JSON Feed 1.1 whose every link exists',
    { tag: '@base' },
    async ({ request, baseURL }) => {
      const response = await request.get(sitePath('/answers.json'));
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      const feed = (await response.json()) as {
        feed_url: string;
        items: {
          url: string;
          image: string;
          _answer: { number: number; shortLink: string; embed: string };
        }[];
      };
      expect(answersFeedProblems(feed)).toEqual([]);
      expect(feed.feed_url).toBe(publicUrl('/answers.json'));
      expect(feed.items.map((item) => item._answer.number)).toEqual(answers.map((a) => a.meta.number));
      for (const item of feed.items) {
        for (const url of [item.url, item._answer.shortLink, item._answer.embed]) {
          expect((await request.get(onTestServer(url, baseURL ?? ''))).status(), url).toBe(200);
        }
        const image = await request.get(onTestServer(item.image, baseURL ?? ''));
        expect(pngSize(await image.body()), item.image).toEqual({ width: 1200, height: 630 });
      }
    },
  );

  test('/feed.xml is well-formed Atom with the required elements', async ({ page, request }) => {
    const response = await request.get(sitePath('/feed.xml'));
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    await page.goto(sitePath('/'));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${feed.namespaceURI} ${feed.localName}`,
        feed: ['id', 'title', 'updated'].filter((name) => child(feed, name).length !== 1),
        author: child(feed, 'author').flatMap((a) => child(a, 'name')).length,
        self: child(feed, 'link').some((l) => l.getAttribute('rel') === 'self'),
        entries: child(feed, 'entry').map((entry) => ({
          missing: ['id', 'title', 'updated'].filter((name) => child(entry, name).length !== 1),
          alternate: child(entry, 'link')
            .find((l) => l.getAttribute('rel') === 'alternate')
            ?.getAttribute('href'),
          updated: child(entry, 'updated')[0]?.textContent ?? '',
        })),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(parsed.feed).toEqual([]);
    expect(parsed.author).toBe(1);
    expect(parsed.self).toBe(true);
    expect(parsed.entries).toHaveLength(answers.length);
    for (const [i, entry] of parsed.entries.entries()) {
      expect(entry.missing).toEqual([]);
      expect(entry.alternate).toBe(publicUrl(answers[i]?.path ?? ''));
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });
});

test.describe('oEmbed', () => {
  test(
    'every answer page links a valid rich oEmbed document pointing at pages that exist',
    { tag: '@base' },
    async ({ request, baseURL }) => {
      for (const answer of answers) {
        // The discovery link is in the page's HTML as served: what an oEmbed consumer reads.
        const html = await (await request.get(sitePath(answer.path))).text();
        const links = html.match(/<link[^>]*type="application\/json\+oembed"[^>]*>/g) ?? [];
        expect(links, `${answer.path}: one oEmbed discovery link`).toHaveLength(1);
        expect(links[0]).toContain('rel="alternate"');
        const href = links[0]?.match(/href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? '';
        expect(href).toBe(publicUrl(`/oembed/q/${answer.meta.number}.json`));
        const response = await request.get(onTestServer(href, baseURL ?? ''));
        expect(response.headers()['content-type']).toContain('application/json');
        const doc = (await response.json()) as Record<string, unknown>;
        expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 560, height: EMBED_FIXED_HEIGHT });
        expect(doc['title']).toBe(answer.question);
        const src = String(doc['html']).match(/<iframe src="([^"]+)"/)?.[1] ?? '';
        expect(src).toBe(publicUrl(`/embed/q/${answer.meta.number}/`));
        expect((await request.get(onTestServer(src, baseURL ?? ''))).status()).toBe(200);
        const thumbnail = await request.get(onTestServer(String(doc['thumbnail_url']), baseURL ?? ''));
        expect(pngSize(await thumbnail.body())).toEqual({ width: 1200, height: 630 });
        expect(doc).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
      }
    },
  );
});

test.describe('cards and badges', () => {
  const white = (r: number, g: number, b: number) => r > 245 && g > 245 && b > 245;

  test('each answer card shows its diagram on a white panel; concept and home cards stay text', async ({
    request,
  }) => {
    for (const answer of answers) {
      const png = decodePng(await (await request.get(sitePath(`/og/${answer.id}.png`))).body());
      expect([png.width, png.height]).toEqual([1200, 630]);
      const panel = shareOfPixels(png, { x: 600, y: 0, width: 600, height: 630 }, white);
      expect(panel, `${answer.id}: share of the right half in the white panel`).toBeGreaterThan(0.15);
    }
    for (const path of ['/og/index.png', '/og/concepts/shuffle.png']) {
      const png = decodePng(await (await request.get(sitePath(path))).body());
      expect(shareOfPixels(png, { x: 600, y: 0, width: 600, height: 630 }, white), path).toBe(0);
    }
  });

  test('the short link carries the answer’s diagram card', { tag: '@base' }, async ({ request }) => {
    const html = await (await request.get(sitePath('/q/3/'))).text();
    expect(html).toContain(`<meta property="og:image" content="${publicUrl(`/og/${spark.id}.png`)}">`);
    expect(html).toMatch(
      /<meta property="og:image:alt" content="Question 3 · Spark: [^"]+ Diagram: [^"]+\.">/,
    );
  });

  test('a README badge per answer, 20 px high, that says what it shows', async ({ request }) => {
    const response = await request.get(sitePath('/badge/q/3.svg'));
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg width="\d+" height="20"/);
    expect(svg).toContain(`<title>Q3 · ${spark.meta.shortTitle}</title>`);
  });
});
