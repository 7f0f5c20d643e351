import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLanguage, checkLanguage, directionOf, profileLanguages } from '../../src/domain/languages';
import { languageSchema, MAX_LANGUAGES, profileSchema, type Language } from '../../src/domain/profile';
import { anyText } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';
import { smallProfile } from './fixtures';

const codes = (languages: { code: string }[]) => languages.map((l) => l.code);

describe('profile languages', () => {
  it('offers Danish, English and German when the profile lists none, Danish first', () => {
    expect(codes(profileLanguages(smallProfile()))).toEqual(['da', 'en', 'de']);
  });

  it("puts the profile's own languages before the defaults it does not list", () => {
    const profile = { languages: [{ code: 'en', name: 'English' }, { code: 'da', name: 'Dansk' }, { code: 'is', name: 'Íslenska' }] };
    expect(codes(profileLanguages(profile))).toEqual(['da', 'en', 'is', 'de']);
  });

  it('knows right-to-left languages, and lets the profile say so for others', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
    expect(directionOf('da')).toBe('ltr');
    expect(directionOf('xyz', [{ code: 'xyz', name: 'X', dir: 'rtl' }])).toBe('rtl');
  });
});

describe('addLanguage', () => {
  it('adds Icelandic by code and name, keeping Danish first, and the result is a valid profile', () => {
    const next = addLanguage(smallProfile(), { code: 'is', name: ' Íslenska ' });
    expect(next.languages).toEqual([
      { code: 'da', name: 'Dansk' },
      { code: 'is', name: 'Íslenska' },
    ]);
    expect(profileSchema.safeParse(next).success).toBe(true);
  });

  it('stores the writing direction of a right-to-left language', () => {
    const next = addLanguage(smallProfile(), { code: 'ar', name: 'العربية', dir: 'rtl' });
    expect(next.languages?.at(-1)).toEqual({ code: 'ar', name: 'العربية', dir: 'rtl' });
  });

  it('refuses invalid codes, blank names and languages already offered, leaving the profile as it was', () => {
    const profile = smallProfile();
    for (const [language, problem] of [
      [{ code: 'Icelandic', name: 'Íslenska' }, 'invalid_code'],
      [{ code: 'i', name: 'Íslenska' }, 'invalid_code'],
      [{ code: 'is', name: '   ' }, 'empty_name'],
      [{ code: 'is', name: 'x'.repeat(61) }, 'name_too_long'],
      [{ code: 'en', name: 'Engelsk' }, 'exists'],
    ] as const) {
      expect(checkLanguage(profile, language)).toBe(problem);
      expect(addLanguage(profile, language)).toBe(profile);
    }
    const withIs = addLanguage(profile, { code: 'is', name: 'Íslenska' });
    expect(checkLanguage(withIs, { code: 'is', name: 'Islandsk' })).toBe('exists');
  });

  it('refuses more than the format allows', () => {
    let profile = smallProfile();
    for (let i = 0; profile.languages === undefined || profile.languages.length < MAX_LANGUAGES; i++) {
      profile = addLanguage(profile, { code: `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, name: `L${i}` });
    }
    expect(checkLanguage(profile, { code: 'sl', name: 'Slovenščina' })).toBe('too_many');
  });
});

describe('checkLanguage and the schema', () => {
  // checkLanguage runs without zod (the first load carries no validator): it must refuse exactly the
  // languages languageSchema refuses, and for the same field.
  const problemOfSchema = (language: Language) => {
    const parsed = languageSchema.safeParse(language);
    if (parsed.success) return null;
    if (parsed.error.issues[0]?.path[0] === 'name') return 'name';
    return 'code';
  };
  const fieldOf = (problem: string | null) => (problem === null ? null : problem === 'invalid_code' ? 'code' : 'name');
  const code = fc.oneof(fc.constantFrom('is', 'sl', 'ar', 'pt-BR', 'fil', 'zh-Hant', 'x', 'IS', 'is-', 'is-x', 'abcd', 'is-abcdefghi', ' is', ''), anyText(12));
  const name = fc.oneof(anyText(70), fc.string({ minLength: 55, maxLength: 65 }), fc.constantFrom('Íslenska', ' ', '\u200b', 'x'.repeat(60), 'x'.repeat(61)));
  const dir = fc.constantFrom(undefined, 'ltr', 'rtl', 'ttb' as 'ltr');

  it(
    'refuses a language exactly when languageSchema does, naming the same field',
    () => {
      fc.assert(
        fc.property(code, name, dir, (code, name, dir) => {
          const language: Language = dir === undefined ? { code, name } : { code, name, dir };
          // A profile with none of these codes, and room for more: only the format can refuse.
          const problem = checkLanguage({ languages: [{ code: 'da', name: 'Dansk' }] }, language);
          if (problem === 'exists') return fc.pre(false);
          expect(fieldOf(problem)).toBe(problemOfSchema(language));
        }),
        fuzzParams(),
      );
    },
    FUZZ_TIMEOUT,
  );
});
