/**
 * One tab edits at a time, so two tabs never overwrite each other's work in localStorage (one tab's
 * save used to drop the other's elements, silently). The editing tab holds a Web Lock; a tab that
 * opens while another holds it shows the profile read-only and says it is open elsewhere, with a
 * button to take over (the lock is stolen: the other tab then says the same). Taking over reads the
 * latest saved work first. Without Web Locks (old browsers, jsdom) every tab edits, as before.
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */

export type TabRole = 'starting' | 'editing' | 'elsewhere';

const LOCK_NAME = 'profilbygger:editing';

let role: TabRole = 'editing';
const listeners = new Set<() => void>();

function setRole(next: TabRole) {
  if (next === role) return;
  role = next;
  listeners.forEach((listener) => listener());
}

/** The role of this tab right now. */
export function tabRole(): TabRole {
  return role;
}

/** Calls `listener` whenever the role changes; returns the unsubscribe function (useSyncExternalStore). */
export function onTabRole(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks for the lock; resolves true once held, false when another tab holds it (unless stealing). */
function requestLock(options: LockOptions): Promise<boolean> {
  return new Promise((resolve) => {
    navigator.locks
      .request(LOCK_NAME, options, (lock) => {
        if (!lock) return resolve(false);
        resolve(true);
        setRole('editing');
        // Held for the life of the page, until another tab steals it.
        return new Promise<void>(() => {});
      })
      .catch(() => {
        // Stolen by a tab that took over (AbortError): this tab is now the one looking on.
        setRole('elsewhere');
      });
  });
}

/** True when the browser can coordinate tabs; elsewhere every tab edits on its own, as before. */
export function tabsCanCoordinate(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function';
}

/** Claims editing for this tab if no other tab has it; called once at start (main.tsx). */
export async function startTabLock(): Promise<void> {
  if (!tabsCanCoordinate()) return;
  setRole('starting');
  const held = await requestLock({ ifAvailable: true });
  if (!held) setRole('elsewhere');
}

/** Takes editing over from the other tab; `beforeEditing` reloads the latest saved work first. */
export async function takeOver(beforeEditing: () => Promise<void>): Promise<void> {
  if (!tabsCanCoordinate()) return;
  await new Promise<void>((resolve) => {
    void navigator.locks.request(LOCK_NAME, { steal: true }, async () => {
      await beforeEditing();
      setRole('editing');
      resolve();
      return new Promise<void>(() => {});
    }).catch(() => setRole('elsewhere'));
  });
}
