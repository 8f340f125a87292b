import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { woffToSfnt } from '../../../src/cards/woff.ts';

const require = createRequire(import.meta.url);

describe('WOFF unwrapping (fonts for resvg)', () => {
  const woff = readFileSync(require.resolve('@fontsource/arimo/files/arimo-latin-400-normal.woff'));
  const sfnt = woffToSfnt(woff);
  it('gives a TrueType file with every table, in order', () => {
    assert.equal(sfnt.readUInt32BE(0), woff.readUInt32BE(4));
    const tables = sfnt.readUInt16BE(4);
    assert.equal(tables, woff.readUInt16BE(12));
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    assert.deepEqual(tags, [...tags].sort());
    assert.ok(tags.includes('glyf') && tags.includes('cmap'), tags.join(' '));
  });
  it('refuses what is not WOFF 1.0', () => {
    assert.throws(() => woffToSfnt(new Uint8Array(60)), /not a WOFF 1.0 font/);
  });
});
