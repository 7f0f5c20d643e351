/**
 * What runs beside the store once the app starts (main.tsx awaits loadSavedWork, then calls
 * startPersistence): reading the saved work (its validator loaded first, and only when anything is
 * saved: a first visit never loads it), the one-tab-edits lock, following the editing tab's saves
 * while looking on, and the undo history kept across reloads. Kept out of the store module, so
 * importing the store (tests, exports) starts nothing.
 */
import type { Profile } from '../domain/profile';
import { loadGenericProfiles } from './catalog';
import { isProfileDoorOpen, loadProfileDoor } from './profileDoor';
import { noticeKeptAside, UNDO_LIMIT, useProfileStore } from './profileStore';
import { HISTORY_KEY, readHistory, serializeHistory } from './savedHistory';
import { hasSavedWork, STORAGE_KEY } from './savedState';
import { startTabLock, tabRole } from './tabLock';

/** How long after a change the history is written: one write per burst of changes, not per change. */
const HISTORY_DELAY_MS = 1000;

const statesOf = (states: { local?: Profile }[]) => states.flatMap((state) => (state.local ? [state.local] : []));

function readSavedHistoryText(): string | null {
  try {
    return localStorage.getItem(HISTORY_KEY);
  } catch {
    // Blocked storage: no history, the work itself still loaded (or didn't) on its own.
    return null;
  }
}

/**
 * Resolves once the saved work has been read: at once on a first visit (nothing saved), else when the
 * door (profileDoor.ts) has loaded and read it. Shows data kept aside; the first render waits for this.
 */
export async function loadSavedWork(): Promise<void> {
  if (hasSavedWork() || readSavedHistoryText() !== null) {
    // Saved work may be built on any generic profile. A door that cannot be fetched is said by the
    // read itself (savedState.ts); the history waits.
    await Promise.all([loadProfileDoor().catch(() => undefined), loadGenericProfiles().catch(() => undefined)]);
  }
  const { persist } = useProfileStore;
  if (!persist.hasHydrated()) await new Promise<void>((resolve) => {
    const stop = persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
  noticeKeptAside();
}

/** Puts the saved undo history back, for the work that was just loaded. */
export function loadHistory() {
  const raw = readSavedHistoryText();
  // A history without the door to read it (it could not be fetched): none, rather than a guess.
  if (raw !== null && !isProfileDoorOpen()) return;
  const { past, future } = readHistory(raw, useProfileStore.getState().local, UNDO_LIMIT);
  useProfileStore.temporal.setState({ pastStates: past.map((local) => ({ local })), futureStates: future.map((local) => ({ local })) });
}

/** Writes the undo history now (only the editing tab does). */
export function saveHistory() {
  if (tabRole() !== 'editing') return;
  const { pastStates, futureStates } = useProfileStore.temporal.getState();
  const text = serializeHistory(useProfileStore.getState().local, { past: statesOf(pastStates), future: statesOf(futureStates) }, UNDO_LIMIT);
  try {
    localStorage.setItem(HISTORY_KEY, text);
  } catch {
    // The history is a convenience; the work is saved on its own key, and a full store says so there.
  }
}

/** Reads the saved work and its history again (another tab may have changed them). */
export async function reloadSavedWork(): Promise<void> {
  await useProfileStore.persist.rehydrate();
  loadHistory();
}

let started = false;

/** Starts the tab lock, the following of saves, and the history's saving; once, from main.tsx. */
export function startPersistence() {
  if (started) return;
  started = true;
  void startTabLock();
  loadHistory();
  // The first change (an import, a link, another tab's work, or just an edit) may bring in elements of
  // any generic profile: from then on they are all loaded, not in the way of the first screen.
  const stopWatching = useProfileStore.subscribe((state, previous) => {
    if (state.local === previous.local && state.genericId === previous.genericId) return;
    stopWatching();
    void loadGenericProfiles().catch(() => undefined);
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && tabRole() === 'elsewhere') void useProfileStore.persist.rehydrate();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  useProfileStore.temporal.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(saveHistory, HISTORY_DELAY_MS);
  });
  const flush = () => {
    clearTimeout(timer);
    saveHistory();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
