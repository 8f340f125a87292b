import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../lib/content-files.ts';
import { findBrokenLinks, type BrokenLink } from '../lib/link-check.ts';
import { ContentError, type SourcePosition } from '../lib/source-position.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Where an author wrote a broken link: the content page or diagram source that has the href (as
 * written, without the base path), else the built page itself.
 */
function sourceOf(link: BrokenLink, base: string, outDir: string): SourcePosition {
  const written = link.href.startsWith(base) ? `/${link.href.slice(base.length)}` : link.href;
  const candidates = [
    ...readContentFiles().map((f) => ({ file: f.file, source: f.source })),
    ...readdirSync('diagrams')
      .filter((name) => name.endsWith('.mmd'))
      .map((name) => ({ file: `diagrams/${name}`, source: readFileSync(join('diagrams', name), 'utf8') })),
  ];
  for (const candidate of candidates) {
    const index = candidate.source
      .split('\n')
      .findIndex((line) => line.includes(`(${written})`) || line.includes(`"${written}"`));
    if (index !== -1) return { file: candidate.file, line: index + 1 };
  }
  return { file: join(relative('.', outDir), link.page), line: link.line };
}

/** Fails the build on any internal link or anchor that leads nowhere, naming file and line. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir);
        const pages = files
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ file, html: readFileSync(join(outDir, file), 'utf8') }));
        const broken = findBrokenLinks(pages, new Set(files), base);
        if (broken.length === 0) {
          logger.info(`all internal links and anchors in ${pages.length} pages resolve`);
          return;
        }
        throw new ContentError(
          broken.map((link) => ({
            position: sourceOf(link, base, outDir),
            message: `broken link ${link.href} (${link.reason}) on ${link.page}`,
          })),
          'Broken internal links',
        );
      },
    },
  };
}
