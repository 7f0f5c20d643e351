/**
 * The validator (domain/migrate.ts and zod) is not in the first load: a first visit never loads it,
 * and saved work is read only once it has loaded, with nothing saved over that work meanwhile.
 * Each test starts from fresh modules, as a page load does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { smallProfile } from '../domain/fixtures';

const STORAGE_KEY = 'profilbygger:work';
const savedWork = (title: string) => JSON.stringify({ state: { genericId: 'kontaktperson-plus', local: { ...smallProfile(), title: { da: title } }, contentLanguage: 'en' }, version: 1 });

/** A page load: the modules as main.tsx imports them, fresh. */
async function startPage() {
  vi.resetModules();
  const door = await import('../../src/store/profileDoor');
  const { useProfileStore } = await import('../../src/store/profileStore');
  const persistence = await import('../../src/store/persistence');
  const savedState = await import('../../src/store/savedState');
  return { door, store: useProfileStore, persistence, savedState };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.doUnmock('../../src/domain/migrate'));

describe('the validator on demand', () => {
  it('is not loaded on a first visit: nothing is saved, nothing needs reading', async () => {
    const page = await startPage();
    await page.persistence.loadSavedWork();
    expect(page.savedState.isFirstVisit()).toBe(true);
    expect(page.door.isProfileDoorOpen()).toBe(false);
  });

  it('reads saved work once it has loaded, and saves nothing over that work before', async () => {
    const raw = savedWork('Vores profil');
    localStorage.setItem(STORAGE_KEY, raw);
    const page = await startPage();
    expect(page.door.isProfileDoorOpen()).toBe(false);
    expect(page.store.persist.hasHydrated()).toBe(false);
    // A change before the work is read (nothing in the app makes one; this is the safety net).
    page.store.getState().setTitle('Tom profil');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    await page.persistence.loadSavedWork();
    expect(page.door.isProfileDoorOpen()).toBe(true);
    expect(page.savedState.isFirstVisit()).toBe(false);
    expect(page.store.getState().local.title.da).toBe('Vores profil');
    expect(page.store.getState().contentLanguage).toBe('en');
    expect(page.store.getState().notice).toBeNull();
  });

  it('still keeps unreadable saved work aside and says so', async () => {
    const raw = JSON.stringify({ state: { genericId: 'kontaktperson-plus', local: { categories: [null] }, contentLanguage: 'da' }, version: 1 });
    localStorage.setItem(STORAGE_KEY, raw);
    const page = await startPage();
    await page.persistence.loadSavedWork();
    expect(page.store.getState().notice).toMatchObject({ kind: 'unreadable', reason: 'unreadable', raw, held: false });
    expect(localStorage.getItem('profilbygger:unreadable')).toBe(raw);
  });

  it('says which data was kept aside on an earlier visit, and why, when nothing else is saved', async () => {
    const raw = JSON.stringify({ state: { genericId: 'kontaktperson-plus', local: smallProfile() }, version: 999 });
    localStorage.setItem('profilbygger:unreadable', raw);
    const page = await startPage();
    await page.persistence.loadSavedWork();
    expect(page.store.getState().notice).toMatchObject({ kind: 'unreadable', reason: 'newer_version', raw });
  });

  it('holds saved work it cannot fetch the validator for: offered as a file, never written over', async () => {
    const raw = savedWork('Vores profil');
    localStorage.setItem(STORAGE_KEY, raw);
    vi.doMock('../../src/domain/migrate', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const page = await startPage();
    await page.persistence.loadSavedWork();
    expect(page.door.isProfileDoorOpen()).toBe(false);
    expect(page.store.getState().notice).toMatchObject({ kind: 'unreadable', key: STORAGE_KEY, raw, held: true });
    page.store.getState().setTitle('Ny titel');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('refuses to read saved work without it, rather than call good work unreadable', async () => {
    const page = await startPage();
    expect(() => page.savedState.readSavedWork(savedWork('Vores profil'))).toThrow(/door/);
  });
});
