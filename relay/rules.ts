/**
 * Who may open which room, and the limits that keep one relay process healthy. Knowing a group's
 * room name is what admits a member; the workshop's own room (its list of groups) and closing it
 * need the facilitator's key; a closed workshop's groups are turned away. Refusals carry a short
 * reason the app turns into words; nothing a profile contains is ever logged.
 */
import type { Extension, Hocuspocus, onAuthenticatePayload, onStatelessPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { CLOSE_WORKSHOP, CLOSED_REASON, isSecretId, parseRoomName, roomName, WORKSHOP_CLOSED } from '../src/live/rooms';
import { keyMatches, type RelayStorage } from './storage';

/** A refused request; Hocuspocus sends `reason` to the client. */
export class Refusal extends Error {
  constructor(public reason: string) {
    super(reason);
  }
}

export type Role = 'member' | 'facilitator';

interface RuleOptions {
  storage: RelayStorage;
  maxRooms: number;
  maxDocumentBytes: number;
  log: (line: string) => void;
}

export function accessRules({ storage, maxRooms, log }: RuleOptions): Extension {
  let relay: Hocuspocus | undefined;
  return {
    extensionName: 'profilbygger-access',
    async onConfigure({ instance }) {
      relay = instance;
    },
    async onAuthenticate({ documentName, token, instance }: onAuthenticatePayload) {
      const room = parseRoomName(documentName);
      if (!room) throw new Refusal('unknown-room');
      const open = instance.documents.has(documentName) || instance.loadingDocuments.has(documentName);
      if (!open && instance.documents.size + instance.loadingDocuments.size >= maxRooms) {
        log(`refused a room: this relay has ${maxRooms} rooms open (its limit)`);
        throw new Refusal('relay-full');
      }
      if (room.kind === 'session') return { role: 'member' satisfies Role };
      const record = await storage.workshop(room.workshopId);
      if (room.kind === 'workshop') {
        if (!isSecretId(token)) throw new Refusal('forbidden');
        if (!record) {
          if (await storage.registerWorkshop(room.workshopId, token)) return { role: 'facilitator' satisfies Role };
          const raced = await storage.workshop(room.workshopId);
          if (raced && keyMatches(raced, token)) return { role: 'facilitator' satisfies Role };
          throw new Refusal('forbidden');
        }
        if (!keyMatches(record, token)) throw new Refusal('forbidden');
        return { role: 'facilitator' satisfies Role };
      }
      if (!record) throw new Refusal('unknown-room');
      if (record.closed) throw new Refusal(CLOSED_REASON);
      const role: Role = isSecretId(token) && keyMatches(record, token) ? 'facilitator' : 'member';
      return { role };
    },
    async onStateless({ documentName, payload, connection, document }: onStatelessPayload) {
      const room = parseRoomName(documentName);
      if (payload !== CLOSE_WORKSHOP || room?.kind !== 'workshop' || !relay) return;
      if ((connection.context as { role?: Role } | undefined)?.role !== 'facilitator') return;
      await closeWorkshop(relay, storage, room.workshopId, document);
      connection.sendStateless(WORKSHOP_CLOSED);
      log('a workshop was closed by its facilitator');
    },
  };
}

/** Marks the workshop closed, tells every group's members, sends them away, and deletes the rooms. */
async function closeWorkshop(instance: Hocuspocus, storage: RelayStorage, workshopId: string, workshopDoc: Y.Doc) {
  await storage.closeWorkshop(workshopId);
  const groupIds = Array.from(workshopDoc.getMap('groups').keys()).filter(isSecretId);
  const names = new Set(groupIds.map((groupId) => roomName({ kind: 'group', workshopId, groupId })));
  for (const name of instance.documents.keys()) if (name.startsWith(`g.${workshopId}.`)) names.add(name);
  for (const name of names) {
    const document = instance.documents.get(name);
    if (document) {
      // Through the Redis extension this reaches members on other relay processes too.
      document.broadcastStateless(WORKSHOP_CLOSED);
      instance.closeConnections(name);
    }
  }
  await storage.removeGroupRooms(workshopId);
}

/**
 * Document size: the relay tracks each room's size (its state when loaded or stored, plus the
 * updates since) and refuses a message that would take it past the limit.
 */
export function sizeLimit({ maxDocumentBytes, log }: Pick<RuleOptions, 'maxDocumentBytes' | 'log'>): Extension {
  const sizes = new Map<string, number>();
  const measure = (name: string, doc: Y.Doc) => {
    const size = Y.encodeStateAsUpdate(doc).length;
    sizes.set(name, size);
    return size;
  };
  return {
    extensionName: 'profilbygger-size-limit',
    async afterLoadDocument({ documentName, document }) {
      measure(documentName, document);
    },
    async beforeHandleMessage({ documentName, document, update }) {
      const size = sizes.get(documentName) ?? measure(documentName, document);
      if (size + update.length > maxDocumentBytes) {
        // Measure exactly before refusing: deletions and garbage collection shrink a document.
        if (measure(documentName, document) + update.length > maxDocumentBytes) {
          log(`refused a message: a room would pass ${maxDocumentBytes} bytes`);
          throw new Refusal('document-too-large');
        }
      }
    },
    async onChange({ documentName, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.length);
    },
    async afterStoreDocument({ documentName, document }) {
      measure(documentName, document);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
    },
  };
}
