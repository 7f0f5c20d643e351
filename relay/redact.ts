/**
 * Room names are secrets (knowing one admits you), and Hocuspocus names the room in its own error
 * lines. Everything the relay process writes goes through this, so logs never carry a working link.
 */
import { format } from 'node:util';

const ROOM_NAME = /\b[pgw]\.[A-Za-z0-9_-]{22}(\.[A-Za-z0-9_-]{22})?\b/g;

export function redactRooms(text: string): string {
  return text.replace(ROOM_NAME, '[room]');
}

/** Routes console output through `redactRooms`. */
export function redactConsole() {
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(redactRooms(format(...args)));
  }
}
