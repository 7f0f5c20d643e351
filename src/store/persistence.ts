/**
 * What runs beside the store once the app starts (main.tsx calls startPersistence): the one-tab-edits
 * lock, following the editing tab's saves while looking on, and the undo history kept across reloads.
 * Kept out of the store module, so importing the store (tests, exports) starts nothing.
 */
import type { Profile } from '../domain/profile';
import { UNDO_LIMIT, useProfileStore } from './profileStore';
import { HISTORY_KEY, readHistory, serializeHistory } from './savedHistory';
import { STORAGE_KEY } from './savedState';
import { startTabLock, tabRole } from './tabLock';

/** How long after a change the history is written: one write per burst of changes, not per change. */
const HISTORY_DELAY_MS = 1000;

const statesOf = (states: { local?: Profile }[]) => states.flatMap((state) => (state.local ? [state.local] : []));

/** Puts the saved undo history back, for the work that was just loaded. */
export function loadHistory() {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(HISTORY_KEY);
  } catch {
    // Blocked storage: no history, the work itself still loaded (or didn't) on its own.
  }
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
