import { describe, expect, it } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { findElement, renameElement, setRole, setTitle } from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { replaceText } from '../../src/domain/replace';
import { confirmText, renameCategory, textItems, translateText, translationStatus } from '../../src/domain/translate';
import { changeText, confirmTranslation, isOutOfDate, outdatedSource } from '../../src/domain/translationSource';
import { smallProfile } from './fixtures';

/** Element a: "Respektere målgruppen", translated to English. */
const elementA = (profile: Profile) => findElement(profile, 'a')!.element;

describe('a translation remembers the Danish text it was made from', () => {
  it('goes out of date when the Danish text changes, remembering the old Danish text', () => {
    const profile = renameElement(smallProfile(), 'a', 'da', 'Respektere de unge i vores ungenetværk');
    expect(elementA(profile)).toEqual({
      id: 'a',
      text: { da: 'Respektere de unge i vores ungenetværk', en: 'Respect the target group' },
      translatedFrom: { text: { en: 'Respektere målgruppen' } },
    });
    expect(translationStatus(profile, 'en')).toMatchObject({ outdated: 1, outdatedKeys: ['element:a'] });
    // Danish itself is never out of date; nor is a language without a translation.
    expect(translationStatus(profile, 'da').outdated).toBe(0);
    expect(translationStatus(profile, 'de').outdated).toBe(0);
  });

  it('keeps the original source through a second rename, and is current again when the Danish text goes back', () => {
    let profile = renameElement(smallProfile(), 'a', 'da', 'Respektere de unge');
    profile = renameElement(profile, 'a', 'da', 'Respektere de unge i netværket');
    expect(elementA(profile).translatedFrom).toEqual({ text: { en: 'Respektere målgruppen' } });
    profile = renameElement(profile, 'a', 'da', 'Respektere målgruppen');
    expect(elementA(profile)).toEqual(smallProfile().categories[0]!.elements[0]);
  });

  it('is current again once the translation is rewritten, edited or confirmed; clearing it drops the record', () => {
    const stale = renameElement(smallProfile(), 'a', 'da', 'Respektere de unge');
    const rewritten = translateText(stale, { kind: 'element', elementId: 'a' }, 'en', 'Respect young people');
    expect(elementA(rewritten).translatedFrom).toBeUndefined();
    expect(translationStatus(rewritten, 'en').outdated).toBe(0);

    const confirmed = confirmText(stale, { kind: 'element', elementId: 'a' }, 'en');
    expect(elementA(confirmed)).toEqual({ id: 'a', text: { da: 'Respektere de unge', en: 'Respect the target group' } });

    const cleared = translateText(stale, { kind: 'element', elementId: 'a' }, 'en', '');
    expect(elementA(cleared)).toEqual({ id: 'a', text: { da: 'Respektere de unge' } });
    expect(confirmText(cleared, { kind: 'element', elementId: 'a' }, 'en')).toBe(cleared);
  });

  it('marks only the languages that have a translation, each with its own source', () => {
    let profile = translateText(smallProfile(), { kind: 'element', elementId: 'a' }, 'de', 'Die Zielgruppe respektieren');
    profile = renameElement(profile, 'a', 'da', 'Respektere de unge');
    profile = translateText(profile, { kind: 'element', elementId: 'a' }, 'de', 'Die Jugendlichen respektieren');
    profile = translateText(profile, { kind: 'element', elementId: 'a' }, 'is', 'Virða unga fólkið');
    profile = renameElement(profile, 'a', 'da', 'Respektere de unge mennesker');
    expect(elementA(profile).translatedFrom).toEqual({
      text: { en: 'Respektere målgruppen', de: 'Respektere de unge', is: 'Respektere de unge' },
    });
  });

  it('tracks the title, the role, category names and hints like elements', () => {
    let profile: Profile = { ...smallProfile(), title: { da: 'Testprofil', en: 'Test profile' }, role: { da: 'Kontaktperson+', en: 'Contact person+' } };
    profile = setTitle(profile, 'da', 'Kompetenceprofil for ungekoordinator i Helsingør');
    profile = setRole(profile, 'da', 'Ungekoordinator');
    profile = renameCategory(profile, 'viden', 'da', 'Viden om de unge');
    expect(profile.translatedFrom).toEqual({ title: { en: 'Testprofil' }, role: { en: 'Kontaktperson+' } });
    expect(profile.categories[0]!.translatedFrom).toEqual({ name: { en: 'Viden' } });
    expect(translationStatus(profile, 'en')).toMatchObject({ outdated: 3, outdatedKeys: ['title', 'role', 'name:viden'] });
  });

  it('"replace everywhere" in Danish leaves the translations of the changed texts out of date, in one new profile', () => {
    const { profile } = replaceText(smallProfile(), 'da', 'målgruppen', 'de unge');
    expect(elementA(profile).translatedFrom).toEqual({ text: { en: 'Respektere målgruppen' } });
    expect(translationStatus(profile, 'en').outdatedKeys).toEqual(['element:a']);
    // Replacing in English is writing the translation: current.
    const english = replaceText(profile, 'en', 'target group', 'young people').profile;
    expect(translationStatus(english, 'en').outdated).toBe(0);
  });

  it('returns the very same profile for changes that change nothing', () => {
    const profile = smallProfile();
    expect(renameElement(profile, 'a', 'da', 'Respektere målgruppen')).toBe(profile);
    expect(confirmText(profile, { kind: 'element', elementId: 'a' }, 'en')).toBe(profile);
    const tracked = { text: { da: 'x', en: 'y' } };
    expect(changeText(tracked, 'en', ' y ')).toBe(tracked);
    expect(confirmTranslation(tracked, 'en')).toBe(tracked);
  });

  it('reads a record equal to today\'s Danish text, or for a missing translation, as current', () => {
    expect(isOutOfDate({ text: { da: 'Ny', en: 'New' }, from: { en: 'Ny' } }, 'en')).toBe(false);
    expect(isOutOfDate({ text: { da: 'Ny' }, from: { en: 'Gammel' } }, 'en')).toBe(false);
    expect(outdatedSource({ text: { da: 'Ny', en: 'Old' }, from: { en: 'Gammel' } }, 'en')).toBe('Gammel');
  });
});

describe('out-of-date translations in files', () => {
  it('takes every translation in a version 1 file (and the shipped profiles) as current', () => {
    const v1 = JSON.parse(JSON.stringify({ ...smallProfile(), version: 1 }));
    const result = restoreProfile(v1);
    if (!result.ok) throw new Error('v1 file refused');
    expect(result.migratedFrom).toBe(1);
    expect(translationStatus(result.profile, 'en')).toMatchObject({ outdated: 0, missing: 4 });
    expect(textItems(result.profile).every((item) => item.from === undefined)).toBe(true);
  });

  it('keeps what is out of date through an export and an import', () => {
    let profile = renameElement(smallProfile(), 'a', 'da', 'Respektere de unge');
    profile = setTitle(translateText(profile, { kind: 'title' }, 'en', 'Test profile'), 'da', 'Vores profil');
    const result = parseProfileJson(serializeProfile(profile));
    if (!result.ok) throw new Error('round trip refused');
    expect(result.profile).toEqual(profile);
    expect(translationStatus(result.profile, 'en').outdatedKeys).toEqual(['title', 'element:a']);
  });

  it('writes no empty records into the file', () => {
    const profile = confirmText(renameElement(smallProfile(), 'a', 'da', 'Respektere de unge'), { kind: 'element', elementId: 'a' }, 'en');
    expect(serializeProfile(profile)).not.toContain('translatedFrom');
  });
});
