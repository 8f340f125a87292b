import type { Page } from '@playwright/test';
import { readAnswers } from '../../src/answers/index.ts';
import { expect, sitePath, test } from '../support/fixtures.ts';
import { pngSize } from '../support/png.ts';
import { BASE_PATH, onTestServer, publicUrl, sharedUrl } from '../support/site.ts';

const answers = readAnswers();
const spark = answers.find((a) => a.meta.number === 3);
if (!spark) throw new Error('question 3 is missing');
const sparkPath = spark.path;

async function metaContent(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
}

test.describe('short links', () => {
  test(
    '/q/<n>/ sends the reader to question n, for every question',
    { tag: '@base' },
    async ({ request }) => {
      for (const answer of answers) {
        const html = await (await request.get(sitePath(`/q/${answer.meta.number}/`))).text();
        expect(html, `/q/${answer.meta.number}/`).toContain(
          `<meta http-equiv="refresh" content="0; url=${BASE_PATH}${answer.path.slice(1)}">`,
        );
      }
    },
  );

  test('a short link opens its answer in the browser', async ({ page }) => {
    await page.goto(sitePath('/q/3/'));
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}answers/${spark.slug}/$`));
    await expect(page.locator('h1')).toHaveText(spark.question);
  });

  test('a short link typed without its trailing slash works too', async ({ page }) => {
    await page.goto(sitePath('/q/3'));
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}answers/${spark.slug}/$`));
  });

  test('a short link is a static page: meta refresh, canonical link and a plain link, no script', async ({
    request,
  }) => {
    const response = await request.get(sitePath('/q/3/'), { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${BASE_PATH}answers/${spark.slug}/">`);
    expect(html).toContain(`<link rel="canonical" href="${publicUrl(sparkPath)}">`);
    expect(html).toContain(`<a href="${BASE_PATH}answers/${spark.slug}/">${spark.question}</a>`);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain(
      `<meta property="og:image" content="${publicUrl(`/og/answers/${spark.slug}.png`)}">`,
    );
    expect(html).not.toMatch(/<script/i);
  });

  test('short links are not listed in the sitemap', async ({ request }) => {
    const sitemap = await (await request.get(sitePath('/sitemap-0.xml'))).text();
    expect(sitemap).toContain(publicUrl(sparkPath));
    expect(sitemap).not.toContain('/q/');
  });

  test('each answer page shows its short link', async ({ page }) => {
    await page.goto(sitePath(sparkPath));
    await openShare(page);
    const shortLink = page.locator('[data-share-bar] a[data-short-link]');
    await expect(shortLink).toHaveText(`${BASE_PATH}q/3/`);
    await shortLink.click();
    await expect(page.locator('h1')).toHaveText(spark.question);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an answer page shows its short link but no copy buttons, which could not work', async ({ page }) => {
    await page.goto(sitePath(sparkPath));
    const shareBar = page.locator('[data-share-bar]');
    await openShare(page);
    await expect(shareBar.locator('a[data-short-link]')).toBeVisible();
    // Copy link, the short link's copy, and one per Embed snippet in each of its colours (the
    // snippets stay selectable).
    const buttons = shareBar.locator('button');
    await expect(buttons).toHaveCount(9);
    await shareBar.locator('[data-embed-control] summary').click();
    await expect(shareBar.locator('[data-embed-snippet="iframe"] pre:visible')).toHaveCount(1);
    for (const button of await buttons.all()) {
      await expect(button).toBeHidden();
    }
  });
});

test.describe('copy link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
  });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test(
    '"Copy link" copies the answer’s absolute URL and confirms it, visibly and to screen readers',
    { tag: '@base' },
    async ({ page, problems }) => {
      await page.goto(sitePath(sparkPath));
      await openShare(page);
      const button = page.locator('[data-share-bar] button').first();
      await expect(button).toHaveAccessibleName('Copy link');
      await button.click();
      await expect.poll(() => clipboard(page)).toBe(sharedUrl(sparkPath));
      await expect(button).toHaveText('Copied');
      const status = page.locator('[data-copy-status]');
      await expect(status).toHaveText('Link to this answer copied to the clipboard.');
      await expect(status).toHaveAttribute('role', 'status');
      await expect(status).toHaveAttribute('aria-live', 'polite');
      expect(problems).toEqual([]);
    },
  );

  test('when the clipboard refuses, the button says so and the link is announced instead', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(sitePath(sparkPath));
    await openShare(page);
    const button = page.locator('[data-share-bar] button').first();
    await button.click();
    await expect(button).toHaveText('Copy failed');
    await expect(page.locator('[data-copy-status]')).toHaveText(
      `Could not copy. The link is ${sharedUrl(sparkPath)}`,
    );
  });

  test('the short link’s copy button works from the keyboard', async ({ page }) => {
    await page.goto(sitePath(sparkPath));
    await openShare(page);
    const button = page.getByRole('button', { name: 'Copy short link to question 3' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(sharedUrl('/q/3/'));
    await expect(page.locator('[data-copy-status]')).toHaveText(
      'Short link to question 3 copied to the clipboard.',
    );
  });

  test('a heading’s anchor copies the section’s URL, still jumps to it, and says so', async ({ page }) => {
    await page.goto(sitePath(sparkPath));
    const anchor = page.locator('.sl-anchor-link[href="#deep-dive"]');
    await expect(anchor).toHaveAttribute('title', 'Copy link to this section');
    await anchor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${sharedUrl(sparkPath)}#deep-dive`);
    await expect(page).toHaveURL(/#deep-dive$/);
    await expect(page.locator('.sl-heading-wrapper:has(#deep-dive) .copy-toast')).toHaveText('Link copied');
    await expect(page.locator('[data-copy-status]')).toHaveText(
      'Link to the section “Deep dive” copied to the clipboard.',
    );
  });

  test('anchors on concept pages copy too', async ({ page }) => {
    await page.goto(sitePath('/concepts/shuffle/'));
    const anchor = page.locator('.sl-anchor-link').first();
    const hash = await anchor.getAttribute('href');
    await anchor.click();
    await expect.poll(() => clipboard(page)).toBe(`${sharedUrl('/concepts/shuffle/')}${hash}`);
  });
});

test.describe('link previews', () => {
  test(
    'an answer page has description, canonical, Open Graph and X card tags',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto(sitePath(sparkPath));
      const card = publicUrl(`/og/answers/${spark.slug}.png`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', publicUrl(sparkPath));
      expect(await metaContent(page, 'description')).toMatch(/^How to make Spark jobs faster/);
      expect(await metaContent(page, 'og:title')).toBe(spark.question);
      expect(await metaContent(page, 'og:type')).toBe('article');
      expect(await metaContent(page, 'og:url')).toBe(publicUrl(sparkPath));
      expect(await metaContent(page, 'og:description')).toMatch(/^How to make Spark jobs faster/);
      expect(await metaContent(page, 'og:image')).toBe(card);
      expect(await metaContent(page, 'og:image:width')).toBe('1200');
      expect(await metaContent(page, 'og:image:height')).toBe('630');
      // The card shows the answer's main diagram, and its alt text says so.
      expect(await metaContent(page, 'og:image:alt')).toMatch(
        new RegExp(`^Question 3 · Spark: ${spark.question.replace(/[?.*+()]/g, '\\$&')} Diagram: .+\\.$`),
      );
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
      expect(await metaContent(page, 'twitter:image')).toBe(card);
      // One tag per key: our tags replace Starlight's rather than doubling them.
      await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
      await expect(page.locator('meta[property="og:type"]')).toHaveCount(1);
    },
  );

  test('the home page and concept pages have their own cards', async ({ page }) => {
    await page.goto(sitePath('/'));
    expect(await metaContent(page, 'og:image')).toBe(publicUrl('/og/index.png'));
    expect(await metaContent(page, 'og:type')).toBe('website');
    await page.goto(sitePath('/concepts/shuffle/'));
    expect(await metaContent(page, 'og:image')).toBe(publicUrl('/og/concepts/shuffle.png'));
    expect(await metaContent(page, 'og:image:alt')).toBe('Concept: Shuffle');
  });

  test(
    'every card image a page names is a 1200x630 PNG',
    { tag: '@base' },
    async ({ page, request, baseURL }) => {
      const pages = ['/', sparkPath, '/concepts/shuffle/', '/all-answers/'];
      for (const path of pages) {
        await page.goto(sitePath(path));
        const image = (await metaContent(page, 'og:image')) ?? '';
        const response = await request.get(onTestServer(image, baseURL ?? ''));
        expect(response.status(), image).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
        expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
      }
    },
  );
});

test.describe('crawlers', () => {
  test(
    'robots.txt points at /sitemap.xml, which lists the same sitemaps as sitemap-index.xml',
    { tag: '@base' },
    async ({ request }) => {
      const robots = await (await request.get(sitePath('/robots.txt'))).text();
      expect(robots).toContain(`Sitemap: ${publicUrl('/sitemap.xml')}`);
      const locs = async (path: string) => {
        const xml = await (await request.get(sitePath(path))).text();
        return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
      };
      const listed = await locs('/sitemap.xml');
      expect(listed).toEqual(await locs('/sitemap-index.xml'));
      expect(listed).toContain(publicUrl('/sitemap-0.xml'));
    },
  );
});

/** Opens the answer's one Share control, which folds the links and the Embed snippets. */
async function openShare(page: Page): Promise<void> {
  const control = page.locator('[data-share-bar] details[data-share-control]');
  await expect(control).not.toHaveAttribute('open');
  await control.locator('summary').first().click();
  await expect(control).toHaveAttribute('open');
}
