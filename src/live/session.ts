/**
 * A live session, loaded on demand (Yjs and the provider never reach the first load): the shared
 * document kept on this device in IndexedDB (so offline edits survive a reload and merge when the
 * connection returns), the connection to the relay, presence, and the binding to the store.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Profile } from '../domain/profile';
import { rememberSession, useLiveStore, type LiveEnd, type LiveStatus, type Me } from '../store/liveStore';
import { bindStore } from './binding';
import { readPresence } from './presence';
import { CLOSED_REASON, roomName, WORKSHOP_CLOSED, type RoomRef } from './rooms';

export interface StartOptions {
  relay: string;
  room: RoomRef;
  me: Me;
  /** The profile to share when the room is new (the one who starts the session). */
  seed?: Profile;
}

let stopCurrent: ((reason: LiveEnd) => void) | null = null;

/** Waits for the device's saved copy, but never hangs on a browser that blocks IndexedDB. */
function loaded(local: IndexeddbPersistence): Promise<unknown> {
  return Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, 3000))]);
}

export async function startSession({ relay, room, me, seed }: StartOptions): Promise<void> {
  stopCurrent?.('left');
  const name = roomName(room);
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`profilbygger-live-${name}`, doc);
  await loaded(local);
  const binding = bindStore(doc, seed);
  // Retry at most every 5 s (not the default 30 s): after a Wi-Fi drop or a relay restart in a
  // workshop, people should be back together within seconds.
  const socket = new HocuspocusProviderWebsocket({ url: relay, maxDelay: 5000 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
  provider.attach();
  const awareness = provider.awareness!;
  awareness.setLocalState({ user: me, activity: null });

  let connected = false;
  let everConnected = false;
  const status = (): LiveStatus => {
    if (connected && provider.isSynced) return 'connected';
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    return everConnected ? 'reconnecting' : 'connecting';
  };
  const updateStatus = () => useLiveStore.setState({ status: status() });
  const updatePresence = () => useLiveStore.setState(readPresence(awareness));

  provider.on('status', ({ status: next }: { status: string }) => {
    connected = next === 'connected';
    if (connected) everConnected = true;
    updateStatus();
  });
  provider.on('synced', updateStatus);
  awareness.on('change', updatePresence);
  window.addEventListener('online', updateStatus);
  window.addEventListener('offline', updateStatus);
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    stop(reason === CLOSED_REASON ? 'closed' : reason === 'relay-full' ? 'full' : 'refused');
  });
  provider.on('stateless', ({ payload }: { payload: string }) => {
    if (payload === WORKSHOP_CLOSED) stop('closed');
  });

  const stop = (reason: LiveEnd) => {
    if (stopCurrent !== stop) return;
    stopCurrent = null;
    window.removeEventListener('online', updateStatus);
    window.removeEventListener('offline', updateStatus);
    binding.destroy();
    provider.destroy();
    socket.destroy();
    // The profile stays in the app (and its saved work); the shared copy on this device goes.
    void local.clearData();
    doc.destroy();
    rememberSession(null);
    useLiveStore.setState({
      session: null,
      controller: null,
      ended: reason,
      members: [],
      activities: {},
      canUndo: false,
      canRedo: false,
      waiting: false,
      repaired: false,
    });
  };
  stopCurrent = stop;

  rememberSession({ room: name, relay });
  useLiveStore.setState({
    session: { room, relay, me },
    ended: null,
    status: status(),
    controller: {
      undo: () => binding.undoManager.undo(),
      redo: () => binding.undoManager.redo(),
      setActivity: (activity) => awareness.setLocalStateField('activity', activity),
      leave: () => stop('left'),
    },
  });
  updatePresence();
}
