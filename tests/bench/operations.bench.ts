// `npm run bench`: how the pure profile operations scale with large profiles (300 and 1,000 elements).
import { bench, describe } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile } from '../../src/domain/migrate';
import { moveElement, renameElement, usedSourceIds } from '../../src/domain/operations';
import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';
import { exceededLimit } from '../../src/domain/profileFile';
import { HISTORY_BUDGET, serializeHistory } from '../../src/store/savedHistory';

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
    // Run by the store on every change that succeeds (the limits check): after a rename, one element
    // is new and the rest were counted before (sizes are kept per element object).
    let renames = 0;
    bench('rename + exceededLimit (count + export size)', () => {
      renames += 1;
      exceededLimit(renameElement(profile, 'kompetencer-3', 'da', `Et nyt navn ${renames}`));
    });
    // Written a second after a burst of changes, and when the page is hidden: 199 steps written
    // before (their JSON is kept per state) and one new.
    const steps = Array.from({ length: 199 }, (_, i) => renameElement(profile, 'viden-0', 'da', `Skridt ${i}`));
    bench('serializeHistory (200 steps, one new, budget-bound)', () => {
      renames += 1;
      const present = renameElement(profile, 'viden-1', 'da', `Nu ${renames}`);
      serializeHistory(present, { past: [...steps, profile], future: [] }, 200, HISTORY_BUDGET);
    });
  });
}
