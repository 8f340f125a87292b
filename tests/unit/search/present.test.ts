import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  diagramRecords,
  diagramHosts,
  diagramParts,
  type DiagramParts,
} from '../../../src/search/diagram-records.ts';
import {
  diagramContext,
  kindLabel,
  partialLabel,
  statusMessage,
  withoutLeadingTitle,
} from '../../../src/search/present.ts';
import { parseSearchParams, searchParamsOf, sectionsToShow } from '../../../src/search/query.ts';

describe('what results say', () => {
  it('counts results, says when they are partial and when there are none', () => {
    const base = { query: 'skew', count: 3, filtered: false };
    assert.equal(statusMessage({ ...base, match: 'all' }), '3 results for “skew”');
    assert.equal(
      statusMessage({ ...base, match: 'all', count: 1, filtered: true }),
      '1 result for “skew” with these filters',
    );
    assert.equal(
      statusMessage({ ...base, query: 'spot instances', match: 'partial' }),
      'No page has every word of “spot instances”: 3 results with most of them.',
    );
    assert.match(statusMessage({ ...base, match: 'none', count: 0 }), /^No results for “skew”\./);
    // Offline, an empty result may only mean that this part of the index was never kept.
    assert.match(
      statusMessage({ ...base, match: 'none', count: 0, offline: true }),
      /^No results for “skew”\. Offline, search finds only what this browser kept: .*saved for offline/,
    );
    assert.equal(statusMessage({ ...base, match: 'all', offline: true }), '3 results for “skew”');
    assert.equal(partialLabel(['bug', 'timezone']), 'Partial match: no “bug”, “timezone”');
  });

  it('names diagram results by what they are and where they are', () => {
    const meta = { kind: 'Diagram', part: 'Box', diagram: 'End-to-end pipeline', page: 'Q1 · Pipeline' };
    assert.equal(kindLabel(meta), 'Diagram box');
    assert.equal(kindLabel({ ...meta, part: 'Step' }), 'Diagram step');
    assert.equal(kindLabel({ kind: 'Concept' }), 'Concept');
    assert.equal(diagramContext(meta), 'End-to-end pipeline · Q1 · Pipeline');
    assert.equal(diagramContext({ kind: 'Answer' }), undefined);
  });

  it('starts an excerpt after the title it repeats, and never with an anchor', () => {
    const parts = [
      { text: 'Shuffle.', mark: true },
      { text: ' A ', mark: false },
      { text: 'shuffle', mark: true },
      { text: ' is how Spark regroups data', mark: false },
    ];
    assert.deepEqual(withoutLeadingTitle(parts, 'Shuffle'), [
      { text: 'A ', mark: false },
      { text: 'shuffle', mark: true },
      { text: ' is how Spark regroups data', mark: false },
    ]);
    assert.deepEqual(withoutLeadingTitle([{ text: '#End-to-end pipeline. One DAG', mark: false }], 'X'), [
      { text: 'End-to-end pipeline. One DAG', mark: false },
    ]);
    assert.deepEqual(withoutLeadingTitle(parts.slice(2), 'Shuffle'), parts.slice(2));
  });

  it('keeps a search as typed in the URL, and no section at the result itself', () => {
    const state = { query: 'partioning', filters: { kind: [], topic: [] }, verbatim: true };
    assert.equal(searchParamsOf(state), '?q=partioning&verbatim=1');
    assert.deepEqual(parseSearchParams('?q=partioning&verbatim=1'), state);
    const box = '/answers/x/#diagram-d/gate';
    assert.deepEqual(sectionsToShow([{ url: box, title: 'Gate', excerpt: '' }], 3, box), []);
  });
});

describe('diagram boxes and steps as records', () => {
  const parts: DiagramParts = {
    id: 'pipeline',
    title: 'End-to-end pipeline',
    boxes: [{ node: 'gate', label: 'Quality gate', note: 'Checks each delivery before silver.' }],
    steps: ['Files land in bronze.', 'The gate checks them.'],
  };
  const host = { path: '/answers/pipeline/', label: 'Q1 · Pipeline', topics: ['Pipelines'] };

  it('gives each box with a note and each step a record at its deep link, found by label and text', () => {
    const records = diagramRecords(parts, host);
    assert.deepEqual(
      records.map((r) => [r.url, r.meta['title'], r.content]),
      [
        ['/answers/pipeline/#diagram-pipeline/gate', 'Quality gate', 'Checks each delivery before silver.'],
        ['/answers/pipeline/#diagram-pipeline/step-1', 'Step 1 of 2', 'Files land in bronze.'],
        ['/answers/pipeline/#diagram-pipeline/step-2', 'Step 2 of 2', 'The gate checks them.'],
      ],
    );
    assert.deepEqual(records[0]?.meta, { title: 'Quality gate' });
    assert.deepEqual(records[0]?.filters, {
      kind: ['Diagram'],
      part: ['Box'],
      diagram: ['End-to-end pipeline'],
      page: ['Q1 · Pipeline'],
      topic: ['Pipelines'],
    });
  });

  it('places a diagram on the first built page that shows it', () => {
    const page = (path: string, html: string) => ({ host: { ...host, path }, html });
    const hosts = diagramHosts(
      [
        page('/answers/a/', '<div id="diagram-other">'),
        page('/', '<div class="dg-block" id="diagram-pipeline">'),
      ],
      ['pipeline', 'missing'],
    );
    assert.deepEqual(
      [...hosts].map(([id, h]) => [id, h.path]),
      [['pipeline', '/']],
    );
  });

  it('reads boxes with notes and steps from a diagram source and its render', () => {
    const text = [
      '%% caption: A pipeline.',
      'flowchart LR',
      '  accTitle: Pipeline',
      '  accDescr: Files go to silver.',
      '  a[Files] --> b[Silver<br/>tables]',
      '%% note b: Typed tables.',
      '%% step [a, b]: Files become tables.',
    ].join('\n');
    const source = {
      id: 'p',
      file: 'diagrams/p.mmd',
      text,
      kind: 'flowchart',
      caption: '',
      title: 'Pipeline',
      description: '',
      links: [],
    };
    const graph = {
      nodes: [
        { id: 'a', label: 'Files' },
        { id: 'b', label: 'Silver  tables' },
      ],
      edges: [],
    };
    assert.deepEqual(diagramParts(source, graph), {
      id: 'p',
      title: 'Pipeline',
      boxes: [{ node: 'b', label: 'Silver tables', note: 'Typed tables.' }],
      steps: ['Files become tables.'],
    });
  });
});
