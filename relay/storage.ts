/**
 * Where the relay keeps rooms between restarts: one file per room holding its Yjs state, and one
 * small record per workshop (a hash of the facilitator's key, whether it is closed). Plain files in
 * one folder, so a municipality can see, back up and delete exactly what is stored.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRoomName } from '../src/live/rooms';

export interface WorkshopRecord {
  keyHash: string;
  closed: boolean;
}

export class RelayStorage {
  private readonly rooms: string;
  private readonly workshops: string;

  constructor(folder: string) {
    this.rooms = join(folder, 'rooms');
    this.workshops = join(folder, 'workshops');
  }

  async init() {
    await mkdir(this.rooms, { recursive: true });
    await mkdir(this.workshops, { recursive: true });
  }

  /** The stored state of a room, or null when it has none. Names are checked before they reach a path. */
  async fetchRoom(name: string): Promise<Uint8Array | null> {
    if (!parseRoomName(name)) return null;
    try {
      return new Uint8Array(await readFile(join(this.rooms, `${name}.ydoc`)));
    } catch {
      return null;
    }
  }

  async storeRoom(name: string, state: Uint8Array) {
    if (!parseRoomName(name)) return;
    await writeAtomically(join(this.rooms, `${name}.ydoc`), state);
  }

  /** Deletes the stored rooms of a workshop's groups (after it is closed). */
  async removeGroupRooms(workshopId: string) {
    const prefix = `g.${workshopId}.`;
    for (const file of await readdir(this.rooms)) {
      if (file.startsWith(prefix)) await rm(join(this.rooms, file), { force: true });
    }
  }

  async workshop(workshopId: string): Promise<WorkshopRecord | null> {
    try {
      const data: unknown = JSON.parse(await readFile(this.workshopPath(workshopId), 'utf8'));
      if (typeof data === 'object' && data !== null && 'keyHash' in data && typeof data.keyHash === 'string') {
        return { keyHash: data.keyHash, closed: 'closed' in data && data.closed === true };
      }
      return null;
    } catch {
      return null;
    }
  }

  /** Records a new workshop with its key; false when one with this id exists already. */
  async registerWorkshop(workshopId: string, key: string): Promise<boolean> {
    try {
      await writeFile(this.workshopPath(workshopId), JSON.stringify({ keyHash: hashKey(key), closed: false }), { flag: 'wx' });
      return true;
    } catch {
      return false;
    }
  }

  async closeWorkshop(workshopId: string) {
    const record = await this.workshop(workshopId);
    if (!record) return;
    await writeAtomically(this.workshopPath(workshopId), JSON.stringify({ ...record, closed: true }));
  }

  /** Deletes rooms not written for `days` days. */
  async sweep(days: number, now = Date.now()) {
    if (days <= 0) return 0;
    let removed = 0;
    for (const file of await readdir(this.rooms)) {
      const path = join(this.rooms, file);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > days * 86_400_000) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  private workshopPath(workshopId: string) {
    return join(this.workshops, `${workshopId}.json`);
  }
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Compares a key with a stored hash in constant time. */
export function keyMatches(record: WorkshopRecord, key: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(record.keyHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Write, then rename: a relay killed mid-write leaves the old file, never half a file. */
async function writeAtomically(path: string, data: Uint8Array | string) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}
