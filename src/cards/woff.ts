import { inflateSync } from 'node:zlib';

/**
 * Unwraps a WOFF 1.0 font into the TrueType/OpenType (sfnt) file it packs. resvg reads only sfnt
 * fonts from disk, and the font packages ship WOFF and WOFF2; WOFF 1.0 is the sfnt tables, each
 * zlib-compressed, behind a 44-byte header (https://www.w3.org/TR/WOFF/), so unwrapping it takes a
 * few lines and no dependency.
 * @throws when the bytes are not a WOFF 1.0 font
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < 44 || input.toString('latin1', 0, 4) !== 'wOFF') {
    throw new Error('not a WOFF 1.0 font (WOFF2 is not supported here)');
  }
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = input.readUInt32BE(entry + 4);
    const compLength = input.readUInt32BE(entry + 8);
    const origLength = input.readUInt32BE(entry + 12);
    const stored = input.subarray(offset, offset + compLength);
    return {
      tag: input.subarray(entry, entry + 4),
      checksum: input.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });

  // The sfnt header: the table count and the binary-search fields derived from it.
  const header = Buffer.alloc(12 + 16 * numTables);
  const power = 2 ** Math.floor(Math.log2(numTables));
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);

  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    chunks.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(chunks);
}
