/**
 * The facilitator's side of a workshop, loaded on demand: creating one (a workshop room listing the
 * groups, and each group's room holding the starting profile) and watching every group live. One
 * WebSocket carries all the rooms. The facilitator sets no presence, so groups never see them as a
 * member.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Profile } from '../domain/profile';
import { readProfile, writeProfile } from './doc/profileDoc';
import { CLOSE_WORKSHOP, CLOSED_REASON, isSecretId, newSecretId, roomName, WORKSHOP_CLOSED } from './rooms';

export interface WorkshopGroup {
  id: string;
  name: string;
  order: number;
  profile: Profile | null;
  members: number;
}

export interface WorkshopState {
  status: 'connecting' | 'connected' | 'reconnecting' | 'refused' | 'closed';
  groups: WorkshopGroup[];
}

function connect(socket: HocuspocusProviderWebsocket, name: string, key: string, doc = new Y.Doc()) {
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: key });
  provider.attach();
  provider.awareness?.setLocalState(null);
  return provider;
}

function whenSynced(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve, reject) => {
    if (provider.isSynced) return resolve();
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(reason)));
  });
}

function whenSent(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    provider.on('unsyncedChanges', () => {
      if (!provider.hasUnsyncedChanges) resolve();
    });
  });
}

/** Creates a workshop of `groupNames.length` groups, each starting from `seed`. */
export async function createWorkshop(relay: string, groupNames: string[], seed: Profile): Promise<{ workshopId: string; key: string }> {
  const workshopId = newSecretId();
  const key = newSecretId();
  const socket = new HocuspocusProviderWebsocket({ url: relay });
  const providers: HocuspocusProvider[] = [];
  try {
    const workshop = connect(socket, roomName({ kind: 'workshop', workshopId }), key);
    providers.push(workshop);
    await whenSynced(workshop);
    const groups = workshop.document.getMap('groups');
    const ids = groupNames.map(() => newSecretId());
    workshop.document.transact(() => ids.forEach((id, order) => groups.set(id, { name: groupNames[order], order })));
    for (const groupId of ids) {
      const group = connect(socket, roomName({ kind: 'group', workshopId, groupId }), key);
      providers.push(group);
      await whenSynced(group);
      writeProfile(group.document, null, seed);
    }
    await Promise.all(providers.map(whenSent));
    return { workshopId, key };
  } finally {
    providers.forEach((provider) => provider.destroy());
    socket.destroy();
  }
}

/** Follows every group of a workshop; `onChange` gets a fresh state after every change. */
export function watchWorkshop(relay: string, workshopId: string, key: string, onChange: (state: WorkshopState) => void) {
  const socket = new HocuspocusProviderWebsocket({ url: relay });
  const workshop = connect(socket, roomName({ kind: 'workshop', workshopId }), key);
  const watched = new Map<string, { provider: HocuspocusProvider; profile: Profile | null }>();
  let status: WorkshopState['status'] = 'connecting';

  const publish = () => {
    const groups: WorkshopGroup[] = [];
    workshop.document.getMap('groups').forEach((value, id) => {
      const entry = watched.get(id);
      const info = (typeof value === 'object' && value !== null ? value : {}) as { name?: unknown; order?: unknown };
      let members = 0;
      entry?.provider.awareness?.getStates().forEach((state) => {
        if ((state as { user?: unknown }).user) members += 1;
      });
      groups.push({
        id,
        name: typeof info.name === 'string' ? info.name.slice(0, 60) : '',
        order: typeof info.order === 'number' ? info.order : groups.length,
        profile: entry?.profile ?? null,
        members,
      });
    });
    groups.sort((a, b) => a.order - b.order);
    onChange({ status, groups });
  };

  const watchGroup = (groupId: string) => {
    if (watched.has(groupId) || !isSecretId(groupId) || watched.size >= 50) return;
    const provider = connect(socket, roomName({ kind: 'group', workshopId, groupId }), key);
    const entry = { provider, profile: null as Profile | null };
    watched.set(groupId, entry);
    provider.document.on('afterTransaction', () => {
      entry.profile = readProfile(provider.document, entry.profile).profile;
      publish();
    });
    provider.awareness?.on('change', publish);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (reason === CLOSED_REASON) status = 'closed';
      publish();
    });
  };

  workshop.document.getMap('groups').observe(() => {
    workshop.document.getMap('groups').forEach((_value, id) => watchGroup(id));
    publish();
  });
  workshop.on('status', ({ status: next }: { status: string }) => {
    if (status === 'closed' || status === 'refused') return;
    status = next === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'reconnecting';
    publish();
  });
  workshop.on('authenticationFailed', () => {
    status = 'refused';
    publish();
  });
  workshop.on('stateless', ({ payload }: { payload: string }) => {
    if (payload === WORKSHOP_CLOSED) {
      status = 'closed';
      watched.forEach(({ provider }) => provider.destroy());
      publish();
    }
  });

  return {
    close: () => workshop.sendStateless(CLOSE_WORKSHOP),
    destroy: () => {
      watched.forEach(({ provider }) => provider.destroy());
      workshop.destroy();
      socket.destroy();
    },
  };
}
