/**
 * The facilitator's collection of group profiles for the summary: kept apart from the local
 * profile (no undo history, never part of a group's work) and saved in this browser, so a reload
 * during the wrap-up does not lose the files collected. What is saved is read back through
 * restoreProfile() like every other door; a group that no longer passes is left out.
 */
import { create } from 'zustand';
import { isRecord } from '../domain/isRecord';
import { restoreProfile } from '../domain/migrate';
import type { Profile } from '../domain/profile';

export const SUMMARY_STORAGE_KEY = 'profilbygger:summary';
/** A workshop has a handful of groups; a conference perhaps twenty. Beyond that is a mistake. */
export const MAX_GROUPS = 40;

export interface SummaryGroupEntry {
  id: string;
  name: string;
  profile: Profile;
  /** Where it came from: a file name, or "link". */
  origin: string;
}

export type AddGroupResult = 'added' | 'duplicate' | 'full';

interface SummaryState {
  groups: SummaryGroupEntry[];
  /** Adds a group's profile, unless the very same profile is already there or the summary is full. */
  addGroup: (profile: Profile, name: string, origin: string) => AddGroupResult;
  renameGroup: (id: string, name: string) => void;
  removeGroup: (id: string) => void;
  clearGroups: () => void;
}

function load(): SummaryGroupEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(localStorage.getItem(SUMMARY_STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.slice(0, MAX_GROUPS).flatMap((entry: unknown): SummaryGroupEntry[] => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.name !== 'string' || typeof entry.origin !== 'string') return [];
    const restored = restoreProfile(entry.profile);
    return restored.ok ? [{ id: entry.id, name: entry.name.slice(0, 100), origin: entry.origin.slice(0, 200), profile: restored.profile }] : [];
  });
}

function save(groups: SummaryGroupEntry[]) {
  try {
    localStorage.setItem(SUMMARY_STORAGE_KEY, JSON.stringify(groups));
  } catch {
    // Full or blocked storage: the summary still works for this visit.
  }
}

let nextId = 0;
const sameProfile = (a: Profile, b: Profile) => JSON.stringify(a) === JSON.stringify(b);

export const useSummaryStore = create<SummaryState>()((set, get) => ({
  groups: load(),
  addGroup: (profile, name, origin) => {
    const { groups } = get();
    if (groups.some((group) => sameProfile(group.profile, profile))) return 'duplicate';
    if (groups.length >= MAX_GROUPS) return 'full';
    set({ groups: [...groups, { id: `g${Date.now().toString(36)}-${(nextId += 1)}`, name: name.slice(0, 100), profile, origin }] });
    return 'added';
  },
  renameGroup: (id, name) =>
    set({ groups: get().groups.map((group) => (group.id === id ? { ...group, name: name.slice(0, 100) } : group)) }),
  removeGroup: (id) => set({ groups: get().groups.filter((group) => group.id !== id) }),
  clearGroups: () => set({ groups: [] }),
}));

useSummaryStore.subscribe((state, previous) => {
  if (state.groups !== previous.groups) save(state.groups);
});
