/**
 * Starting and joining live work from the views. The session code (Yjs, the provider, IndexedDB)
 * is imported only here, on demand, so the first load stays small and a copy of the app without a
 * relay never loads it at all.
 */
import type { Profile } from '../../domain/profile';
import type { RoomRef } from '../../live/rooms';
import { rememberMe, useLiveStore, type Me } from '../../store/liveStore';

export async function joinRoom(room: RoomRef, me: Me, relay: string, seed?: Profile) {
  rememberMe(me);
  const { startSession } = await import('../../live/session');
  await startSession({ relay, room, me, ...(seed ? { seed } : {}) });
}

/**
 * Undo/redo in a live session (only this member's own changes): true when done, false when there
 * is nothing to undo, null outside a session (the app's own history applies).
 */
export function liveUndo(direction: 'undo' | 'redo'): boolean | null {
  const { controller, canUndo, canRedo } = useLiveStore.getState();
  if (!controller) return null;
  if (direction === 'undo' ? !canUndo : !canRedo) return false;
  if (direction === 'undo') controller.undo();
  else controller.redo();
  return true;
}
