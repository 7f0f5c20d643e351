/**
 * The relay's settings, from command-line options or the environment (options win). Every limit
 * has a default that fits a municipality's workshops: a few hundred people, profiles up to the
 * format's 1,000 elements.
 */
import { resolve } from 'node:path';
import { MAX_PROFILE_BYTES } from '../src/domain/limits';

export interface RelayConfig {
  port: number;
  host: string;
  /** Folder for rooms (Yjs updates as files) and workshop records. */
  storage: string;
  /** redis://host:port to share rooms with other relay processes; none for a single process. */
  redisUrl?: string;
  /** Largest WebSocket message, in bytes; bigger ones close the connection. */
  maxMessageBytes: number;
  /** Largest document, in bytes of Yjs state; updates beyond it are refused. */
  maxDocumentBytes: number;
  /** Rooms open at once in this process. */
  maxRooms: number;
  /** New connections per minute from one address (a workshop room shares one address behind NAT). */
  connectionsPerMinute: number;
  /** Rooms untouched for this many days are deleted from storage (0 keeps them forever). */
  retentionDays: number;
}

const OPTIONS: Record<string, keyof RelayConfig> = {
  '--port': 'port',
  '--host': 'host',
  '--storage': 'storage',
  '--redis': 'redisUrl',
  '--max-message-bytes': 'maxMessageBytes',
  '--max-document-bytes': 'maxDocumentBytes',
  '--max-rooms': 'maxRooms',
  '--connections-per-minute': 'connectionsPerMinute',
  '--retention-days': 'retentionDays',
};

const ENV: Record<keyof RelayConfig, string> = {
  port: 'RELAY_PORT',
  host: 'RELAY_HOST',
  storage: 'RELAY_STORAGE',
  redisUrl: 'REDIS_URL',
  maxMessageBytes: 'RELAY_MAX_MESSAGE_BYTES',
  maxDocumentBytes: 'RELAY_MAX_DOCUMENT_BYTES',
  maxRooms: 'RELAY_MAX_ROOMS',
  connectionsPerMinute: 'RELAY_CONNECTIONS_PER_MINUTE',
  retentionDays: 'RELAY_RETENTION_DAYS',
};

export const DEFAULTS: RelayConfig = {
  port: 1234,
  host: '0.0.0.0',
  storage: 'relay-data',
  // The largest profile file the app accepts, twice over for Yjs' overhead; history on top for the document.
  maxMessageBytes: 2 * MAX_PROFILE_BYTES,
  maxDocumentBytes: 5 * MAX_PROFILE_BYTES,
  maxRooms: 500,
  connectionsPerMinute: 300,
  retentionDays: 30,
};

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): RelayConfig {
  const values: Partial<Record<keyof RelayConfig, string>> = {};
  for (const [key, name] of Object.entries(ENV) as [keyof RelayConfig, string][]) {
    if (env[name]) values[key] = env[name];
  }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split('=', 2);
    const key = OPTIONS[flag!];
    if (!key) throw new Error(`Unknown option ${flag}. Options: ${Object.keys(OPTIONS).join(', ')}`);
    values[key] = inline ?? argv[++i];
  }
  const number = (key: keyof RelayConfig) => {
    if (values[key] === undefined) return DEFAULTS[key] as number;
    const value = Number(values[key]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number, got "${values[key]}"`);
    return value;
  };
  return {
    port: number('port'),
    host: values.host ?? DEFAULTS.host,
    storage: resolve(values.storage ?? DEFAULTS.storage),
    ...(values.redisUrl ? { redisUrl: values.redisUrl } : {}),
    maxMessageBytes: number('maxMessageBytes'),
    maxDocumentBytes: number('maxDocumentBytes'),
    maxRooms: number('maxRooms'),
    connectionsPerMinute: number('connectionsPerMinute'),
    retentionDays: number('retentionDays'),
  };
}
