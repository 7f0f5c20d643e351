/**
 * Starting and joining live work from the views. The session code (Yjs, the provider, IndexedDB)
 * is imported only here, on demand, so the first load stays small and a copy of the app without a
 * relay never loads it at all.
 */
import type { Profile } from '../../domain/profile';
import type { RoomRef } from '../../live/rooms';
import { loadGenericProfiles } from '../../store/catalog';
import { rememberMe, type Me } from '../../store/liveStore';

export async function joinRoom(room: RoomRef, me: Me, relay: string, seed?: Profile) {
  rememberMe(me);
  // A room's profile may be built on any generic profile: all are here before it is shown.
  const [{ startSession }] = await Promise.all([import('../../live/session'), loadGenericProfiles()]);
  await startSession({ relay, room, me, ...(seed ? { seed } : {}) });
}
