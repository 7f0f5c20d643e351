/**
 * What the app shows about live work, kept apart from the Yjs machinery so the first load carries
 * none of it: whether a relay is configured, the session's status, who is there, what others are
 * doing to which card, and the live undo state. The session itself (src/live/session.ts) is loaded
 * on demand and fills this in through `controller`.
 */
import { create } from 'zustand';
import type { RoomRef } from '../live/rooms';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Why a session ended or could not start, for the notice the user sees. */
export type LiveEnd = 'closed' | 'refused' | 'full' | 'left';

export interface Member {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
}

export type ActivityKind = 'dragging' | 'renaming';

export interface Activity {
  name: string;
  color: string;
  kind: ActivityKind;
}

export interface Me {
  name: string;
  color: string;
}

export interface LiveController {
  undo: () => void;
  redo: () => void;
  setActivity: (activity: { kind: ActivityKind; elementId: string } | null) => void;
  leave: () => void;
}

export interface LiveSession {
  room: RoomRef;
  relay: string;
  me: Me;
}

interface LiveState {
  /** The relay from live-config.json; null when live work is not offered here. */
  relay: string | null;
  /** False until live-config.json has been read (or failed), so a link is not turned down too early. */
  relayKnown: boolean;
  session: LiveSession | null;
  status: LiveStatus;
  /** True until the shared profile has arrived (a member who joined before it was put there). */
  waiting: boolean;
  /** True when the shared document did not pass validation and is shown mended. */
  repaired: boolean;
  members: Member[];
  /** What other members are doing, by element id. */
  activities: Record<string, Activity>;
  canUndo: boolean;
  canRedo: boolean;
  ended: LiveEnd | null;
  controller: LiveController | null;
}

export const useLiveStore = create<LiveState>()(() => ({
  relay: null,
  relayKnown: false,
  session: null,
  status: 'connecting',
  waiting: false,
  repaired: false,
  members: [],
  activities: {},
  canUndo: false,
  canRedo: false,
  ended: null,
  controller: null,
}));

/** Tells the others what this member is doing to a card (drag, rename); a no-op outside a session. */
export function reportActivity(activity: { kind: ActivityKind; elementId: string } | null) {
  useLiveStore.getState().controller?.setActivity(activity);
}

/** Colours for members: distinct, and each with 4.5:1 contrast for white text. */
export const MEMBER_COLORS = ['#1d5b94', '#8a4500', '#2f6b3a', '#7b2d8e', '#a3174f', '#0f6b6b', '#5b4a00', '#3f3f9e'] as const;

const ME_KEY = 'profilbygger:live-me';
const SESSION_KEY = 'profilbygger:live-session';

export function rememberedMe(): Me | null {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(ME_KEY) ?? 'null');
    if (data && typeof data === 'object' && 'name' in data && 'color' in data) {
      const { name, color } = data as Record<string, unknown>;
      if (typeof name === 'string' && typeof color === 'string' && (MEMBER_COLORS as readonly string[]).includes(color)) {
        return { name: name.slice(0, 40), color };
      }
    }
  } catch {
    // Nothing remembered.
  }
  return null;
}

export function rememberMe(me: Me) {
  try {
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  } catch {
    // Not remembered; asked again next time.
  }
}

/** The session this device was in, so a reload (even offline) goes straight back into it. */
export function rememberedSession(): { room: string; relay: string } | null {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null');
    if (data && typeof data === 'object' && 'room' in data && 'relay' in data) {
      const { room, relay } = data as Record<string, unknown>;
      if (typeof room === 'string' && typeof relay === 'string') return { room, relay };
    }
  } catch {
    // None.
  }
  return null;
}

export function rememberSession(session: { room: string; relay: string } | null) {
  try {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // A reload then asks to join again.
  }
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
