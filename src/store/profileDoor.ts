/**
 * Saved work goes through the same door as every profile (domain/migrate.ts: the migrations and the
 * zod schema), but that door is about 8 KB gzip that a first visit never uses: nothing is saved yet,
 * and the bundled generic profiles are checked by the tests, not at run time. So it is loaded on
 * demand (issue 8's 150 KB first-load budget): reading saved work waits for it (savedState.ts), and
 * once it is here the readers of saved work use it synchronously, as before.
 */
import type { RestoreResult } from '../domain/migrate';

let restore: ((input: unknown) => RestoreResult) | null = null;
let loading: Promise<void> | null = null;

/** Loads the door once; a failed load (a lost connection) is tried again on the next call. */
export function loadProfileDoor(): Promise<void> {
  loading ??= import('../domain/migrate').then(
    (door) => {
      restore = door.restoreProfile;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** True once saved work can be read synchronously. */
export function isProfileDoorOpen(): boolean {
  return restore !== null;
}

/**
 * restoreProfile, for the readers of saved work. Reading saved work without it would be a bug that
 * could lose that work (it would look unreadable), so this throws instead of guessing.
 */
export function loadedRestoreProfile(): (input: unknown) => RestoreResult {
  if (restore === null) throw new Error('Saved work was read before its door (domain/migrate.ts) was loaded: await loadProfileDoor() first');
  return restore;
}
