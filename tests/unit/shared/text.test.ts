import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, escapeRegExp, plural } from '../../../src/shared/text.ts';

describe('text helpers', () => {
  it('escape text for HTML content and attributes', () => {
    assert.equal(escapeHtml(`a & "b" <c>`), 'a &amp; &quot;b&quot; &lt;c&gt;');
  });
  it('escape text for a regular expression', () => {
    assert.ok(new RegExp(`^${escapeRegExp('a.b*(c)')}$`).test('a.b*(c)'));
    assert.ok(!new RegExp(`^${escapeRegExp('a.b')}$`).test('axb'));
  });
});

describe('plural', () => {
  it('counts with the noun in the right number', () => {
    assert.equal(plural(1, 'review'), '1 review');
    assert.equal(plural(0, 'review'), '0 reviews');
    assert.equal(plural(3, 'question'), '3 questions');
  });
});
