import { inflateSync } from 'node:zlib';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG from its IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A decoded PNG: RGBA pixels, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  /** 4 bytes per pixel. */
  rgba: Uint8Array;
}

/**
 * Decodes the PNGs the build writes (resvg's: 8-bit RGBA or RGB, not interlaced), enough for tests
 * to look at pixels without an image library.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const size = pngSize(bytes);
  if (!size) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const colourType = bytes[25];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (bytes[24] !== 8 || channels === 0 || bytes[28] !== 0)
    throw new Error('only 8-bit RGB(A), not interlaced');
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = size.width * channels;
  const pixels = new Uint8Array(size.height * stride);
  for (let y = 0; y < size.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      pixels[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  if (channels === 4) return { ...size, rgba: pixels };
  const rgba = new Uint8Array(size.width * size.height * 4);
  for (let i = 0; i < size.width * size.height; i++) {
    rgba.set(pixels.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { ...size, rgba };
}

/** The share of pixels in a rectangle that `test` accepts (0 to 1). */
export function shareOfPixels(
  png: DecodedPng,
  area: { x: number; y: number; width: number; height: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  let hits = 0;
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      const i = (y * png.width + x) * 4;
      if (test(png.rgba[i] ?? 0, png.rgba[i + 1] ?? 0, png.rgba[i + 2] ?? 0)) hits++;
    }
  }
  return hits / (area.width * area.height);
}
