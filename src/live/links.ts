/**
 * Links into live work. The secret part sits in the fragment (#…), which browsers never send to
 * the web server, so the app's host never sees (or logs) which rooms exist.
 */
import { isSecretId, parseRoomName, roomName, type RoomRef } from './rooms';

export type LiveLink = { kind: 'join'; room: RoomRef } | { kind: 'facilitate'; workshopId: string; key: string };

export function parseLiveLink(hash: string): LiveLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const live = params.get('live');
  if (live) {
    const room = parseRoomName(live);
    return room && room.kind !== 'workshop' ? { kind: 'join', room } : null;
  }
  const workshopId = params.get('workshop');
  const key = params.get('key');
  if (isSecretId(workshopId) && isSecretId(key)) return { kind: 'facilitate', workshopId, key };
  return null;
}

function withHash(base: string, hash: string): string {
  const url = new URL(base);
  url.hash = hash;
  return url.toString();
}

/** The link a group member opens: it names that one room and nothing else. */
export function joinLink(room: RoomRef, base: string): string {
  return withHash(base, `live=${roomName(room)}`);
}

/** The facilitator's link: the workshop and its key. Never shown to groups. */
export function facilitatorLink(workshopId: string, key: string, base: string): string {
  return withHash(base, `workshop=${workshopId}&key=${key}`);
}
