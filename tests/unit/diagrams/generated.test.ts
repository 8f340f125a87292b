import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  applyGenerated,
  generatedChanges,
  generatedProblems,
  type DiagramGenerator,
} from '../../../src/diagrams/generated.ts';

const root = mkdtempSync(join(tmpdir(), 'generated-'));
after(() => rmSync(root, { recursive: true, force: true }));

const maps: DiagramGenerator = {
  name: 'map',
  owns: (name) => name.startsWith('map-'),
  generate: () =>
    new Map([
      ['map-a.mmd', 'current a\n'],
      ['map-b.mmd', 'current b\n'],
    ]),
};

describe('generated diagram sources', () => {
  mkdirSync(join(root, 'diagrams'));
  writeFileSync(join(root, 'diagrams/map-a.mmd'), 'current a\n');
  writeFileSync(join(root, 'diagrams/map-b.mmd'), 'old b\n');
  writeFileSync(join(root, 'diagrams/map-gone.mmd'), 'no longer made\n');
  writeFileSync(join(root, 'diagrams/hand-written.mmd'), 'not the generator’s\n');

  it('writes only files that are missing or differ, and removes the ones it no longer makes', () => {
    const changes = generatedChanges(maps, root);
    assert.deepEqual([...changes.write.keys()], ['map-b.mmd']);
    assert.deepEqual(changes.remove, ['map-gone.mmd']);
  });

  it('reports each as a problem to fix with `npm run diagrams`, naming the file', () => {
    assert.deepEqual(
      generatedProblems([maps], root).map((p) => `${p.position.file}:${p.position.line}`),
      ['diagrams/map-b.mmd:1', 'diagrams/map-gone.mmd:1'],
    );
  });

  it('brings the folder in line and leaves other files alone', () => {
    assert.deepEqual(applyGenerated([maps], root), {
      written: ['diagrams/map-b.mmd'],
      removed: ['diagrams/map-gone.mmd'],
    });
    assert.equal(readFileSync(join(root, 'diagrams/map-b.mmd'), 'utf8'), 'current b\n');
    assert.ok(!existsSync(join(root, 'diagrams/map-gone.mmd')));
    assert.ok(existsSync(join(root, 'diagrams/hand-written.mmd')));
    assert.deepEqual(generatedProblems([maps], root), []);
  });
});
