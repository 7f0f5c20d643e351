/**
 * Live work in the browser tests: a relay started by the test (as its own process, the way
 * `npm run relay` runs), the built app served the way the README tells a municipality to host it
 * (the shipped security headers, Content-Security-Policy connect-src 'self', and the relay passed
 * through at /relay on the app's own origin), and members as separate browser contexts (separate
 * devices).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SECURITY_HEADERS } from '../../securityHeaders';
import { startStaticServer, testPort, type RunningServer } from './staticServer';

/** First relay port; each live spec file (slot) and parallel worker gets its own above it. */
const RELAY_PORT_BASE = Number(process.env.E2E_RELAY_PORT ?? testPort(100));

export class TestRelay {
  process: ChildProcess | undefined;
  readonly storage = mkdtempSync(join(tmpdir(), 'profilbygger-e2e-relay-'));

  constructor(readonly port: number) {}

  async start() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts', '--port', String(this.port), '--host', '127.0.0.1', '--storage', this.storage], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 60_000, message: 'relay to start' }).toContain('Profilbygger relay on');
  }

  /** Kills the relay at once (no chance to store anything), as a crash would. */
  async kill() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * A relay and the built app in front of it, for one spec file (`slot`) in one worker
 * (`parallelIndex`), so two workers running live tests at once never share a port.
 */
export class LiveSite {
  relay!: TestRelay;
  app: RunningServer | undefined;

  constructor(private readonly slot: number) {}

  async start(parallelIndex: number) {
    const offset = this.slot * 4 + parallelIndex;
    this.relay = new TestRelay(RELAY_PORT_BASE + offset);
    await this.relay.start();
    this.app = await startStaticServer({
      port: testPort(40 + offset),
      headers: SECURITY_HEADERS,
      relayPort: this.relay.port,
      liveConfig: { relay: '/relay' },
    });
  }

  get url(): string {
    if (!this.app) throw new Error('LiveSite not started');
    return this.app.url;
  }

  async stop() {
    await this.app?.close();
    await this.relay?.stop();
  }
}

export interface Member {
  context: BrowserContext;
  page: Page;
  /** Cuts this device off the network (the WebSocket too), and back. */
  setOffline: (offline: boolean) => Promise<void>;
}

/**
 * A device with a fresh browser profile on the site's app; the service worker is kept out so routes
 * see every request. The WebSocket is passed through a route (still opened by the page, so the CSP
 * applies) that `setOffline` can cut; `{ intercept: false }` leaves the page's WebSocket untouched.
 */
export async function newDevice(browser: Browser, site: LiveSite, { intercept = true } = {}): Promise<Member> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'da-DK', baseURL: site.url });
  let offline = false;
  const sockets: { close: () => Promise<void> }[] = [];
  if (intercept) {
    const relayUrl = new URL('relay', site.url.replace(/^http/, 'ws')).toString();
    await context.routeWebSocket((url) => url.toString().startsWith(relayUrl), (socket) => {
      if (offline) return void socket.close();
      const server = socket.connectToServer();
      // Pass a close on either side to the other (a killed relay must look like one to the page).
      server.onClose((code, reason) => void socket.close({ code, reason }));
      socket.onClose((code, reason) => void server.close({ code, reason }));
      sockets.push({ close: () => socket.close() });
    });
  }
  const page = await context.newPage();
  return {
    context,
    page,
    async setOffline(next) {
      offline = next;
      await context.setOffline(next);
      if (next) await Promise.all(sockets.splice(0).map((socket) => socket.close()));
    },
  };
}

/** The local profile this device shows, as saved in its browser. */
export async function savedProfile(page: Page): Promise<unknown> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('profilbygger:work') ?? 'null')?.state?.local ?? null);
}

/** Canonical JSON (sorted keys), so two equal profiles compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export const liveStatus = (page: Page) => page.getByRole('status', { name: 'Samarbejde' });

/** Fills in the local profile with a copy of the whole generic profile (Start forfra → kopi). */
export async function startFromFullCopy(page: Page) {
  await page.getByRole('button', { name: 'Start forfra' }).click();
  await page.getByRole('radio', { name: 'Med en kopi af hele den generiske profil' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Start forfra' }).click();
}

/** Starts a group session from this device's local profile; returns the link for the others. */
export async function startSession(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Arbejd sammen' }).click();
  await page.getByLabel('Dit navn').fill(name);
  await page.getByRole('button', { name: 'Start gruppesession' }).click();
  const link = await page.getByLabel('Link til gruppen').inputValue();
  await page.getByRole('button', { name: 'Luk', exact: true }).click();
  await expect(liveStatus(page)).toContainText('Forbundet');
  return link;
}

/** Opens a group link on this device and joins under `name`. */
export async function joinSession(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByLabel('Dit navn').fill(name);
  await page.getByRole('button', { name: 'Deltag' }).click();
  await expect(liveStatus(page)).toContainText('Forbundet');
}
