import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKER_FILTER, ruleFor, type VnuMessage } from '../../../scripts/check-html.ts';

// Messages are placed by line and column as vnu reports them (1-based, end of the flagged markup).
function at(html: string, needle: string, message: string): VnuMessage {
  const offset = html.indexOf(needle) + needle.length;
  const before = html.slice(0, offset);
  const line = before.split('\n').length;
  return { type: 'error', message, lastLine: line, lastColumn: offset - before.lastIndexOf('\n') };
}

describe('HTML check: what is upstream', () => {
  const divInCode =
    'Element “div” not allowed as child of element “code” in this context. (Suppressing further errors from this subtree.)';
  const html =
    '<main>\n<div class="expressive-code"><figure><pre><code><div class="ec-line">x</div></code></pre></figure></div>\n' +
    '<pre><code><div class="mine">y</div></code></pre>\n' +
    '<sl-sidebar-state-persist><script aria-hidden="true">1</script></sl-sidebar-state-persist>\n' +
    '<script aria-hidden="true">2</script></main>';

  it("ignores Expressive Code's markup only inside its blocks", () => {
    assert.equal(ruleFor(at(html, '<div class="ec-line">', divInCode), html)?.origin, 'Expressive Code');
    assert.equal(ruleFor(at(html, '<div class="mine">', divInCode), html), undefined);
  });

  it("ignores Starlight's aria-hidden scripts only in the sidebar state element", () => {
    const message = 'The “aria-hidden” attribute must not be specified on the “script” element.';
    assert.equal(ruleFor(at(html, '<script aria-hidden="true">1', message), html)?.origin, 'Starlight');
    assert.equal(ruleFor(at(html, '<script aria-hidden="true">2', message), html), undefined);
  });

  it('fails on anything else', () => {
    const message = 'Attribute “title” not allowed on element “g” at this point.';
    assert.equal(ruleFor(at(html, '<main>', message), html), undefined);
  });
});

describe('HTML check: what the checker drops itself', () => {
  it('drops its own CSS parse error on custom properties, with a pattern that survives any locale', () => {
    const pattern = new RegExp(`^${CHECKER_FILTER}$`);
    assert.match('CSS: “--”: Parse Error.', pattern);
    assert.doesNotMatch('CSS: “color”: Parse Error.', pattern);
    assert.match(CHECKER_FILTER, /^[\x20-\x7e]+$/, 'ASCII only: Java reads arguments in the locale charset');
  });
});
