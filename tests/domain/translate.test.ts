import { describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { renameCategory, setCategoryHint, textItems, translateElement, translateText, translationStatus } from '../../src/domain/translate';
import { smallProfile } from './fixtures';

function withHint(): Profile {
  const profile = smallProfile();
  return { ...profile, categories: profile.categories.map((c, i) => (i === 0 ? { ...c, hint: { da: 'jeg ved' } } : c)) };
}

describe('translating a profile', () => {
  it('lists the title, the role, category names and hints and every element, in reading order', () => {
    expect(textItems({ ...withHint(), role: { da: 'Ungekoordinator' } }).map((item) => item.key)).toEqual([
      'title',
      'role',
      'name:viden',
      'hint:viden',
      'element:a',
      'element:b',
      'name:kompetencer',
      'element:c',
    ]);
  });

  it('translates an element without touching its Danish text or the original profile', () => {
    const profile = smallProfile();
    const next = translateElement(profile, 'b', 'en', '  Know the   system ');
    expect(findElement(next, 'b')?.element.text).toEqual({ da: 'Kende systemet', en: 'Know the system' });
    expect(findElement(profile, 'b')?.element.text).toEqual({ da: 'Kende systemet' });
  });

  it('renames categories and sets hints per language, with Danish letters and umlauts intact', () => {
    let profile = renameCategory(withHint(), 'viden', 'de', 'Wissen über Verantwortungskette');
    profile = setCategoryHint(profile, 'viden', 'de', 'ich weiß');
    profile = renameCategory(profile, 'kompetencer', 'da', 'Kompetencer i kædeansvaret');
    expect(profile.categories[0]).toMatchObject({ name: { da: 'Viden', en: 'Knowledge', de: 'Wissen über Verantwortungskette' }, hint: { da: 'jeg ved', de: 'ich weiß' } });
    expect(profile.categories[1]?.name.da).toBe('Kompetencer i kædeansvaret');
  });

  it('removes a translation when it is cleared, but never the Danish text', () => {
    const profile = smallProfile();
    expect(translateElement(profile, 'a', 'en', '   ').categories[0]?.elements[0]?.text).toEqual({ da: 'Respektere målgruppen' });
    expect(translateElement(profile, 'a', 'da', '')).toBe(profile);
    expect(renameCategory(profile, 'viden', 'da', ' ')).toBe(profile);
  });

  it('returns the same profile when nothing changes or the target does not exist', () => {
    const profile = smallProfile();
    expect(translateElement(profile, 'a', 'en', 'Respect the target group')).toBe(profile);
    expect(translateElement(profile, 'nope', 'en', 'x')).toBe(profile);
    expect(setCategoryHint(profile, 'viden', 'en', 'I know')).toBe(profile); // no Danish hint to translate
    expect(translateText(profile, { kind: 'title' }, 'en', 'x'.repeat(2001))).toBe(profile);
  });

  it('counts what is not yet translated', () => {
    const profile = smallProfile();
    // title, 2 category names, 3 elements; English has one name and one element.
    expect(translationStatus(profile, 'en')).toEqual({
      total: 6,
      missing: 4,
      missingKeys: ['title', 'element:b', 'name:kompetencer', 'element:c'],
      outdated: 0,
      outdatedKeys: [],
    });
    expect(translationStatus(profile, 'da').missing).toBe(0);
    const done = translateText(profile, { kind: 'title' }, 'en', 'Test profile');
    expect(translationStatus(done, 'en').missing).toBe(3);
    expect(translationStatus(profile, 'is')).toMatchObject({ total: 6, missing: 6 });
  });
});
