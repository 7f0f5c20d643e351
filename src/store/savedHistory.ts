/**
 * The undo history survives a reload: kept beside the saved work (HISTORY_KEY), written a moment
 * after each change and when the page is hidden or left, bounded in steps (UNDO_LIMIT) and in size
 * (HISTORY_BUDGET). Every state read back goes through restoreProfile like any other door; a history
 * that does not end at the saved work (the last change came after it was written) still ends there:
 * the state it ended at becomes the last undo step.
 */
import { isRecord } from '../domain/isRecord';
import type { Profile } from '../domain/profile';
import { loadedRestoreProfile } from './profileDoor';

export const HISTORY_KEY = 'profilbygger:history';
/**
 * Characters of history kept in localStorage (which holds about five million per site): room for
 * 200 steps of a typical profile, and at least a few of the largest, beside the work itself.
 */
export const HISTORY_BUDGET = 2_000_000;

export interface History {
  past: Profile[];
  future: Profile[];
}

interface SavedHistory {
  /** The saved work's profile this history belongs to (JSON), to recognise a history left behind. */
  present: string;
  past: unknown[];
  future: unknown[];
}

/**
 * Each state's JSON, kept per state object (a state is never edited, a change makes a new one): the
 * history is written a second after every change, and writing out all 200 steps of a 300-element
 * profile each time was a ~70 ms task (issue 8: a drag started then stutters). Now only new steps are.
 */
const jsonOfState = new WeakMap<Profile, string>();

function stateJson(state: Profile): string {
  let json = jsonOfState.get(state);
  if (json === undefined) {
    json = JSON.stringify(state);
    jsonOfState.set(state, json);
  }
  return json;
}

/**
 * The history as saved text: the newest undo steps first to fit the budget (then redo steps), never
 * more than `limit` of each.
 */
export function serializeHistory(present: Profile, history: History, limit: number, budget = HISTORY_BUDGET): string {
  const presentJson = stateJson(present);
  let room = budget - presentJson.length;
  const take = (states: Profile[]) => {
    const kept: string[] = [];
    for (const state of states.slice(0, limit)) {
      const json = stateJson(state);
      if (json.length + 1 > room) break;
      room -= json.length + 1;
      kept.push(json);
    }
    return kept;
  };
  // Past is stored oldest first (as zundo keeps it); the newest steps are the ones worth keeping.
  const past = take([...history.past].reverse()).reverse();
  const future = take([...history.future].reverse()).reverse();
  return `{"present":${presentJson},"past":[${past.join(',')}],"future":[${future.join(',')}]}`;
}

/**
 * The history saved for `present`, each state validated; empty when there is none or it can't be read.
 * A saved history needs the door loaded (profileDoor.ts).
 */
export function readHistory(raw: string | null, present: Profile, limit: number): History {
  const empty: History = { past: [], future: [] };
  if (raw === null) return empty;
  const restoreProfile = loadedRestoreProfile();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isRecord(data) || !Array.isArray(data.past) || !Array.isArray(data.future)) return empty;
  const saved = data as unknown as SavedHistory;
  const valid = (states: unknown[]) =>
    states.flatMap((state) => {
      const restored = restoreProfile(state);
      return restored.ok ? [restored.profile] : [];
    });
  const past = valid(saved.past);
  const savedPresent = restoreProfile((data as Record<string, unknown>).present);
  if (!savedPresent.ok) return { past: past.slice(-limit), future: [] };
  if (JSON.stringify(savedPresent.profile) === JSON.stringify(present)) {
    return { past: past.slice(-limit), future: valid(saved.future).slice(-limit) };
  }
  // Saved work moved on after the history was written: its last state is one more undo step, and
  // its redo steps led somewhere else.
  return { past: [...past, savedPresent.profile].slice(-limit), future: [] };
}
