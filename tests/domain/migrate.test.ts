import { describe, expect, it } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { PROFILE_VERSION } from '../../src/domain/profile';
import { smallProfile } from './fixtures';

describe('restoreProfile', () => {
  it('accepts a valid current profile unchanged', () => {
    const result = restoreProfile(smallProfile());
    expect(result).toEqual({ ok: true, profile: smallProfile() });
  });

  it('migrates the version 0 draft format (plain Danish strings)', () => {
    const draft = {
      version: 0,
      id: 'old',
      title: 'Gammel profil',
      categories: [{ id: 'viden', name: 'Viden', color: '#123456', elements: [{ id: 'e1', text: 'Kende kædeansvaret' }] }],
    };
    const result = restoreProfile(draft);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 0,
      profile: { version: PROFILE_VERSION, title: { da: 'Gammel profil' }, categories: [{ name: { da: 'Viden' }, elements: [{ text: { da: 'Kende kædeansvaret' } }] }] },
    });
  });

  it('opens a version 1 file as version 2: same content, every translation counting as current', () => {
    const v1 = { ...smallProfile(), version: 1 };
    const result = restoreProfile(v1);
    expect(result).toEqual({ ok: true, migratedFrom: 1, profile: { ...smallProfile(), version: 2 } });
  });

  it('keeps version 2 fields: translation sources, marks, notes and reflection questions', () => {
    const profile = smallProfile();
    const element = profile.categories[0]!.elements[0]!;
    element.text = { da: 'Danne relationer som ungekoordinator', en: 'Build relationships' };
    element.translatedFrom = { text: { en: 'Danne relationer' } };
    element.marks = { does: 'yes', should: 'no' };
    element.note = 'Vi skrev "ungekoordinator", som vi siger i Helsingør.';
    profile.categories[0]!.translatedFrom = { name: { en: 'Viden' } };
    profile.translatedFrom = { title: { de: 'Testprofil' } };
    profile.questions = [
      { id: 'q1', text: { da: 'Hvad gør vi allerede?' }, sourceId: 'generic-q1', answer: 'Vi mødes hver uge.' },
      { id: 'q2', text: { da: 'Eget spørgsmål' } },
    ];
    expect(restoreProfile(profile)).toEqual({ ok: true, profile });
  });

  it('refuses unknown marks, unknown translated fields and duplicate question ids', () => {
    const badMark = smallProfile();
    (badMark.categories[0]!.elements[0]! as Record<string, unknown>).marks = { does: 'maybe' };
    expect(restoreProfile(badMark)).toMatchObject({ ok: false, problems: [{ code: 'bad_value', category: 'Viden', element: 1, field: 'marks' }] });
    const badField = smallProfile();
    (badField.categories[0]!.elements[0]! as Record<string, unknown>).translatedFrom = { title: { en: 'x' } };
    expect(restoreProfile(badField)).toMatchObject({ ok: false });
    const twice = smallProfile();
    twice.questions = [
      { id: 'q', text: { da: 'Et' } },
      { id: 'q', text: { da: 'To' } },
    ];
    expect(restoreProfile(twice)).toMatchObject({ ok: false, problems: [{ code: 'duplicate_id', field: 'questions' }] });
  });

  it('says where an element has no text', () => {
    const profile = smallProfile() as unknown as { categories: { elements: { text: unknown }[] }[] };
    profile.categories[1]!.elements[0]!.text = { da: '  ' };
    expect(restoreProfile(profile)).toEqual({
      ok: false,
      problems: [{ code: 'missing_text', category: 'Kompetencer', element: 1, field: 'text' }],
    });
  });

  it('refuses text over 2,000 characters, and names the place', () => {
    const profile = smallProfile();
    profile.categories[0]!.elements[1]!.text.da = 'x'.repeat(2001);
    expect(restoreProfile(profile)).toMatchObject({ ok: false, problems: [{ code: 'text_too_long', category: 'Viden', element: 2 }] });
  });

  it('refuses duplicate ids', () => {
    const profile = smallProfile();
    profile.categories[1]!.elements[0]!.id = 'a';
    expect(restoreProfile(profile)).toMatchObject({ ok: false, problems: [{ code: 'duplicate_id', category: 'Kompetencer', element: 1 }] });
  });

  it('refuses profiles from a newer version, foreign data and unknown fields', () => {
    expect(restoreProfile({ ...smallProfile(), version: PROFILE_VERSION + 1 })).toEqual({ ok: false, problems: [{ code: 'newer_version' }] });
    expect(restoreProfile([1, 2, 3])).toEqual({ ok: false, problems: [{ code: 'not_a_profile' }] });
    expect(restoreProfile({ state: { something: 'else' } })).toEqual({ ok: false, problems: [{ code: 'not_a_profile' }] });
    expect(restoreProfile({ ...smallProfile(), script: '<script>' })).toMatchObject({ ok: false });
  });

  it('refuses more than 1,000 elements but takes 300', () => {
    const many = (n: number) => {
      const profile = smallProfile();
      profile.categories[0]!.elements = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, text: { da: `Element ${i}` } }));
      return profile;
    };
    expect(restoreProfile(many(300)).ok).toBe(true);
    expect(restoreProfile(many(1001))).toEqual({ ok: false, problems: [{ code: 'too_many_elements' }] });
  });

  it('does not let a __proto__ key pollute objects', () => {
    const result = parseProfileJson(
      JSON.stringify(smallProfile()).replace('"da":"Testprofil"', '"da":"Testprofil","__proto__":{"polluted":"yes"}'),
    );
    // zod drops the key: the profile loads, without it and without touching any prototype.
    expect(result.ok && Object.keys(result.profile.title)).toEqual(['da']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseProfileJson', () => {
  it('round-trips through the file format', () => {
    const text = serializeProfile(smallProfile());
    expect(text).toContain(`\n  "version": ${PROFILE_VERSION}`);
    expect(parseProfileJson(text)).toEqual({ ok: true, profile: smallProfile() });
  });

  it('refuses text that is not JSON, and files over 1 MB', () => {
    expect(parseProfileJson('<html><body>nope</body></html>')).toEqual({ ok: false, problems: [{ code: 'not_json' }] });
    expect(parseProfileJson(`"${'x'.repeat(1_000_001)}"`)).toEqual({ ok: false, problems: [{ code: 'too_large' }] });
  });
});
