/**
 * Room names and secret ids, shared by the app and the relay. Knowing a room's name is what gives
 * access to it, so every id carries 128 bits from crypto.getRandomValues. A group in a workshop
 * lives in `g.<workshop>.<group>`; its link names that room only. The workshop's own room (the list
 * of groups) needs the facilitator's key, a separate secret that group links never carry.
 */

/** 16 random bytes in base64url: 22 characters. */
const SECRET_ID = /^[A-Za-z0-9_-]{22}$/;

export type RoomRef =
  | { kind: 'session'; roomId: string }
  | { kind: 'group'; workshopId: string; groupId: string }
  | { kind: 'workshop'; workshopId: string };

/** A new unguessable id (128 bits). */
export function newSecretId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isSecretId(value: unknown): value is string {
  return typeof value === 'string' && SECRET_ID.test(value);
}

export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case 'session':
      return `p.${ref.roomId}`;
    case 'group':
      return `g.${ref.workshopId}.${ref.groupId}`;
    case 'workshop':
      return `w.${ref.workshopId}`;
  }
}

/** The room a name stands for, or null for anything else (the relay refuses those). */
export function parseRoomName(name: unknown): RoomRef | null {
  if (typeof name !== 'string' || name.length > 60) return null;
  const [kind, first, second, ...rest] = name.split('.');
  if (rest.length > 0 || !isSecretId(first)) return null;
  if (kind === 'p' && second === undefined) return { kind: 'session', roomId: first };
  if (kind === 'w' && second === undefined) return { kind: 'workshop', workshopId: first };
  if (kind === 'g' && isSecretId(second)) return { kind: 'group', workshopId: first, groupId: second };
  return null;
}

/** Messages the relay and the facilitator send as Hocuspocus stateless messages. */
export const CLOSE_WORKSHOP = 'close-workshop';
export const WORKSHOP_CLOSED = 'workshop-closed';
/** The reason a relay gives when it refuses a room of a closed workshop. */
export const CLOSED_REASON = 'workshop-closed';
