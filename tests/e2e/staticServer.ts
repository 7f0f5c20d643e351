/**
 * A tiny static server for the hosting tests: serves dist/ under any folder, with the security headers
 * the README asks for (or others), and can serve an outer page that frames the app from another site.
 * For live work it also does what the README asks of a municipality's reverse proxy: passes WebSocket
 * upgrades at `<base>relay` on to the relay, so the app reaches it on its own origin, inside the
 * shipped Content-Security-Policy (connect-src 'self').
 * Node's http and net modules only: what a municipality's web server does, without a dependency.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { cacheControlFor } from '../../securityHeaders';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

export interface StaticServerOptions {
  /** 0: any free port, for a test that may run beside itself (fully parallel, `--repeat-each`). */
  port: number;
  /** The folder the app is served under, e.g. "/profilbygger/". */
  base?: string;
  headers?: Record<string, string>;
  /** Extra pages by path (e.g. an outer page that frames the app), read at each request. */
  pages?: Record<string, string>;
  /** The relay's port on 127.0.0.1: WebSocket upgrades at `<base>relay` are passed on to it. */
  relayPort?: number;
  /** Served as `<base>live-config.json` instead of the built file (which switches live work off). */
  liveConfig?: unknown;
}

/** Every request the server answered, for checking what was asked for. */
export interface RunningServer {
  url: string;
  port: number;
  requests: string[];
  close: () => Promise<void>;
}

export async function startStaticServer({ port, base = '/', headers = {}, pages = {}, relayPort, liveConfig }: StaticServerOptions): Promise<RunningServer> {
  const root = join(process.cwd(), 'dist');
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (liveConfig !== undefined && path === `${base}live-config.json`) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      response.end(JSON.stringify(liveConfig));
      return;
    }
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(base.length) || 'index.html');
    if (relative.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream', 'Cache-Control': cacheControlFor(path), ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const tunnels = new Set<{ destroy: () => void }>();
  if (relayPort !== undefined) {
    server.on('upgrade', (request, socket, head) => {
      tunnels.add(socket);
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path !== `${base}relay` && !path.startsWith(`${base}relay/`)) return void socket.destroy();
      // A plain TCP pass-through: the request line and headers as received, then both ways as is.
      const upstream = connect(relayPort, '127.0.0.1', () => {
        const lines = [`${request.method} ${request.url} HTTP/1.1`];
        for (let i = 0; i < request.rawHeaders.length; i += 2) lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      const end = () => {
        upstream.destroy();
        socket.destroy();
        tunnels.delete(socket);
      };
      upstream.on('error', end);
      upstream.on('close', end);
      socket.on('error', end);
      socket.on('close', end);
    });
  }
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${listening}${base}`,
    port: listening,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const tunnel of tunnels) tunnel.destroy();
      }),
  };
}

/** A port for a test server: the e2e port plus an offset, so parallel checkouts keep to their own range. */
export function testPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + offset;
}
