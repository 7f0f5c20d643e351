import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';

/** A small profile for tests: two categories, three elements. */
export function smallProfile(): Profile {
  return {
    version: PROFILE_VERSION,
    id: 'test',
    title: { da: 'Testprofil' },
    categories: [
      {
        id: 'viden',
        name: { da: 'Viden', en: 'Knowledge' },
        color: '#1d5b94',
        elements: [
          { id: 'a', text: { da: 'Respektere målgruppen', en: 'Respect the target group' } },
          { id: 'b', text: { da: 'Kende systemet' } },
        ],
      },
      { id: 'kompetencer', name: { da: 'Kompetencer' }, color: '#8a4500', elements: [{ id: 'c', text: { da: 'Danne relationer' } }] },
    ],
  };
}

export function idsOf(profile: Profile): Record<string, string[]> {
  return Object.fromEntries(profile.categories.map((c) => [c.id, c.elements.map((e) => e.id)]));
}

export function counter(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
