/**
 * Where the work lives between visits: localStorage, read through the same validation as any file.
 * Unreadable or foreign data never crashes the app and is never silently dropped: it is kept aside
 * (under BACKUP_KEY, then BACKUP_KEY:2 …, never over an earlier copy) and offered to the user as a
 * download. Work saved by a newer version of the app is kept aside the same way, never rewritten.
 * When storage is too full to hold the copy, nothing is saved over the original until the user has
 * dealt with it. The validator (profileDoor.ts) is not in the first load: reading saved work waits
 * for it, and nothing is saved meanwhile.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LANGUAGE_CODE_PATTERN } from '../domain/formatRules';
import { isRecord } from '../domain/isRecord';
import type { RestoreResult } from '../domain/migrate';
import type { Profile } from '../domain/profile';
import { isProfileDoorOpen, loadedRestoreProfile, loadProfileDoor } from './profileDoor';
import { onTabRole, tabRole } from './tabLock';

export const STORAGE_KEY = 'profilbygger:work';
export const BACKUP_KEY = 'profilbygger:unreadable';
/** The envelope's version (zustand persist's `version`); the profile inside has its own. */
export const SAVED_WORK_VERSION = 1;
/** Slots for kept-aside data: more than a person will ever need, few enough to scan at start. */
const BACKUP_SLOTS = 9;

/** What is saved: the local profile, which generic profile is shown, and the profile language. */
export interface SavedWork {
  genericId: string;
  local: Profile;
  contentLanguage: string;
}

export type UnreadableReason = 'unreadable' | 'newer_version';

export type SavedWorkResult = { ok: true; value: StorageValue<SavedWork> } | { ok: false; reason: UnreadableReason };

/** Data kept aside: where, what, and why it could not be used. */
export interface KeptAside {
  key: string;
  raw: string;
  reason: UnreadableReason;
  /** True while saving is paused because storage could not hold a copy of it. */
  held: boolean;
}

export type StorageEvent = ({ kind: 'unreadable' } & KeptAside) | { kind: 'saveFailed' } | { kind: 'saved' };

let listener: ((event: StorageEvent) => void) | null = null;
/** Unreadable data that storage could not copy: kept in memory, and STORAGE_KEY is not written over. */
let heldOriginal: string | null = null;
let nothingSaved = false;

/** True when this browser had no saved work when the app started: a first visit. */
export function isFirstVisit(): boolean {
  return nothingSaved;
}

/** Receives storage events; the store turns them into notices for the user. */
export function onStorageEvent(next: (event: StorageEvent) => void) {
  listener = next;
}

const slotKey = (slot: number) => (slot === 0 ? BACKUP_KEY : `${BACKUP_KEY}:${slot + 1}`);

function readSlot(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function describeKept(key: string, raw: string, held = false): KeptAside {
  // Without the door (it could not be fetched) the data is only known to be unread.
  const read = isProfileDoorOpen() ? readSavedWork(raw) : null;
  return { key, raw, reason: read === null || read.ok ? 'unreadable' : read.reason, held };
}

/** True when this browser holds saved work or data kept aside: reading either needs the door. */
export function hasSavedWork(): boolean {
  if (readSlot(STORAGE_KEY) !== null) return true;
  for (let slot = 0; slot < BACKUP_SLOTS; slot += 1) if (readSlot(slotKey(slot)) !== null) return true;
  return false;
}

/** The oldest data kept aside (from this or an earlier visit), until the user deals with it. */
export function unreadableData(): KeptAside | null {
  if (heldOriginal !== null) return describeKept(STORAGE_KEY, heldOriginal, true);
  for (let slot = 0; slot < BACKUP_SLOTS; slot += 1) {
    const raw = readSlot(slotKey(slot));
    if (raw !== null) return describeKept(slotKey(slot), raw);
  }
  return null;
}

/**
 * Reads a saved string back into work, or says why it can't. Never throws once the door is loaded
 * (loadProfileDoor); before that it throws, rather than call good work unreadable.
 */
export function readSavedWork(raw: string): SavedWorkResult {
  const restoreProfile = loadedRestoreProfile();
  try {
    return readEnvelope(raw, restoreProfile);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

function readEnvelope(raw: string, restoreProfile: (input: unknown) => RestoreResult): SavedWorkResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isRecord(data) || !isRecord(data.state) || typeof data.version !== 'number') return { ok: false, reason: 'unreadable' };
  if (data.version > SAVED_WORK_VERSION) return { ok: false, reason: 'newer_version' };
  const { genericId, contentLanguage } = data.state;
  const restored = restoreProfile(data.state.local);
  if (!restored.ok) {
    const newer = restored.problems.some((problem) => problem.code === 'newer_version');
    return { ok: false, reason: newer ? 'newer_version' : 'unreadable' };
  }
  if (typeof genericId !== 'string') return { ok: false, reason: 'unreadable' };
  return {
    ok: true,
    value: {
      version: data.version,
      state: {
        genericId,
        local: restored.profile,
        contentLanguage: typeof contentLanguage === 'string' && LANGUAGE_CODE_PATTERN.test(contentLanguage) ? contentLanguage : 'da',
      },
    },
  };
}

/** Copies `raw` into the first free slot (or finds it already there); holds saves when it can't. */
function keepAside(raw: string, reason: UnreadableReason) {
  let free: string | null = null;
  for (let slot = 0; slot < BACKUP_SLOTS; slot += 1) {
    const key = slotKey(slot);
    const kept = readSlot(key);
    if (kept === raw) return listener?.({ kind: 'unreadable', key, raw, reason, held: false });
    if (kept === null && free === null) free = key;
  }
  try {
    if (free === null) throw new Error('every backup slot is taken');
    localStorage.setItem(free, raw);
    listener?.({ kind: 'unreadable', key: free, raw, reason, held: false });
  } catch {
    // No room for a copy: the original under STORAGE_KEY is the only one, so nothing may replace it.
    heldOriginal = raw;
    listener?.({ kind: 'unreadable', key: STORAGE_KEY, raw, reason, held: true });
  }
}

/** A save made while this tab was still asking whether another tab edits; written once it may. */
let pendingSave: { name: string; value: StorageValue<SavedWork> } | null = null;

onTabRole(() => {
  const pending = pendingSave;
  pendingSave = null;
  if (pending && tabRole() === 'editing') savedWorkStorage.setItem(pending.name, pending.value);
});

/** Reads of saved work waiting for the door: saving meanwhile would write over the work being read. */
let readsWaiting = 0;

export const savedWorkStorage: PersistStorage<SavedWork> = {
  getItem(name) {
    const raw = readSlot(name);
    if (raw === null) {
      nothingSaved = true;
      return null;
    }
    if (!isProfileDoorOpen()) {
      readsWaiting += 1;
      return loadProfileDoor().then(
        () => {
          readsWaiting -= 1;
          // Read again: another tab may have saved while the door loaded.
          return savedWorkStorage.getItem(name);
        },
        () => {
          readsWaiting -= 1;
          // The door could not be fetched (offline before the service worker had it): the work stays
          // as it is, nothing is saved over it, and it is offered as a file; a reload reads it.
          heldOriginal = raw;
          listener?.({ kind: 'unreadable', key: name, raw, reason: 'unreadable', held: true });
          return null;
        },
      );
    }
    const work = readSavedWork(raw);
    if (work.ok) return work.value;
    keepAside(raw, work.reason);
    return null;
  },
  setItem(name, value) {
    if (heldOriginal !== null || readsWaiting > 0) return;
    // Only the tab that edits saves (tabLock.ts): a tab looking on must not write over the other's work.
    if (tabRole() === 'elsewhere') return;
    if (tabRole() === 'starting') {
      pendingSave = { name, value };
      return;
    }
    try {
      localStorage.setItem(name, JSON.stringify(value));
      listener?.({ kind: 'saved' });
    } catch {
      listener?.({ kind: 'saveFailed' });
    }
  },
  removeItem(name) {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove if storage is blocked.
    }
  },
};

/** Forgets kept-aside data (after the user downloaded or dismissed it); saving resumes if it was held. */
export function forgetUnreadable(kept: Pick<KeptAside, 'key' | 'held'>) {
  if (kept.held) {
    heldOriginal = null;
    return;
  }
  try {
    localStorage.removeItem(kept.key);
  } catch {
    // Ignore: blocked storage holds nothing.
  }
}
