/**
 * Text inside a PNG: an uncompressed `iTXt` chunk (PNG spec §11.3.4.5), so the exported poster
 * carries the profile and can be imported again. Pure byte work, no DOM: tested in Node.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past the chunk's CRC. */
  end: number;
  data: Uint8Array;
  crcOk: boolean;
}

/** The chunks of a PNG in order; stops at the first truncated chunk rather than throwing. */
export function readChunks(bytes: Uint8Array): Chunk[] {
  if (!isPng(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) break;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, start: offset, end, data: typeAndData.subarray(4), crcOk: crc32(typeAndData) === view.getUint32(end - 4) });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** A keyword is 1-79 Latin-1 printable characters (spec); we only ever need ASCII. */
function checkKeyword(keyword: string) {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword.startsWith(' ') || keyword.endsWith(' ')) {
    throw new Error(`Invalid PNG text keyword: ${keyword}`);
  }
}

function chunkBytes(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A copy of the PNG with `text` in an iTXt chunk under `keyword`, just before IEND. An earlier chunk
 * with the same keyword is replaced, so a re-exported file never carries two profiles.
 */
export function addTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  checkKeyword(keyword);
  const chunks = readChunks(png);
  const iend = chunks.find((chunk) => chunk.type === 'IEND');
  if (!iend) throw new Error('Not a complete PNG file');
  const keywordBytes = new TextEncoder().encode(keyword);
  const textBytes = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
  const data = new Uint8Array(keywordBytes.length + 5 + textBytes.length);
  data.set(keywordBytes, 0);
  data.set(textBytes, keywordBytes.length + 5);
  const parts: Uint8Array[] = [png.subarray(0, PNG_SIGNATURE.length)];
  for (const chunk of chunks) {
    if (chunk.type === 'IEND') parts.push(chunkBytes('iTXt', data));
    if (!(chunk.type === 'iTXt' && keywordOf(chunk.data) === keyword)) parts.push(png.subarray(chunk.start, chunk.end));
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function keywordOf(data: Uint8Array): string {
  const nul = data.subarray(0, 80).indexOf(0); // keywords are at most 79 bytes
  return nul < 1 ? '' : String.fromCharCode(...data.subarray(0, nul));
}

/**
 * The text of the first intact, uncompressed iTXt (or tEXt) chunk under `keyword`, or null. A chunk
 * whose CRC does not match is ignored: a damaged file must not smuggle in half a profile.
 */
export function readTextChunk(png: Uint8Array, keyword: string): string | null {
  for (const chunk of readChunks(png)) {
    if (!chunk.crcOk || keywordOf(chunk.data) !== keyword) continue;
    const rest = chunk.data.subarray(keyword.length + 1);
    if (chunk.type === 'tEXt') return new TextDecoder('latin1').decode(rest);
    if (chunk.type !== 'iTXt' || rest[0] !== 0) continue; // compressed iTXt: we never write those
    const languageEnd = rest.indexOf(0, 2);
    const translatedEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) continue;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(rest.subarray(translatedEnd + 1));
    } catch {
      continue;
    }
  }
  return null;
}
