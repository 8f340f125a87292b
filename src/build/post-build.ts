import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readAnswers } from '../answers/index.ts';
import { DIAGRAMS_DIR } from '../diagrams/index.ts';
import { shortLinkRedirects } from '../links/index.ts';
import { filesUnder, readContentFiles, type ContentFile } from '../shared/content.ts';
import { ContentError, lineOfText, readSource, type SourcePosition } from '../shared/problems.ts';
import { projectRoot } from '../shared/project.ts';
import { basePath, isLocalOrigin, withoutBase } from '../shared/urls.ts';
import { readBuiltPage } from './built-page.ts';
import { writeHeaders } from './headers.ts';
import { findBrokenLinks, type BrokenLink } from './link-check.ts';
import { diagramsOnPage } from './references.ts';

/** Whether a line of source holds `href` as written: a Markdown link, a quoted attribute or a `click` target. */
function holdsHref(line: string, href: string): boolean {
  return line.includes(`(${href})`) || line.includes(`"${href}"`);
}

/**
 * Where an author wrote a broken link: the page's own source, else a diagram that page shows,
 * else (for links generated from data) any source that has it, else the built page itself.
 */
function sourceOf(
  link: BrokenLink,
  base: string,
  files: readonly ContentFile[],
  outDir: string,
): SourcePosition {
  const written = withoutBase(link.href, base);
  const pageId = link.page.replace(/(^|\/)index\.html$/, '').replace(/\/$/, '') || 'index';
  const page = files.find((file) => file.id === pageId);
  const diagramFile = (id: string) => ({
    file: `${DIAGRAMS_DIR}/${id}.mmd`,
    source: readSource(join(projectRoot(), DIAGRAMS_DIR, `${id}.mmd`)),
  });
  const candidates = [
    ...(page ? [page, ...diagramsOnPage(page).map(diagramFile)] : []),
    ...files,
    ...filesUnder(join(projectRoot(), DIAGRAMS_DIR))
      .filter((file) => file.endsWith('.mmd'))
      .map((file) => ({ file: relative(projectRoot(), file), source: readSource(file) })),
  ];
  for (const candidate of candidates) {
    if (candidate.source.split('\n').some((line) => holdsHref(line, written))) {
      return { file: candidate.file, line: lineOfText(candidate.source, written) };
    }
  }
  return { file: join(relative('.', outDir), link.page), line: link.line };
}

/**
 * What runs on the finished build, inside `astro build`, so `astro build` and `npm run build` give
 * the same site: every internal link and anchor must resolve (a broken one fails the build, named
 * at the line where it was written), then `_headers` and the meta CSP are written.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = filesUnder(outDir).map((file) => relative(outDir, file));
        // Each page read and parsed once, for the link check and the CSP step alike.
        const pages = files
          .filter((file) => file.endsWith('.html'))
          .map((file) => readBuiltPage(outDir, file));
        const broken = findBrokenLinks(pages, new Set(files), base);
        if (broken.length > 0) {
          const content = readContentFiles();
          throw new ContentError(
            broken.map((link) => ({
              position: sourceOf(link, base, content, outDir),
              message: `broken link ${link.href} (${link.reason}) on ${link.page}`,
            })),
            'Broken internal links',
          );
        }
        logger.info(`all internal links and anchors in ${pages.length} pages resolve`);
        const headers = writeHeaders(outDir, base, pages);
        logger.info(
          `_headers written: CSP with ${headers.hashes} inline-script hashes from ${headers.pages} pages`,
        );
        writeFileSync(join(outDir, '_redirects'), shortLinkRedirects(readAnswers(), base));
        if (!site || isLocalOrigin(site)) {
          logger.info(
            `SITE_URL is not set: canonical links, cards, feeds and the sitemap point at ${site ?? 'localhost'}; set SITE_URL=https://your.host for a deploy`,
          );
        }
      },
    },
  };
}
