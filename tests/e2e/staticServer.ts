/**
 * A tiny static server for the hosting tests: serves dist/ under any folder, with the security headers
 * the README asks for (or others), and can serve an outer page that frames the app from another site.
 * Node's http module only: what a municipality's web server does, without a dependency.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
  port: number;
  /** The folder the app is served under, e.g. "/profilbygger/". */
  base?: string;
  headers?: Record<string, string>;
  /** Extra pages by path (e.g. an outer page that frames the app). */
  pages?: Record<string, string>;
}

/** Every request the server answered, for checking what was asked for. */
export interface RunningServer {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

export async function startStaticServer({ port, base = '/', headers = {}, pages = {} }: StaticServerOptions): Promise<RunningServer> {
  const root = join(process.cwd(), 'dist');
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
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
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    url: `http://localhost:${port}${base}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port for a test server: the e2e port plus an offset, so parallel checkouts keep to their own range. */
export function testPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + offset;
}
