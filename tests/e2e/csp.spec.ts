import { expect, sitePath, test } from '../support/fixtures.ts';
import { cspViolations, recordPageEvents } from '../support/page-checks.ts';
import { BASE_PATH } from '../support/site.ts';

// Every sitemap page is also loaded with zero CSP violations in every-page.spec.ts.

test.describe('content security policy', () => {
  test(
    'every page is served with a strict CSP and hardening headers',
    { tag: '@base' },
    async ({ request }) => {
      const response = await request.get(sitePath('/answers/spark-performance-and-cost/'));
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
      expect(scriptSrc).toContain("'wasm-unsafe-eval'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    },
  );

  test('pages also carry the policy as a meta tag, for hosts that cannot send headers', async ({
    page,
    request,
  }) => {
    const path = sitePath('/concepts/shuffle/');
    const header = (await request.get(path)).headers()['content-security-policy'] ?? '';
    await page.goto(path);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // The same policy, less frame-ancestors, which a meta policy cannot set.
    expect(meta).toBe(header.replace("; frame-ancestors 'none'", ''));
  });

  test('a short link page runs with zero CSP violations', async ({ page, problems }) => {
    await recordPageEvents(page);
    await page.goto(sitePath('/q/3/'));
    await expect(page.locator('h1')).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the 404 page runs with zero CSP violations', async ({ page }) => {
    await recordPageEvents(page);
    const response = await page.goto(sitePath('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    expect(await cspViolations(page)).toEqual([]);
  });

  test(
    'search (Pagefind’s WebAssembly) works under the CSP and its results stay under the base path',
    { tag: '@base' },
    async ({ page, problems }) => {
      await recordPageEvents(page);
      await page.goto(sitePath('/'));
      await page.getByRole('button', { name: 'Search' }).click();
      // Misspelt, so the vocabulary for typo correction is fetched too.
      await page.getByRole('dialog').getByRole('searchbox', { name: 'Search' }).fill('shufle');
      await expect(page.getByRole('dialog').locator('[data-search-correction]')).toContainText('shuffle');
      const result = page.getByRole('dialog').locator('.search-result__link').first();
      // The first search downloads and compiles Pagefind's WebAssembly and index chunks: allow for a
      // slow machine before the results appear.
      await expect(result).toBeVisible({ timeout: 15_000 });
      expect(new URL((await result.getAttribute('href')) ?? '', page.url()).pathname).toMatch(
        new RegExp(`^${BASE_PATH}`),
      );
      await result.click();
      await expect(page.locator('h1')).toBeVisible();
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  test('the theme switch, the mobile menu and copy link work under the CSP', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    await recordPageEvents(page);
    await page.goto(sitePath('/answers/spark-performance-and-cost/'));
    await page.getByRole('combobox', { name: 'Select theme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.locator('[data-share-control] > summary').click();
    await page.locator('[data-share-bar]').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });
});
