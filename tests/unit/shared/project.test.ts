import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { readAnswers } from '../../../src/answers/index.ts';
import { readDiagramSources } from '../../../src/diagrams/index.ts';
import { projectRoot, setProjectRoot } from '../../../src/shared/project.ts';

describe('the project root', () => {
  it('is where content and diagrams are read from, whatever the working directory', () => {
    const here = process.cwd();
    const before = projectRoot();
    try {
      setProjectRoot(here);
      process.chdir(tmpdir());
      assert.equal(readAnswers().length, 14);
      assert.ok(readDiagramSources().length > 10);
    } finally {
      process.chdir(here);
      setProjectRoot(before);
    }
  });
});
