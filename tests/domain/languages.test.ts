import { describe, expect, it } from 'vitest';
import { addLanguage, checkLanguage, directionOf, profileLanguages } from '../../src/domain/languages';
import { MAX_LANGUAGES, profileSchema } from '../../src/domain/profile';
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
