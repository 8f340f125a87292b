import { execFileSync } from 'node:child_process';
import { projectRoot } from './project.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * When a file last changed: the date of the last commit that touched it, else (a copy outside
 * git, or git missing) the file's modification time. The feeds and sitemap date each answer by it.
 * A shallow clone gives every file the clone's one commit date: deploys fetch the whole history.
 */
export function lastChanged(file: string, cwd = projectRoot()): Date {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (date) return new Date(date);
  } catch {
    // Not a git checkout, or git is missing: the file's own time will do.
  }
  return statSync(join(cwd, file)).mtime;
}
