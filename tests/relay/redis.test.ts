// @vitest-environment node
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile, writeProfile } from '../../src/live/doc/profileDoc';
import { newSecretId, roomName } from '../../src/live/rooms';
import { smallProfile } from '../domain/fixtures';
import { client, relayProcess, stopProcess, tempStorage, waitFor, type TestClient } from './relayHarness';

// REDIS_TEST_PORT and RELAY_TEST_PORT: checkouts testing side by side each keep to their own ports.
const REDIS_PORT = Number(process.env.REDIS_TEST_PORT ?? 6371);
const [FIRST, SECOND] = [2, 3].map((offset) => Number(process.env.RELAY_TEST_PORT ?? 1271) + offset) as [number, number];
const hasRedis = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).status === 0;
if (!hasRedis) console.log('Skipping the Redis relay test: redis-server is not installed (apt-get install redis-server).');

let redis: ChildProcess | undefined;
const relays: ChildProcess[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  for (const relay of relays) await stopProcess(relay);
  await stopProcess(redis);
});

async function startRedis() {
  const server = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(`redis-server to start (${output})`, () => output.includes('Ready to accept connections'), 30_000);
  return server;
}

describe.skipIf(!hasRedis)('two relay processes sharing rooms through Redis', () => {
  it('pass an edit between members connected to different processes', { timeout: 180_000 }, async () => {
    redis = await startRedis();
    const env = { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`, RELAY_STORAGE: tempStorage() };
    relays.push(await relayProcess(FIRST, env), await relayProcess(SECOND, env));
    const room = roomName({ kind: 'session', roomId: newSecretId() });
    const anna = client(FIRST, room);
    const bo = client(SECOND, room);
    clients.push(anna, bo);
    await waitFor('both synced', () => anna.synced() && bo.synced(), 30_000);
    writeProfile(anna.doc, null, smallProfile());
    await waitFor('bo, on the other relay, to get anna’s profile', () => readProfile(bo.doc).profile?.title.da === 'Testprofil', 30_000);
    bo.doc.getMap('profile').set('municipality', 'Helsingør Kommune');
    await waitFor('anna to get bo’s edit', () => anna.doc.getMap('profile').get('municipality') === 'Helsingør Kommune', 30_000);
    expect(readProfile(anna.doc).profile?.municipality).toBe('Helsingør Kommune');
  });
});
