import { describe, expect, it } from 'vitest';
import { addTextChunk, crc32, isPng, readChunks, readTextChunk } from '../../src/export/pngText';

/** A valid 1×1 white PNG (IHDR, IDAT, IEND), as a browser's canvas would write it. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

describe('crc32', () => {
  it('matches the reference value of "IEND"', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('addTextChunk / readTextChunk', () => {
  const json = JSON.stringify({ title: { da: 'Færdigheder på Ærø – å', en: 'ł ő š č ž ð þ' } });

  it('writes an iTXt chunk before IEND that reads back unchanged, æøå included', () => {
    const out = addTextChunk(TINY_PNG, 'profilbygger-profile', json);
    expect(isPng(out)).toBe(true);
    expect(readChunks(out).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readTextChunk(out, 'profilbygger-profile')).toBe(json);
  });

  it('writes a chunk whose stored CRC is the CRC of its type and data', () => {
    const out = addTextChunk(TINY_PNG, 'profilbygger-profile', json);
    const chunk = readChunks(out).find((c) => c.type === 'iTXt')!;
    const view = new DataView(out.buffer);
    const length = view.getUint32(chunk.start);
    expect(length).toBe(chunk.data.length);
    const stored = view.getUint32(chunk.end - 4);
    expect(stored).toBe(crc32(out.subarray(chunk.start + 4, chunk.end - 4)));
    expect(readChunks(out).every((c) => c.crcOk)).toBe(true);
  });

  it('lays the chunk out as keyword, NUL, uncompressed flags, empty language tags, UTF-8 text', () => {
    const out = addTextChunk(TINY_PNG, 'k', 'æ');
    const chunk = readChunks(out).find((c) => c.type === 'iTXt')!;
    expect([...chunk.data]).toEqual([0x6b, 0, 0, 0, 0, 0, 0xc3, 0xa6]);
  });

  it('replaces an earlier chunk with the same keyword instead of adding a second one', () => {
    const once = addTextChunk(TINY_PNG, 'profilbygger-profile', 'old');
    const twice = addTextChunk(once, 'profilbygger-profile', 'new');
    expect(readChunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(readTextChunk(twice, 'profilbygger-profile')).toBe('new');
  });

  it('finds nothing under another keyword, in a plain PNG, or in bytes that are not a PNG', () => {
    const out = addTextChunk(TINY_PNG, 'profilbygger-profile', json);
    expect(readTextChunk(out, 'other')).toBeNull();
    expect(readTextChunk(TINY_PNG, 'profilbygger-profile')).toBeNull();
    expect(readTextChunk(new TextEncoder().encode(json), 'profilbygger-profile')).toBeNull();
  });

  it('ignores a chunk whose CRC does not match (a damaged file)', () => {
    const out = addTextChunk(TINY_PNG, 'profilbygger-profile', json);
    const chunk = readChunks(out).find((c) => c.type === 'iTXt')!;
    out[chunk.start + 30] = (out[chunk.start + 30] ?? 0) ^ 0xff;
    expect(readTextChunk(out, 'profilbygger-profile')).toBeNull();
  });

  it('refuses a PNG without IEND and a keyword that PNG does not allow', () => {
    expect(() => addTextChunk(TINY_PNG.subarray(0, TINY_PNG.length - 12), 'k', 'x')).toThrow();
    expect(() => addTextChunk(TINY_PNG, '', 'x')).toThrow();
  });
});
