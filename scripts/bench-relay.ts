// `npm run bench:relay`: one relay process under a workshop's load — ROOMS rooms × CLIENTS members,
// each room's members taking turns to edit — and the time from an edit on one member to its
// arrival at each of the others (p50 / p95 / max), plus the relay's memory. Everything runs on this
// machine's loopback, with a bounded number of edits; the relay is stopped at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createLocalProfile, renameElement } from '../src/domain/operations';
import { restoreProfile } from '../src/domain/migrate';
import type { Profile } from '../src/domain/profile';
import { readProfile, writeProfile } from '../src/live/doc/profileDoc';
import { newSecretId, roomName } from '../src/live/rooms';
import genericJson from '../profiles/kontaktperson-plus.json' with { type: 'json' };

const ROOMS = Number(process.env.BENCH_ROOMS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5);
const EDITS_PER_ROOM = Number(process.env.BENCH_EDITS ?? 20);
const PORT = Number(process.env.BENCH_RELAY_PORT ?? 1275);
const url = `ws://127.0.0.1:${PORT}`;

const until = async (what: string, check: () => boolean, ms = 60_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function health() {
  const response = await fetch(`http://127.0.0.1:${PORT}/health`);
  return (await response.json()) as { rooms: number; connections: number; memoryBytes: number };
}

const relay = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts', '--port', String(PORT), '--host', '127.0.0.1', '--storage', mkdtempSync(join(tmpdir(), 'bench-relay-'))], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let relayOutput = '';
relay.stdout!.on('data', (chunk: Buffer) => (relayOutput += chunk.toString()));

try {
  await until('the relay to start', () => relayOutput.includes('Profilbygger relay on'));
  const idle = await health();
  const generic = restoreProfile(genericJson);
  if (!generic.ok) throw new Error('kontaktperson-plus.json is not a valid profile');
  let counter = 0;
  const seed = createLocalProfile(generic.profile, 'copy', () => `e-${++counter}`);
  const ids = seed.categories.flatMap((category) => category.elements.map((element) => element.id));

  interface Client { doc: Y.Doc; provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket; shown: Profile | null; synced: boolean }
  const rooms: Client[][] = [];
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();

  for (let r = 0; r < ROOMS; r += 1) {
    const name = roomName({ kind: 'session', roomId: newSecretId() });
    const members: Client[] = [];
    for (let c = 0; c < CLIENTS; c += 1) {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
      provider.attach();
      const client: Client = { doc, provider, socket, shown: null, synced: false };
      provider.on('synced', () => (client.synced = true));
      doc.on('afterTransaction', (transaction) => {
        if (transaction.local) return;
        client.shown = readProfile(doc, client.shown).profile;
      });
      members.push(client);
    }
    rooms.push(members);
  }
  await until('every member connected', () => rooms.every((members) => members.every((client) => client.synced)), 120_000);
  for (const members of rooms) {
    writeProfile(members[0]!.doc, null, seed);
    members[0]!.shown = seed;
  }
  await until('every member to have the profile', () => rooms.every((members) => members.every((client) => client.shown !== null)), 120_000);
  const loaded = await health();

  // Arrivals are counted once per member: a text is new to a member the first time it shows it.
  const seen = new Set<string>();
  for (const [r, members] of rooms.entries()) {
    members.forEach((client, c) =>
      client.doc.on('afterTransaction', (transaction) => {
        if (transaction.local) return;
        for (const category of client.shown?.categories ?? []) {
          for (const element of category.elements) {
            const key = `${r}|${element.text.da}`;
            const sent = sentAt.get(key);
            if (sent !== undefined && !seen.has(`${key}|${c}`)) {
              seen.add(`${key}|${c}`);
              latencies.push(performance.now() - sent);
            }
          }
        }
      }),
    );
  }
  sentAt.clear();
  const started = performance.now();
  for (let round = 0; round < EDITS_PER_ROOM; round += 1) {
    for (const [r, members] of rooms.entries()) {
      const author = members[round % CLIENTS]!;
      const text = `Redigeret ${r}-${round}`;
      const next = renameElement(author.shown!, ids[(round * 7 + r) % ids.length]!, 'da', text);
      sentAt.set(`${r}|${text}`, performance.now());
      writeProfile(author.doc, author.shown, next);
      author.shown = next;
    }
    // A workshop's pace, not a flood: every room edits about ten times a second.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const expected = ROOMS * EDITS_PER_ROOM * (CLIENTS - 1);
  await until('every edit to arrive everywhere', () => latencies.length >= expected, 120_000);
  const seconds = (performance.now() - started) / 1000;
  const after = await health();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`\nRelay load: ${ROOMS} rooms × ${CLIENTS} members, ${ROOMS * EDITS_PER_ROOM} edits in ${seconds.toFixed(1)} s (${after.connections} connections)`);
  console.log(`  edit → arrival at another member (${latencies.length} arrivals): p50 ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`  relay memory (RSS): idle ${mb(idle.memoryBytes)} · rooms loaded ${mb(loaded.memoryBytes)} · after the edits ${mb(after.memoryBytes)}`);
  for (const members of rooms) for (const client of members) {
    client.provider.destroy();
    client.socket.destroy();
  }
} finally {
  relay.kill('SIGTERM');
}
