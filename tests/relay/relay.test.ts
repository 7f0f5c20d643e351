// @vitest-environment node
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readProfile, writeProfile } from '../../src/live/doc/profileDoc';
import { CLOSE_WORKSHOP, CLOSED_REASON, newSecretId, roomName, WORKSHOP_CLOSED } from '../../src/live/rooms';
import type { RunningRelay } from '../../relay/relay';
import { smallProfile } from '../domain/fixtures';
import { client, relayOn, tempStorage, waitFor, type TestClient } from './relayHarness';

// RELAY_TEST_PORT: checkouts testing side by side on one machine each keep to their own ports.
const PORT = Number(process.env.RELAY_TEST_PORT ?? 1271);
let relays: RunningRelay[] = [];
let clients: TestClient[] = [];

afterEach(async () => {
  clients.forEach((c) => c.destroy());
  clients = [];
  for (const relay of relays) await relay.close();
  relays = [];
});

let logs: string[] = [];

async function relay(overrides: Parameters<typeof relayOn>[1] = {}) {
  logs = [];
  const running = await relayOn(PORT, overrides, logs);
  relays.push(running);
  return running;
}

function join_(name: string, token: string | null = null) {
  const c = client(PORT, name, token);
  clients.push(c);
  return c;
}

const session = () => roomName({ kind: 'session', roomId: newSecretId() });

describe('relay', { timeout: 60_000 }, () => {
  it('passes a profile from one member to another', async () => {
    await relay();
    const room = session();
    const anna = join_(room);
    await waitFor('anna synced', anna.synced);
    writeProfile(anna.doc, null, smallProfile());
    const bo = join_(room);
    await waitFor('bo to see the profile', () => readProfile(bo.doc).profile?.title.da === 'Testprofil');
  });

  it('refuses a message larger than the limit, and the others never see it', async () => {
    await relay({ maxMessageBytes: 20_000 });
    const room = session();
    const anna = join_(room);
    const bo = join_(room);
    await waitFor('both synced', () => anna.synced() && bo.synced());
    anna.doc.getMap('profile').set('title', 'x'.repeat(50_000));
    await waitFor('the relay to close anna’s connection', () => anna.closes.includes(1009));
    expect(bo.doc.getMap('profile').get('title')).toBeUndefined();
  });

  it('refuses updates that would make a document larger than the limit', async () => {
    await relay({ maxDocumentBytes: 30_000 });
    const room = session();
    const anna = join_(room);
    const bo = join_(room);
    await waitFor('both synced', () => anna.synced() && bo.synced());
    anna.doc.getMap('profile').set('a', 'x'.repeat(20_000));
    await waitFor('bo to get the first part', () => bo.doc.getMap('profile').get('a') !== undefined);
    anna.doc.getMap('profile').set('b', 'y'.repeat(20_000));
    await waitFor('the relay to refuse it', () => logs.some((line) => line.includes('refused a message')));
    expect(bo.doc.getMap('profile').get('b')).toBeUndefined();
    expect(logs.join('\n')).not.toContain('yyyy');
  });

  it('caps the rooms open at once', async () => {
    await relay({ maxRooms: 2 });
    const first = join_(session());
    const second = join_(session());
    await waitFor('two rooms open', () => first.synced() && second.synced());
    const third = join_(session());
    await waitFor('the third room refused', () => third.refusals.includes('relay-full'));
    expect(third.synced()).toBe(false);
  });

  it('limits new connections per minute from one address', async () => {
    await relay({ connectionsPerMinute: 3 });
    const statuses: (number | 'open')[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        await new Promise((resolve) => {
          const socket = new WebSocket(`ws://127.0.0.1:${PORT}`);
          socket.on('open', () => {
            socket.close();
            resolve('open');
          });
          socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
          socket.on('error', () => undefined);
        }),
      );
    }
    expect(statuses).toEqual(['open', 'open', 'open', 429]);
  });

  it('keeps a room through a restart', async () => {
    const storage = tempStorage();
    const first = await relayOn(PORT, { storage });
    const room = session();
    const anna = client(PORT, room);
    await waitFor('anna synced', anna.synced);
    writeProfile(anna.doc, null, smallProfile());
    await waitFor('the relay to have the profile', () => first.hocuspocus.documents.get(room)?.getMap('categories').size === 2);
    await first.close();
    anna.destroy();
    await relay({ storage });
    const bo = join_(room);
    await waitFor('bo to get the stored profile', () => readProfile(bo.doc).profile?.categories.length === 2);
  });

  it('survives malformed updates from a hostile member, and the others keep working', async () => {
    const running = await relay();
    const room = session();
    const anna = join_(room);
    await waitFor('anna synced', anna.synced);
    writeProfile(anna.doc, null, smallProfile());
    const bo = join_(room);
    const hostile = join_(room);
    await waitFor('bo and the hostile member synced', () => bo.synced() && hostile.synced() && readProfile(bo.doc).profile !== null);
    // Hocuspocus frames: the room name (var string), Sync (0), Update (2), then the update (var bytes).
    const frame = (update: number[]) => {
      const name = [...Buffer.from(room, 'utf8')];
      return new Uint8Array([name.length, ...name, 0, 2, update.length, ...update]);
    };
    const garbage = [
      [0xff, 0xff, 0xff, 0xff, 0x0f], // a length far past the end
      [1, 1, 200, 1, 0, 4, 1, 9], // a struct that refers to nothing
      [0],
    ];
    for (const update of garbage) hostile.provider.configuration.websocketProvider.send(frame(update));
    const before = Y.encodeStateVector(running.hocuspocus.documents.get(room)!);
    writeProfile(anna.doc, readProfile(anna.doc).profile, { ...smallProfile(), title: { da: 'Efter angrebet' } });
    await waitFor('bo to get anna’s edit after the garbage', () => readProfile(bo.doc).profile?.title.da === 'Efter angrebet');
    expect(readProfile(bo.doc).repaired).toBe(false);
    expect(Y.encodeStateVector(running.hocuspocus.documents.get(room)!)).not.toEqual(before);
  });

  it('turns away names that are not rooms, and group rooms of workshops that do not exist', async () => {
    await relay();
    const nonsense = join_('../../etc/passwd');
    const unknown = join_(roomName({ kind: 'group', workshopId: newSecretId(), groupId: newSecretId() }));
    await waitFor('both refused', () => nonsense.refusals.length > 0 && unknown.refusals.length > 0);
    expect(nonsense.refusals).toEqual(['unknown-room']);
    expect(unknown.refusals).toEqual(['unknown-room']);
  });
});

describe('workshops', { timeout: 60_000 }, () => {
  it('need the facilitator key for the list of groups; a group link opens only its group', async () => {
    await relay();
    const workshopId = newSecretId();
    const key = newSecretId();
    const workshop = roomName({ kind: 'workshop', workshopId });
    const facilitator = join_(workshop, key);
    await waitFor('the facilitator in', facilitator.synced);
    const member = join_(workshop, null);
    const guesser = join_(workshop, newSecretId());
    await waitFor('both refused', () => member.refusals.length > 0 && guesser.refusals.length > 0);
    expect([...member.refusals, ...guesser.refusals]).toEqual(['forbidden', 'forbidden']);
    const group = join_(roomName({ kind: 'group', workshopId, groupId: newSecretId() }));
    await waitFor('a member in a group', group.synced);
  });

  it('closing sends every member away, refuses them after, and deletes the groups’ rooms', async () => {
    const storage = tempStorage();
    await relay({ storage });
    const workshopId = newSecretId();
    const key = newSecretId();
    const groupId = newSecretId();
    const facilitator = join_(roomName({ kind: 'workshop', workshopId }), key);
    await waitFor('the facilitator in', facilitator.synced);
    facilitator.doc.getMap('groups').set(groupId, { name: 'Gruppe 1' });
    const groupRoom = roomName({ kind: 'group', workshopId, groupId });
    const member = join_(groupRoom);
    await waitFor('the member in', member.synced);
    writeProfile(member.doc, null, smallProfile());
    await waitFor('the group stored', () => readdirSync(join(storage, 'rooms')).some((file) => file.startsWith(`g.${workshopId}`)));

    const sneaky = join_(roomName({ kind: 'workshop', workshopId }));
    sneaky.provider.sendStateless(CLOSE_WORKSHOP);
    facilitator.provider.sendStateless(CLOSE_WORKSHOP);
    await waitFor('the member told', () => member.stateless.includes(WORKSHOP_CLOSED));
    await waitFor('the rooms deleted', () => !readdirSync(join(storage, 'rooms')).some((file) => file.startsWith(`g.${workshopId}`)));
    const late = join_(groupRoom);
    await waitFor('a late member refused', () => late.refusals.includes(CLOSED_REASON));
    expect(existsSync(join(storage, 'workshops', `${workshopId}.json`))).toBe(true);
  });
});

describe('relay logs', () => {
  it('never carry a room name, which would be a working link', async () => {
    const { redactRooms } = await import('../../relay/redact');
    const room = roomName({ kind: 'group', workshopId: newSecretId(), groupId: newSecretId() });
    expect(redactRooms(`closing connection 1 (while handling ${room}) because of exception`)).toBe(
      'closing connection 1 (while handling [room]) because of exception',
    );
  });
});
