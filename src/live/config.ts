/**
 * Where the relay is: `live-config.json` beside index.html, read at run time, so a municipality
 * switches live work on (or moves the relay) without rebuilding. No file, no relay, or no network:
 * live work is simply not offered, and nothing else changes.
 */
import { isRecord } from '../domain/isRecord';

export const LIVE_CONFIG_FILE = 'live-config.json';

/** The relay's WebSocket URL from the config file's `relay` value, or null when there is none. */
export function resolveRelayUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol === 'http:') url.protocol = 'ws:';
    else if (url.protocol === 'https:') url.protocol = 'wss:';
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
    return url.toString().replace(/\/$/, '');
  } catch {
    return null;
  }
}

/** Reads the config file (never from a cache: it may have changed since the app was installed). */
export async function loadRelayUrl(base = document.baseURI): Promise<string | null> {
  try {
    const response = await fetch(new URL(LIVE_CONFIG_FILE, base), { cache: 'no-store' });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return isRecord(data) ? resolveRelayUrl(data.relay, base) : null;
  } catch {
    return null;
  }
}
