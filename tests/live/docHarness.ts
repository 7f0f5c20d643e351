/**
 * Test peers for the Yjs mapping: each peer has its own Y.Doc and the profile it shows, edits through
 * the app's pure operations (written to its doc as a diff), and syncs with others on demand, the way
 * a relay would pass updates along.
 */
import * as Y from 'yjs';
import type { Profile } from '../../src/domain/profile';
import { readProfile, writeProfile } from '../../src/live/doc/profileDoc';

export const LOCAL = Symbol('local edit');

export class Peer {
  doc = new Y.Doc();
  shown: Profile | null = null;

  constructor(public name: string) {
    // Remote updates rebuild the shown profile, as the live session does.
    this.doc.on('afterTransaction', (transaction) => {
      if (transaction.origin !== LOCAL) this.shown = readProfile(this.doc, this.shown).profile;
    });
  }

  /** Applies a pure operation to what this peer shows, and writes the change into its doc. */
  edit(change: (profile: Profile) => Profile) {
    if (!this.shown) throw new Error(`${this.name} has no profile yet`);
    const next = change(this.shown);
    writeProfile(this.doc, this.shown, next, LOCAL);
    this.shown = next;
  }

  seed(profile: Profile) {
    writeProfile(this.doc, null, profile, LOCAL);
    this.shown = profile;
  }
}

/** Passes every update each peer lacks, in both directions. */
export function syncAll(...peers: Peer[]) {
  for (const from of peers) {
    for (const to of peers) {
      if (from === to) continue;
      const update = Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc));
      Y.applyUpdate(to.doc, update, 'remote');
    }
  }
}

/** The profile as canonical JSON (object keys sorted), so two equal profiles compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
