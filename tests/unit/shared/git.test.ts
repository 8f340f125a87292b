import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lastChanged } from '../../../src/shared/git.ts';

// As Starlight tests its own last-updated dates: a throwaway repository with commits at known times.
describe('when a file last changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'last-changed-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      stdio: 'ignore',
    });
  git(['init', '-q']);
  writeFileSync(join(dir, 'a.mdx'), 'first');
  writeFileSync(join(dir, 'b.mdx'), 'first');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'both'], '2026-03-01T10:00:00Z');
  writeFileSync(join(dir, 'a.mdx'), 'second');
  git(['commit', '-q', '-am', 'a again'], '2026-04-02T12:30:00Z');

  it('is the date of the last commit that touched the file, not of the repository', () => {
    assert.equal(lastChanged('a.mdx', dir).toISOString(), '2026-04-02T12:30:00.000Z');
    assert.equal(lastChanged('b.mdx', dir).toISOString(), '2026-03-01T10:00:00.000Z');
  });

  it('ignores edits not committed yet', () => {
    writeFileSync(join(dir, 'b.mdx'), 'edited, not committed');
    assert.equal(lastChanged('b.mdx', dir).toISOString(), '2026-03-01T10:00:00.000Z');
  });

  it('falls back to the modification time for a file git does not know', () => {
    writeFileSync(join(dir, 'new.mdx'), 'untracked');
    const time = new Date('2026-05-05T05:05:05Z');
    utimesSync(join(dir, 'new.mdx'), time, time);
    assert.equal(lastChanged('new.mdx', dir).toISOString(), time.toISOString());
  });
});
