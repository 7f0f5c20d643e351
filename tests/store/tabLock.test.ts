/**
 * A tab that looks on (another tab holds the editing lock) saves nothing; a save made while the tab
 * is still asking waits, and is written only if this tab turns out to be the editing one. The real
 * browser behaviour, with two pages, is in tests/e2e/tabs.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { STORAGE_KEY } from '../../src/store/savedState';
import { startTabLock, tabRole } from '../../src/store/tabLock';
import { resetStore } from './resetStore';

/** A LockManager in which the lock is held by another tab (ifAvailable gets null) or free. */
function fakeLocks(heldElsewhere: boolean) {
  let grant: (() => void) | null = null;
  const request = vi.fn((_name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void>) => {
    const lock = heldElsewhere && options.ifAvailable ? null : ({ name: 'profilbygger:editing', mode: 'exclusive' } as Lock);
    return new Promise<void>((resolve) => {
      grant = () => void Promise.resolve(callback(lock)).then(() => resolve());
    });
  });
  vi.stubGlobal('navigator', { ...navigator, locks: { request } });
  return { grant: () => grant?.() };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saving with several tabs', () => {
  it('saves nothing while another tab edits', async () => {
    resetStore();
    localStorage.clear(); // resetStore saved the clean state while this tab still edited alone
    const locks = fakeLocks(true);
    const starting = startTabLock();
    expect(tabRole()).toBe('starting');
    useProfileStore.getState().addOwn('viden', 'Skrevet i en fane, der kun ser på');
    locks.grant();
    await starting;
    expect(tabRole()).toBe('elsewhere');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('writes a save made while asking once this tab is the editing one', async () => {
    resetStore();
    localStorage.clear(); // resetStore saved the clean state while this tab still edited alone
    const locks = fakeLocks(false);
    const starting = startTabLock();
    useProfileStore.getState().addOwn('viden', 'Skrevet mens fanen spurgte');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    locks.grant();
    await starting;
    expect(tabRole()).toBe('editing');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('Skrevet mens fanen spurgte');
  });
});
