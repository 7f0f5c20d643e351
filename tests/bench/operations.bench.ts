// `npm run bench`: how the pure profile operations scale with large profiles (300 and 1,000 elements).
import { bench, describe } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { moveElement, renameElement, usedSourceIds } from '../../src/domain/operations';
import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';

function profileWith(count: number): Profile {
  const per = Math.ceil(count / 3);
  return {
    version: PROFILE_VERSION,
    id: 'bench',
    title: { da: 'Benchmark' },
    categories: ['viden', 'faerdigheder', 'kompetencer'].map((id, c) => ({
      id,
      name: { da: id },
      color: '#1d5b94',
      elements: Array.from({ length: Math.min(per, count - c * per) }, (_, i) => ({
        id: `${id}-${i}`,
        text: { da: `Element ${i} med æøå og en tekst af rimelig længde`, en: `Element ${i}` },
        sourceId: `g-${i}`,
      })),
    })),
  };
}

for (const count of [300, 1000]) {
  const profile = profileWith(count);
  const json = serializeProfile(profile);
  describe(`${count} elements`, () => {
    bench('restoreProfile (validate)', () => {
      restoreProfile(profile);
    });
    bench('parseProfileJson (parse + validate)', () => {
      parseProfileJson(json);
    });
    bench('moveElement across categories', () => {
      moveElement(profile, 'viden-0', 'kompetencer', 5);
    });
    bench('renameElement', () => {
      renameElement(profile, 'kompetencer-3', 'da', 'Et nyt navn med æøå');
    });
    bench('usedSourceIds', () => {
      usedSourceIds(profile);
    });
  });
}
