/**
 * The relay: a Hocuspocus 3 server (a maintained Yjs server; 4.x needs Node 22) behind our own HTTP
 * and WebSocket handling, so message size and connection rate are enforced before Hocuspocus sees
 * a byte. Rooms are stored as files; with a Redis URL, several relay processes share rooms.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { isEmptyDoc } from '../src/live/doc/profileDoc';
import { parseRoomName } from '../src/live/rooms';
import type { RelayConfig } from './config';
import { accessRules, sizeLimit } from './rules';
import { RelayStorage } from './storage';

export interface RunningRelay {
  port: number;
  hocuspocus: Hocuspocus;
  close: () => Promise<void>;
}

export async function startRelay(config: RelayConfig, log: (line: string) => void = console.log): Promise<RunningRelay> {
  const storage = new RelayStorage(config.storage);
  await storage.init();
  const extensions: Extension[] = [
    accessRules({ storage, maxRooms: config.maxRooms, maxDocumentBytes: config.maxDocumentBytes, log }),
    sizeLimit({ maxDocumentBytes: config.maxDocumentBytes, log }),
    new Database({
      fetch: async ({ documentName }) => storage.fetchRoom(documentName),
      store: async ({ documentName, state, document }) => {
        const room = parseRoomName(documentName);
        // A closed workshop's rooms are deleted; a last store racing the close must not bring them back.
        if (room?.kind === 'group' && (await storage.workshop(room.workshopId))?.closed) return;
        // A room nobody has put a profile in yet (a link opened early) is not worth a file.
        if (room?.kind !== 'workshop' && isEmptyDoc(document)) return;
        await storage.storeRoom(documentName, state);
      },
    }),
  ];
  if (config.redisUrl) extensions.push(redisExtension(config.redisUrl));

  const hocuspocus = new Hocuspocus({ quiet: true, debounce: 1000, maxDebounce: 5000, extensions });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const allowConnection = rateLimiter(config.connectionsPerMinute);

  const http = createServer((request, response) => {
    if (request.url === '/health') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(
        JSON.stringify({
          ok: true,
          rooms: hocuspocus.getDocumentsCount(),
          connections: hocuspocus.getConnectionsCount(),
          memoryBytes: process.memoryUsage().rss,
        }),
      );
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Profilbygger relay: connect with WebSocket\n');
  });
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!allowConnection(request.socket.remoteAddress ?? 'unknown')) {
      log('refused a connection: too many from one address in a minute');
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      websocket.on('error', () => websocket.terminate());
      hocuspocus.handleConnection(websocket, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const swept = await storage.sweep(config.retentionDays);
  const sweeper = setInterval(() => void storage.sweep(config.retentionDays), 6 * 3_600_000);
  sweeper.unref();
  log(
    `Profilbygger relay on ws://${config.host}:${port} · rooms in ${config.storage}` +
      `${config.redisUrl ? ' · sharing rooms through Redis' : ''}` +
      `${swept ? ` · deleted ${swept} rooms older than ${config.retentionDays} days` : ''}`,
  );

  return {
    port,
    hocuspocus,
    async close() {
      clearInterval(sweeper);
      // Store every open room now, then let the connections go: a restart loses nothing.
      await Promise.all(
        Array.from(hocuspocus.documents.values()).map((document) =>
          hocuspocus.storeDocumentHooks(
            document,
            {
              clientsCount: document.getConnectionsCount(),
              context: {},
              document,
              documentName: document.name,
              instance: hocuspocus,
              requestHeaders: {},
              requestParameters: new URLSearchParams(),
              socketId: 'relay-shutdown',
            },
            true,
          ),
        ),
      );
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}

function redisExtension(url: string): Redis {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    // ioredis 5 sends a ready check after SUBSCRIBE on the subscriber connection and fails
    // ("Connection in subscriber mode"); without it the two processes sync (ioredis issue #2037).
    options: { enableReadyCheck: false, ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}) },
    prefix: 'profilbygger',
  });
}

/** At most `perMinute` new connections per address in any minute (a sliding window of timestamps). */
function rateLimiter(perMinute: number) {
  const seen = new Map<string, number[]>();
  return (address: string): boolean => {
    const now = Date.now();
    const recent = (seen.get(address) ?? []).filter((time) => now - time < 60_000);
    if (recent.length >= perMinute) {
      seen.set(address, recent);
      return false;
    }
    recent.push(now);
    seen.set(address, recent);
    if (seen.size > 10_000) for (const [key, times] of seen) if (times.every((time) => now - time >= 60_000)) seen.delete(key);
    return true;
  };
}
