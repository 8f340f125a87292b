import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = join(ROOT, 'tests/.tmp');

/** What a project copy needs to build; node_modules is linked, not copied. */
const PROJECT_FILES = [
  'src',
  'public',
  'diagrams',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

export interface BuildResult {
  status: number | null;
  output: string;
  /** Whether the build left a `dist/` folder behind. */
  distExists: boolean;
}

/**
 * A throwaway copy of this project in `tests/.tmp/`, changed by a test to hold one bad input,
 * then built the way `npm run build` builds.
 */
export class FixtureProject {
  readonly dir: string;

  constructor(name: string) {
    mkdirSync(TMP, { recursive: true });
    this.dir = mkdtempSync(join(TMP, `${name}-`));
    for (const entry of PROJECT_FILES) {
      const from = join(ROOT, entry);
      if (existsSync(from)) cpSync(from, join(this.dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  /** Writes (or overwrites) a file, path relative to the project root. */
  write(path: string, contents: string): this {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  build(): BuildResult {
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
        // Not the project's own cache (node_modules is linked): the real site may be building.
        ASTRO_CACHE_DIR: join(TMP, 'astro-cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    return {
      status: result.status,
      output: `${result.stdout}\n${result.stderr}`,
      distExists: existsSync(join(this.dir, 'dist')),
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
