import { expect, sitePath, test } from '../support/fixtures.ts';
import { sitemapPaths } from '../support/site.ts';

// Every page a reader can reach from the sitemap loads without a console error or failed request.
for (const path of sitemapPaths()) {
  test(`/${path} loads cleanly`, async ({ page, problems }) => {
    const response = await page.goto(sitePath(path));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    expect(problems).toEqual([]);
  });
}
