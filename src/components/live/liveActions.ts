/**
 * Starting and joining live work from the views. The session code (Yjs, the provider, IndexedDB)
 * is imported only here, on demand, so the first load stays small and a copy of the app without a
 * relay never loads it at all.
 */
import type { Profile } from '../../domain/profile';
import type { RoomRef } from '../../live/rooms';
import { rememberMe, type Me } from '../../store/liveStore';

export async function joinRoom(room: RoomRef, me: Me, relay: string, seed?: Profile) {
  rememberMe(me);
  const { startSession } = await import('../../live/session');
  await startSession({ relay, room, me, ...(seed ? { seed } : {}) });
}
