/**
 * The file door never throws: any bytes, any text, any PNG with any text chunk come back as a profile
 * or a problem; a profile carried by a JSON file or by a PNG reads back equal to what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { PNG_PROFILE_KEYWORD, readProfileFile } from '../../src/export/importFile';
import { addTextChunk } from '../../src/export/pngText';
import { anyJson, validProfile } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';

const params = fuzzParams();

const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

const asFile = (bytes: Uint8Array | string, name = 'file') => new File([bytes as BlobPart], name);

describe('readProfileFile (property-based)', () => {
  it('never throws for any bytes, and a refusal always has a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 40 }).map((tail) => Uint8Array.of(...TINY_PNG.subarray(0, 33), ...tail))), async (bytes) => {
        const result = await readProfileFile(asFile(bytes));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('never throws for any JSON, as a file or inside a PNG', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.boolean(), async (value, inPng) => {
        const text = JSON.stringify(value) ?? 'null';
        const bytes = inPng ? addTextChunk(TINY_PNG, PNG_PROFILE_KEYWORD, text) : text;
        const result = await readProfileFile(asFile(bytes));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('reads back every profile it accepts, from its JSON export and from its PNG', async () => {
    await fc.assert(
      fc.asyncProperty(validProfile, async (input) => {
        const restored = restoreProfile(input);
        if (!restored.ok) return;
        const json = serializeProfile(restored.profile);
        expect(await readProfileFile(asFile(json, 'p.json'))).toEqual({ ok: true, profile: restored.profile });
        const png = addTextChunk(TINY_PNG, PNG_PROFILE_KEYWORD, json);
        expect(await readProfileFile(asFile(png, 'p.png'))).toEqual({ ok: true, profile: restored.profile });
      }),
      params,
    );
  }, FUZZ_TIMEOUT);
});
