import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortLinkRedirects } from '../../../src/links/short-links.ts';

const answers = [
  { path: '/answers/spark-performance-and-cost/', meta: { number: 3 } },
  { path: '/answers/end-to-end-data-pipeline/', meta: { number: 1 } },
] as unknown as Parameters<typeof shortLinkRedirects>[0];

describe('_redirects for short links', () => {
  it('moves each short link, with and without its slash, permanently to its answer', () => {
    assert.equal(
      shortLinkRedirects(answers, '/'),
      [
        '/q/3/ /answers/spark-performance-and-cost/ 301',
        '/q/3 /answers/spark-performance-and-cost/ 301',
        '/q/1/ /answers/end-to-end-data-pipeline/ 301',
        '/q/1 /answers/end-to-end-data-pipeline/ 301',
        '',
      ].join('\n'),
    );
  });

  it('puts both sides under the base path', () => {
    assert.match(
      shortLinkRedirects(answers, '/portfolio/'),
      /^\/portfolio\/q\/3\/ \/portfolio\/answers\/spark-performance-and-cost\/ 301$/m,
    );
  });
});
