/**
 * The store never makes a profile it could not save, export and read back: the 1,001st element and the
 * text that would pass the size limit are refused and said; what it allows round-trips.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, MAX_PROFILE_BYTES, utf8Length } from '../../src/domain/limits';
import { parseProfileJson, serializeProfile } from '../../src/domain/migrate';
import { countElements } from '../../src/domain/operations';
import { useProfileStore } from '../../src/store/profileStore';
import { STORAGE_KEY } from '../../src/store/savedState';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();

beforeEach(resetStore);

/** Saves, reloads from storage, and checks the export reads back equal. */
async function expectSavesAndReadsBack() {
  const local = store().local;
  expect(parseProfileJson(serializeProfile(local))).toEqual({ ok: true, profile: local });
  const saved = localStorage.getItem(STORAGE_KEY)!;
  resetStore();
  localStorage.setItem(STORAGE_KEY, saved);
  await useProfileStore.persist.rehydrate();
  expect(store().notice).toBeNull();
  expect(store().local).toEqual(local);
}

describe('limits in the store', () => {
  it(`refuses the ${MAX_ELEMENTS + 1}st element however it is added, and says why`, async () => {
    const full = structuredClone(store().local);
    full.categories[0]!.elements = Array.from({ length: MAX_ELEMENTS }, (_, i) => ({ id: `e${i}`, text: { da: `Element ${i}` } }));
    store().replaceLocal(full);
    expect(store().addOwn('viden', 'Én for meget')).toBeUndefined();
    expect(store().refused).toBe('too_many_elements');
    store().refuse(null);
    expect(store().addCopy('danne-relationer', 'viden')).toBeUndefined();
    expect(store().refused).toBe('too_many_elements');
    expect(store().duplicate('e1')).toBeUndefined();
    expect(countElements(store().local)).toBe(MAX_ELEMENTS);
    store().remove('e1');
    expect(store().refused).toBeNull(); // a change that succeeds clears the message
    await expectSavesAndReadsBack();
  });

  it('refuses the text that would make the profile too large to read back, and keeps what fits', async () => {
    const long = 'æ'.repeat(1990);
    let added = 0;
    while (store().addOwn('viden', `${added} ${long}`)) added += 1;
    expect(store().refused).toBe('too_large');
    expect(added).toBeGreaterThan(200);
    expect(utf8Length(serializeProfile(store().local))).toBeLessThanOrEqual(MAX_PROFILE_BYTES);
    await expectSavesAndReadsBack();
  }, 120_000); // a few hundred megabyte-sized serialisations: slow on a loaded machine, never a speed goal
});
