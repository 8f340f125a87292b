import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDiagramSource } from '../../../src/diagrams/source.ts';

const GOOD = [
  '%% caption: What to notice.',
  'flowchart LR',
  '  accTitle: Title',
  '  accDescr: Description.',
  '  a --> b',
  '  click b href "/concepts/shuffle/" "Shuffle"',
].join('\n');

describe('diagram sources', () => {
  it('reads caption, accessible title and description, kind and node links with their lines', () => {
    const source = parseDiagramSource('good', 'diagrams/good.mmd', GOOD);
    assert.equal(source.kind, 'flowchart');
    assert.equal(source.caption, 'What to notice.');
    assert.equal(source.title, 'Title');
    assert.equal(source.description, 'Description.');
    assert.deepEqual(source.links, [{ node: 'b', href: '/concepts/shuffle/', tooltip: 'Shuffle', line: 6 }]);
  });

  it('lists every missing piece of metadata at once, with file and line', () => {
    assert.throws(
      () => parseDiagramSource('bare', 'diagrams/bare.mmd', 'flowchart LR\n  a --> b\n'),
      (error: Error) => {
        assert.match(error.message, /diagrams\/bare\.mmd:1 {2}needs a caption/);
        assert.match(error.message, /diagrams\/bare\.mmd:2 {2}needs "accTitle: \.\.\."/);
        assert.match(error.message, /diagrams\/bare\.mmd:2 {2}needs "accDescr: \.\.\."/);
        return true;
      },
    );
  });

  it('rejects links that are not root-relative site paths, and Mermaid config in the source', () => {
    const bad =
      GOOD.replace('/concepts/shuffle/', 'javascript:alert(1)') + '\n%%{init: {"theme": "forest"}}%%';
    assert.throws(
      () => parseDiagramSource('bad', 'diagrams/bad.mmd', bad),
      (error: Error) => {
        assert.match(
          error.message,
          /diagrams\/bad\.mmd:6 {2}link "javascript:alert\(1\)" must be a site path/,
        );
        assert.match(error.message, /diagrams\/bad\.mmd:7 {2}must not set Mermaid config/);
        return true;
      },
    );
  });
});
