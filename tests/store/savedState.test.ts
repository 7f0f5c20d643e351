/**
 * Saved work is never dropped silently: whatever is in localStorage either loads, or is kept aside
 * (and offered as a download) before anything is written over it — including work saved by a newer
 * version of the app, and when storage is too full to hold a copy.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { BACKUP_KEY, readSavedWork, STORAGE_KEY } from '../../src/store/savedState';
import { smallProfile } from '../domain/fixtures';
import { anyJson, anyText } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const envelope = (local: unknown, version: unknown = 1) => JSON.stringify({ state: { genericId: 'kontaktperson-plus', local, contentLanguage: 'da' }, version });

beforeEach(resetStore);

async function load(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  await useProfileStore.persist.rehydrate();
}

describe('saved work that cannot be read', () => {
  it('keeps a profile with a null category aside, says so, and the next edit does not lose it', async () => {
    const raw = envelope({ title: 'Vores profil', categories: [null, { id: 'v', name: 'Viden', color: '#123456', elements: [{ id: 'e', text: 'Vores element' }] }] });
    await load(raw);
    expect(store().notice).toMatchObject({ kind: 'unreadable', raw, reason: 'unreadable' });
    store().addOwn('viden', 'Ny tekst');
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(store().notice).toMatchObject({ kind: 'unreadable', raw });
  });

  it('keeps work saved by a newer version of the app aside instead of rewriting it as this version', async () => {
    const raw = envelope(smallProfile(), 999);
    await load(raw);
    expect(store().notice).toMatchObject({ kind: 'unreadable', raw, reason: 'newer_version' });
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    store().addOwn('viden', 'Ny tekst');
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).version).toBe(1);
  });

  it('keeps a profile of a newer format version aside too', async () => {
    const raw = envelope({ ...smallProfile(), version: 999, marks: { a: 'ny' } });
    await load(raw);
    expect(store().notice).toMatchObject({ kind: 'unreadable', reason: 'newer_version' });
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('does not write over data kept aside earlier: both stay until dismissed one by one', async () => {
    const first = envelope({ categories: 'første' });
    const second = envelope({ categories: 'anden' });
    await load(first);
    await load(second);
    expect(store().notice).toMatchObject({ raw: first });
    store().dismissNotice();
    expect(store().notice).toMatchObject({ raw: second });
    store().dismissNotice();
    expect(store().notice).toBeNull();
    expect(Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_KEY))).toEqual([]);
  });

  it('does not write over unreadable data when storage is too full to keep a copy', async () => {
    const raw = envelope({ categories: [null] });
    localStorage.setItem(STORAGE_KEY, raw);
    const realSetItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(BACKUP_KEY)) throw new DOMException('full', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    await useProfileStore.persist.rehydrate();
    store().addOwn('viden', 'Ny tekst');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    expect(store().notice).toMatchObject({ kind: 'unreadable', raw });
  });
});

describe('readSavedWork (property-based)', () => {
  const params = fuzzParams();

  it('never throws for any stored text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(200), anyJson.map((local) => envelope(local)), fc.tuple(anyJson, anyJson).map(([local, version]) => envelope(local, version))), (raw) => {
        const result = readSavedWork(raw);
        expect(result.ok || ['unreadable', 'newer_version'].includes(result.reason)).toBe(true);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);
});
