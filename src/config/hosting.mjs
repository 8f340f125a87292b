// Plain JavaScript so astro.config.mjs can import it before TypeScript is set up.

/**
 * The origin used for canonical URLs and the sitemap, from `SITE_URL`.
 * @param {string | undefined} value
 * @returns {string}
 */
export function siteOrigin(value) {
  const origin = value?.trim() || 'http://localhost:4321';
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com, got "${origin}"`);
  }
}

/**
 * The path the site is served under, from `BASE_PATH` (`/portfolio/`); `/` when unset.
 * @param {string | undefined} value
 * @returns {string}
 */
export function basePath(value) {
  const trimmed = value?.trim().replace(/^\/+|\/+$/g, '') ?? '';
  if (trimmed && !/^[A-Za-z0-9._~/-]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH may hold only URL path characters, got "${value}"`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}
