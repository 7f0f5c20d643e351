/**
 * Where the work lives between visits: localStorage, read through the same validation as any file.
 * Unreadable or foreign data never crashes the app and is never silently dropped: it is kept aside
 * under BACKUP_KEY and offered to the user as a download.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord, restoreProfile } from '../domain/migrate';
import { languageCodeSchema, type Profile } from '../domain/profile';

export const STORAGE_KEY = 'profilbygger:work';
export const BACKUP_KEY = 'profilbygger:unreadable';

/** What is saved: the local profile, which generic profile is shown, and the profile language. */
export interface SavedWork {
  genericId: string;
  local: Profile;
  contentLanguage: string;
}

export type StorageEvent = { kind: 'unreadable'; raw: string } | { kind: 'saveFailed' } | { kind: 'saved' };

let listener: ((event: StorageEvent) => void) | null = null;
let unreadableInMemory: string | null = null;
let nothingSaved = false;

/** True when this browser had no saved work when the app started: a first visit. */
export function isFirstVisit(): boolean {
  return nothingSaved;
}

/** Receives storage events; the store turns them into notices for the user. */
export function onStorageEvent(next: (event: StorageEvent) => void) {
  listener = next;
}

/** Unreadable data kept aside from this or an earlier visit, until the user deals with it. */
export function unreadableData(): string | null {
  try {
    return localStorage.getItem(BACKUP_KEY) ?? unreadableInMemory;
  } catch {
    return unreadableInMemory;
  }
}

/** Reads a saved string back into work, or null when it is not ours or not valid. */
export function readSavedWork(raw: string): StorageValue<SavedWork> | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.state) || typeof data.version !== 'number') return null;
  const { genericId, contentLanguage } = data.state;
  const restored = restoreProfile(data.state.local);
  if (!restored.ok || typeof genericId !== 'string') return null;
  return {
    version: data.version,
    state: {
      genericId,
      local: restored.profile,
      contentLanguage: languageCodeSchema.safeParse(contentLanguage).success ? (contentLanguage as string) : 'da',
    },
  };
}

function keepAside(raw: string) {
  unreadableInMemory = raw;
  try {
    localStorage.setItem(BACKUP_KEY, raw);
  } catch {
    // Storage full: the copy in memory is still offered for download this visit.
  }
  listener?.({ kind: 'unreadable', raw });
}

export const savedWorkStorage: PersistStorage<SavedWork> = {
  getItem(name) {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      return null;
    }
    if (raw === null) {
      nothingSaved = true;
      return null;
    }
    const work = readSavedWork(raw);
    if (!work) keepAside(raw);
    return work;
  },
  setItem(name, value) {
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

/** Forgets the kept-aside unreadable data (after the user downloaded or dismissed it). */
export function forgetUnreadable() {
  unreadableInMemory = null;
  try {
    localStorage.removeItem(BACKUP_KEY);
  } catch {
    // Ignore: blocked storage holds nothing.
  }
}
