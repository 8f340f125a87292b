import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, escapeRegExp } from '../../../src/shared/text.ts';

describe('text helpers', () => {
  it('escape text for HTML content and attributes', () => {
    assert.equal(escapeHtml(`a & "b" <c>`), 'a &amp; &quot;b&quot; &lt;c&gt;');
  });
  it('escape text for a regular expression', () => {
    assert.ok(new RegExp(`^${escapeRegExp('a.b*(c)')}$`).test('a.b*(c)'));
    assert.ok(!new RegExp(`^${escapeRegExp('a.b')}$`).test('axb'));
  });
});
