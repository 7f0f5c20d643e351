import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { restoreProfile } from '../../src/domain/migrate';
import * as ops from '../../src/domain/operations';
import { readProfile, rootsOf, writeProfile } from '../../src/live/doc/profileDoc';
import { smallProfile } from '../domain/fixtures';
import { seededRandom, type Random } from './seededRandom';

/** A random value of any shape a hostile client could put into the shared document. */
function junk(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 2 ? 7 : 10);
  switch (kind) {
    case 0:
      return random.int(1000) - 500;
    case 1:
      return random.pick(['', ' ', 'Viden', 'x'.repeat(3000), '__proto__', '<img src=x onerror=alert(1)>', 'a0', 'zz']);
    case 2:
      return null;
    case 3:
      return random.next() < 0.5;
    case 4:
      return { da: random.pick(['', 'Tekst', 'x'.repeat(2500)]), 'not a lang': 'x', en: random.int(3) };
    case 5:
      return random.pick(['#1d5b94', 'red', '#12345', 'a0', 'a1', 'Zz', '']);
    case 6:
      return [junk(random, depth + 1), junk(random, depth + 1)];
    case 7: {
      const map = new Y.Map<unknown>();
      for (let i = 0; i < 3; i += 1) map.set(random.pick(['da', 'en', 'text', 'name', '__proto__', 'color', 'position', 'categoryId']), junk(random, depth + 1));
      return map;
    }
    case 8: {
      const array = new Y.Array<unknown>();
      array.push([1, 'two']);
      return array;
    }
    default:
      return { text: junk(random, depth + 1), id: junk(random, depth + 1) };
  }
}

const FIELDS = ['id', 'text', 'name', 'hint', 'color', 'position', 'categoryId', 'sourceId', 'version', 'title', 'categories', '__proto__', 'marks'];

function vandalise(doc: Y.Doc, random: Random) {
  const roots = rootsOf(doc);
  doc.transact(() => {
    for (let i = 0; i < 12; i += 1) {
      const root = random.pick([roots.fields, roots.categories, roots.elements]);
      const keys = Array.from(root.keys());
      const target = keys.length > 0 && random.next() < 0.6 ? root.get(random.pick(keys)) : undefined;
      if (target instanceof Y.Map) target.set(random.pick(FIELDS), junk(random));
      else root.set(random.next() < 0.5 ? random.pick(FIELDS) : random.pick(keys.length ? keys : ['x']), junk(random));
    }
  });
}

describe('a hostile or broken shared document', () => {
  it('never throws when read, and what is shown always passes validation', () => {
    const random = seededRandom('hostile documents');
    for (let run = 0; run < 300; run += 1) {
      const doc = new Y.Doc();
      if (random.next() < 0.7) writeProfile(doc, null, smallProfile());
      vandalise(doc, random);
      let shown: ReturnType<typeof readProfile> | undefined;
      expect(() => {
        shown = readProfile(doc);
      }).not.toThrow();
      if (shown?.profile) {
        expect(restoreProfile(shown.profile).ok).toBe(true);
        // The app goes on editing what it shows, on top of the damaged document.
        const profile = shown.profile;
        const first = profile.categories[0]!;
        expect(() => writeProfile(doc, profile, ops.addOwnElement(profile, first.id, `n${run}`, 'Nyt element'))).not.toThrow();
        expect(() => readProfile(doc, profile)).not.toThrow();
      }
    }
  });

  it('shows the valid part of a document with one broken element, marked as repaired', () => {
    const doc = new Y.Doc();
    writeProfile(doc, null, smallProfile());
    (rootsOf(doc).elements.get('b') as Y.Map<unknown>).set('text.da', 42);
    const read = readProfile(doc);
    expect(read.repaired).toBe(true);
    expect(read.profile!.categories[0]!.elements.map((e) => e.id)).toEqual(['a']);
    expect(read.profile!.categories[1]!.elements.map((e) => e.id)).toEqual(['c']);
  });

  it('shows an element whose category is missing at the end of the first category', () => {
    const doc = new Y.Doc();
    writeProfile(doc, null, smallProfile());
    (rootsOf(doc).elements.get('c') as Y.Map<unknown>).set('categoryId', 'nowhere');
    expect(readProfile(doc).profile!.categories[0]!.elements.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
