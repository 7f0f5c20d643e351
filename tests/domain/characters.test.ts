/**
 * No profile can hold a character that breaks the exports, and text of only invisible characters is
 * blank — at the typing door (normalizeText) and at the reading door (restoreProfile).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, hasForbiddenCharacters, isBlank } from '../../src/domain/characters';
import { addLanguage } from '../../src/domain/languages';
import { restoreProfile } from '../../src/domain/migrate';
import { addOwnElement, renameElement, setTitle } from '../../src/domain/operations';
import { normalizeText } from '../../src/domain/text';
import { anyText, mutatedProfile } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';
import { smallProfile } from './fixtures';

const CONTROLS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c));
const ZERO_WIDTH_ONLY = '\u200b\u200c\u200d\u2060\ufeff\u00ad';

/** Every string in a value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : [];

describe('characters no profile may hold', () => {
  it.each([...CONTROLS, '\ufffe', '\uffff'])('drops U+%s', (character) => {
    expect(hasForbiddenCharacters(`a${character}b`)).toBe(true);
    expect(cleanText(`a${character}b`)).toBe('ab');
  });

  it('turns lone surrogates into U+FFFD but keeps pairs (emoji), tabs, line breaks and every script', () => {
    expect(cleanText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    const fine = 'Æblegrød\tmed ł ő š\nعربي 👩🏽‍🏫 ж\r';
    expect(hasForbiddenCharacters(fine)).toBe(false);
    expect(cleanText(fine)).toBe(fine);
  });

  it('counts text of only zero-width and other invisible characters as blank', () => {
    expect(isBlank(ZERO_WIDTH_ONLY)).toBe(true);
    expect(isBlank(' \u202e\u2066 ')).toBe(true);
    expect(isBlank('\u200bx')).toBe(false);
    expect(normalizeText(ZERO_WIDTH_ONLY)).toBe('');
  });

  it('normalised text never holds them, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(anyText(40), (text) => {
        const once = normalizeText(text);
        expect(hasForbiddenCharacters(once)).toBe(false);
        expect(normalizeText(once)).toBe(once);
      }),
      fuzzParams(),
    );
  }, FUZZ_TIMEOUT);
});

describe('at the typing door', () => {
  it('refuses a zero-width-only element, title and language name, and cleans control characters', () => {
    const profile = smallProfile();
    expect(addOwnElement(profile, 'viden', 'n1', ZERO_WIDTH_ONLY)).toBe(profile);
    expect(renameElement(profile, 'a', 'da', ZERO_WIDTH_ONLY)).toBe(profile);
    expect(setTitle(profile, 'da', ZERO_WIDTH_ONLY)).toBe(profile);
    expect(addLanguage(profile, { code: 'is', name: ZERO_WIDTH_ONLY })).toBe(profile);
    const added = addOwnElement(profile, 'viden', 'n1', 'Kende\u0000 kæde\u0007ansvaret\ud800');
    expect(added.categories[0]!.elements.at(-1)!.text.da).toBe('Kende kædeansvaret\ufffd');
  });
});

describe('at the reading door', () => {
  it('cleans control characters in any text of a file, and refuses a zero-width-only Danish text as empty', () => {
    const dirty = smallProfile() as unknown as Record<string, unknown> & { categories: { elements: { text: Record<string, string> }[] }[] };
    dirty.title = { da: 'Profil\u0001 med\u001f styretegn\uffff' };
    dirty.municipality = 'Ærø\u0000';
    dirty.categories[0]!.elements[0]!.text.da = 'Respektere\u000b målgruppen';
    const result = restoreProfile(dirty);
    expect(result).toMatchObject({ ok: true, profile: { title: { da: 'Profil med styretegn' }, municipality: 'Ærø' } });
    const blank = smallProfile();
    blank.categories[1]!.elements[0]!.text.da = ZERO_WIDTH_ONLY;
    expect(restoreProfile(blank)).toMatchObject({ ok: false, problems: [{ code: 'missing_text', category: 'Kompetencer', element: 1 }] });
    const language = { ...smallProfile(), languages: [{ code: 'da', name: 'Dansk' }, { code: 'is', name: '\u200b' }] };
    expect(restoreProfile(language)).toMatchObject({ ok: false, problems: [{ code: 'empty_text' }] });
  });

  it('lets no accepted profile hold such a character (property-based)', () => {
    fc.assert(
      fc.property(mutatedProfile, (value) => {
        const result = restoreProfile(value);
        if (result.ok) for (const text of stringsIn(result.profile)) expect(hasForbiddenCharacters(text)).toBe(false);
      }),
      fuzzParams(),
    );
  }, FUZZ_TIMEOUT);
});
