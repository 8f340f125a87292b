import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { narrowSources, wrappingWidth } from '../../../src/diagrams/narrow.ts';
import { NARROW_CONFIG } from '../../../src/diagrams/settings.ts';

describe("a diagram's narrow layout", () => {
  it('wraps labels at the configured width, or wider than the longest word so none is split', () => {
    assert.equal(wrappingWidth(['Raw files', 'Silver']), NARROW_CONFIG.flowchart.wrappingWidth);
    assert.equal(wrappingWidth(['Physical plan', 'BroadcastHashJoin small side']), 17 * 9);
  });

  it('renders a left-to-right flowchart both ways, with the narrow settings as a directive', () => {
    const text = '%% caption: x\nflowchart LR\n  a --> b';
    const sources = narrowSources('flowchart', text, ['a', 'b']);
    assert.equal(sources.length, 2);
    assert.match(
      sources[0] ?? '',
      /^%%\{init: \{"markdownAutoWrap":true,.*\}\}%%\n%% caption: x\nflowchart LR\n/,
    );
    assert.match(sources[1] ?? '', /\nflowchart TB\n {2}a --> b$/);
    assert.equal(narrowSources('flowchart', 'flowchart TB\n  a --> b', []).length, 1);
  });

  it('leaves alone the kinds its settings do not change', () => {
    assert.deepEqual(narrowSources('erDiagram', 'erDiagram\n  A ||--o{ B : has', []), []);
    // A sequence diagram with its messages wrapped, and without.
    const sequence = narrowSources('sequenceDiagram', 'sequenceDiagram\n  A->>B: hi', []);
    assert.deepEqual(
      sequence.map((text) => /"wrap":(true|false)/.exec(text)?.[1]),
      ['true', 'false'],
    );
  });
});
