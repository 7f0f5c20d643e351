/** The limits table is one source: the README shows it, the schema and the readers keep to it. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS_TABLE, MAX_ELEMENTS, MAX_PROFILE_BYTES, utf8Length } from '../../src/domain/limits';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { profileFileBytes } from '../../src/domain/profileFile';
import { addOwnElement } from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { anyText, validProfile } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';
import { smallProfile } from './fixtures';

/** `smallProfile` with `count` elements of `text` in its first category. */
function withElements(count: number, text = (i: number) => `Element ${i}`): Profile {
  const profile = smallProfile();
  profile.categories[0]!.elements = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: { da: text(i) } }));
  profile.categories[1]!.elements = [];
  return profile;
}

describe('the limits table', () => {
  it('is the table in the README, row by row', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const row of LIMITS_TABLE) expect(readme).toContain(`| ${row.what} | ${row.limit.toLocaleString('en')} ${row.unit} |`);
  });

  it('counts UTF-8 bytes exactly as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(50), fc.string({ unit: 'binary' })), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      fuzzParams(),
    );
  }, FUZZ_TIMEOUT);
});

describe('profileFileBytes', () => {
  it('is the size of the profile written out as its file, for any profile, also after a change that keeps most elements', () => {
    fc.assert(
      fc.property(validProfile, anyText(40), (profile, text) => {
        expect(profileFileBytes(profile)).toBe(utf8Length(serializeProfile(profile)));
        // Counted again after a change: unchanged elements come from the cache, the new one is counted.
        const changed = addOwnElement(profile, profile.categories[0]!.id, 'added-element', text || 'x');
        expect(profileFileBytes(changed)).toBe(utf8Length(serializeProfile(changed)));
      }),
      fuzzParams(),
    );
  }, FUZZ_TIMEOUT);
});

describe('limits at the doors', () => {
  it(`refuses the ${MAX_ELEMENTS + 1}st element in the domain, as the reader does`, () => {
    const full = withElements(MAX_ELEMENTS);
    expect(restoreProfile(full).ok).toBe(true);
    expect(addOwnElement(full, 'viden', 'new', 'Én for meget')).toBe(full);
    expect(restoreProfile(withElements(MAX_ELEMENTS + 1))).toMatchObject({ ok: false, problems: [{ code: 'too_many_elements' }] });
  });

  it('refuses a minified file whose profile would be too large as its own export', () => {
    const text = 'æ'.repeat(1900);
    const big = withElements(258, (i) => `${i} ${text}`);
    const minified = JSON.stringify(big);
    expect(utf8Length(minified)).toBeLessThan(MAX_PROFILE_BYTES);
    expect(utf8Length(serializeProfile(big))).toBeGreaterThan(MAX_PROFILE_BYTES);
    expect(parseProfileJson(minified)).toEqual({ ok: false, problems: [{ code: 'too_large' }] });
  });

  it('reads back a profile just under the size limit from its own export', () => {
    const text = 'æ'.repeat(1900);
    const fits = withElements(240, (i) => `${i} ${text}`);
    expect(utf8Length(serializeProfile(fits))).toBeLessThanOrEqual(MAX_PROFILE_BYTES);
    expect(parseProfileJson(serializeProfile(fits))).toEqual({ ok: true, profile: fits });
  });
});
