/**
 * Who is in the room and what they are doing, from Yjs awareness. Other members' states come from
 * the network, so every field is checked before it reaches the screen: a name is text (cut to 40
 * characters), a colour one of ours, an activity one we know.
 */
import type { Awareness } from 'y-protocols/awareness';
import { MEMBER_COLORS, type Activity, type ActivityKind, type Member } from '../store/liveStore';

const KINDS: readonly ActivityKind[] = ['dragging', 'renaming'];
const FALLBACK_COLOR = '#4a5568';

interface Presence {
  members: Member[];
  activities: Record<string, Activity>;
}

export function readPresence(awareness: Awareness): Presence {
  const members: Member[] = [];
  const activities: Record<string, Activity> = {};
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as Record<string, unknown>).user as Record<string, unknown> | undefined;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '') return;
    const name = user.name.trim().slice(0, 40);
    const color = (MEMBER_COLORS as readonly string[]).includes(user.color as string) ? (user.color as string) : FALLBACK_COLOR;
    const self = clientId === awareness.clientID;
    members.push({ clientId, name, color, self });
    const activity = (state as Record<string, unknown>).activity as Record<string, unknown> | null | undefined;
    if (!self && activity && KINDS.includes(activity.kind as ActivityKind) && typeof activity.elementId === 'string') {
      activities[activity.elementId.slice(0, 80)] = { name, color, kind: activity.kind as ActivityKind };
    }
  });
  members.sort((a, b) => (a.self === b.self ? a.name.localeCompare(b.name) : a.self ? -1 : 1));
  return { members, activities };
}
