import { describe, expect, it } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
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
      profile: { version: 1, title: { da: 'Gammel profil' }, categories: [{ name: { da: 'Viden' }, elements: [{ text: { da: 'Kende kædeansvaret' } }] }] },
    });
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
    expect(restoreProfile({ ...smallProfile(), version: 2 })).toEqual({ ok: false, problems: [{ code: 'newer_version' }] });
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
    expect(text).toContain('\n  "version": 1');
    expect(parseProfileJson(text)).toEqual({ ok: true, profile: smallProfile() });
  });

  it('refuses text that is not JSON, and files over 1 MB', () => {
    expect(parseProfileJson('<html><body>nope</body></html>')).toEqual({ ok: false, problems: [{ code: 'not_json' }] });
    expect(parseProfileJson(`"${'x'.repeat(1_000_001)}"`)).toEqual({ ok: false, problems: [{ code: 'too_large' }] });
  });
});
