/**
 * The project's root folder, where `diagrams/`, `src/content/` and the rendered diagrams live. The
 * build takes it from Astro's resolved config (`root`, set by the content checks' integration before
 * anything reads a file), so `astro build --root <dir>` works from any folder; Node scripts, tests
 * and benchmarks, which run from the project, get the working directory. Kept in the environment
 * as well, so that modules Astro loads again for prerendering see the same root.
 */
const ROOT_VARIABLE = 'DATA_ENGINEERING_ANSWERS_ROOT';

export function setProjectRoot(path: string): void {
  process.env[ROOT_VARIABLE] = path;
}

export function projectRoot(): string {
  return process.env[ROOT_VARIABLE] || '.';
}
