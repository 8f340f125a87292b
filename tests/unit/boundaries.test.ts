import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { filesUnder } from '../../src/shared/content.ts';

// The architecture, as a test (see src/README.md). Features import `src/shared/` and each other's
// public face only: `index.ts` for code and the PascalCase components at the top of the folder.
// The kernel imports no feature; the diagram pipeline imports only the kernel.

const FEATURES = [
  'answers',
  'cards',
  'concepts',
  'diagrams',
  'links',
  'offline',
  'platform',
  'practice',
  'portfolio',
  'search',
];
/** Folders that put features together (routes, Starlight slots, the build) and may use any feature's public face. */
const ADAPTERS = ['pages', 'overrides', 'build'];

interface Import {
  file: string;
  target: string;
}

/** Every import of every source file, resolved to a path under `src/` (packages are left out). */
function sourceImports(): Import[] {
  const files = filesUnder('src').filter(
    (f) => /\.(ts|mjs|astro|mdx)$/.test(f) && !f.startsWith('src/content/docs/'),
  );
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
      ...text.matchAll(/(?:^|\s)import\s+['"]([^'"]+)['"]/g),
      ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? '');
    return specifiers
      .filter((s) => s.startsWith('.') || s.startsWith('~/'))
      .map((s) => ({
        file,
        target: s.startsWith('~/') ? normalize(join('src', s.slice(2))) : normalize(join(dirname(file), s)),
      }));
  });
}

/** The top folder of `src/` a path is in: `answers` for `src/answers/x.ts`. */
const area = (path: string) => relative('src', path).split('/')[0] ?? '';

/** A feature's public face: its `index.ts` and the components at its top level. */
function isPublic(target: string): boolean {
  const inside = relative(join('src', area(target)), target);
  return inside === 'index.ts' || /^[A-Z][\w-]*\.astro$/.test(inside);
}

const imports = sourceImports();

describe('import boundaries', () => {
  it('finds the imports it checks', () => {
    assert.ok(imports.length > 50, `${imports.length} imports`);
  });

  it('the kernel (src/shared/) imports no feature', () => {
    const wrong = imports.filter((i) => area(i.file) === 'shared' && area(i.target) !== 'shared');
    assert.deepEqual(wrong, []);
  });

  it('the diagram pipeline imports only the kernel', () => {
    const wrong = imports.filter(
      (i) => area(i.file) === 'diagrams' && !['diagrams', 'shared'].includes(area(i.target)),
    );
    assert.deepEqual(wrong, []);
  });

  it('features and adapters use another feature only through its index.ts and its components', () => {
    const wrong = imports.filter((i) => {
      const from = area(i.file);
      const to = area(i.target);
      return from !== to && FEATURES.includes(to) && !isPublic(i.target);
    });
    assert.deepEqual(wrong, []);
  });

  it('no feature imports an adapter (pages, overrides, build)', () => {
    const wrong = imports.filter((i) => FEATURES.includes(area(i.file)) && ADAPTERS.includes(area(i.target)));
    assert.deepEqual(wrong, []);
  });

  it('every folder of src/ is a feature, an adapter, the kernel or content', () => {
    const known = new Set([...FEATURES, ...ADAPTERS, 'shared', 'content', 'content.config.ts', 'README.md']);
    const unknown = [...new Set(filesUnder('src').map(area))].filter((name) => !known.has(name));
    assert.deepEqual(unknown, []);
  });
});
