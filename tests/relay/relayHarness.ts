/**
 * Relays and clients for the relay tests, all on this machine's loopback: relays in this process or
 * as real `npm run relay` processes, clients as the app's own provider over the `ws` package.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEFAULTS, type RelayConfig } from '../../relay/config';
import { startRelay, type RunningRelay } from '../../relay/relay';

export function tempStorage(): string {
  return mkdtempSync(join(tmpdir(), 'profilbygger-relay-'));
}

/** A relay in this process; what it logs goes into `logs`. */
export async function relayOn(port: number, overrides: Partial<RelayConfig> = {}, logs: string[] = []): Promise<RunningRelay> {
  return startRelay({ ...DEFAULTS, host: '127.0.0.1', port, storage: tempStorage(), ...overrides }, (line) => logs.push(line));
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. Never a fixed sleep. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  refusals: string[];
  stateless: string[];
  closes: number[];
  synced: () => boolean;
  destroy: () => void;
}

export function client(port: number, name: string, token: string | null = null): TestClient {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const stateless: string[] = [];
  const closes: number[] = [];
  let synced = false;
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => {
      synced = true;
    },
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onStateless: ({ payload }) => stateless.push(payload),
    onClose: ({ event }) => closes.push(event.code),
  });
  provider.attach();
  return {
    doc,
    provider,
    refusals,
    stateless,
    closes,
    synced: () => synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** A relay as its own process, the way `npm run relay` starts it. */
export async function relayProcess(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(`relay on ${port} to start (output so far: ${output})`, () => output.includes('Profilbygger relay on'), 60_000);
  return child;
}

export async function stopProcess(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
