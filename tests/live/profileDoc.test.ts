import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { restoreProfile } from '../../src/domain/migrate';
import type { Profile, ProfileElement } from '../../src/domain/profile';
import * as ops from '../../src/domain/operations';
import { translateText } from '../../src/domain/translate';
import { rawProfile, readProfile, rootsOf, writeProfile } from '../../src/live/doc/profileDoc';
import { idsOf, smallProfile } from '../domain/fixtures';
import { canonical, LOCAL, Peer, syncAll } from './docHarness';

function twoPeers() {
  const a = new Peer('a');
  const b = new Peer('b');
  a.seed(smallProfile());
  syncAll(a, b);
  return [a, b] as const;
}

function elementMap(peer: Peer, id: string) {
  return rootsOf(peer.doc).elements.get(id) as Y.Map<unknown>;
}

describe('profile ⇄ Y.Doc', () => {
  it('reads back the profile it wrote', () => {
    const doc = new Y.Doc();
    writeProfile(doc, null, smallProfile());
    expect(canonical(readProfile(doc).profile)).toBe(canonical(smallProfile()));
  });

  it('reads nothing from an empty document', () => {
    expect(readProfile(new Y.Doc())).toEqual({ profile: null, repaired: false });
  });

  it('gives a joining peer the same profile', () => {
    const [a, b] = twoPeers();
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('writes only the moved element when one element moves', () => {
    const [a] = twoPeers();
    const before = ['a', 'b', 'c'].map((id) => elementMap(a, id).get('position'));
    a.edit((p) => ops.moveElement(p, 'a', 'viden', 1));
    const after = ['a', 'b', 'c'].map((id) => elementMap(a, id).get('position'));
    // Swapping two neighbours: re-keying either one is the least change; nothing else is touched.
    expect(after.filter((key, i) => key !== before[i])).toHaveLength(1);
    expect(after[2]).toBe(before[2]);
    expect(idsOf(readProfile(a.doc).profile!)).toEqual({ viden: ['b', 'a'], kompetencer: ['c'] });
  });

  it('keeps unchanged objects identical after a remote change, so cards need not re-render', () => {
    const [a, b] = twoPeers();
    const before = b.shown!;
    a.edit((p) => ops.renameElement(p, 'a', 'da', 'Ny tekst'));
    syncAll(a, b);
    expect(b.shown).not.toBe(before);
    expect(b.shown!.categories[1]).toBe(before.categories[1]);
    expect(b.shown!.categories[0]!.elements[1]).toBe(before.categories[0]!.elements[1]);
  });
});

describe('concurrent edits merge', () => {
  it('keeps both translations when two people translate one element into different languages', () => {
    const [a, b] = twoPeers();
    a.edit((p) => ops.renameElement(p, 'b', 'en', 'Know the system'));
    b.edit((p) => ops.renameElement(p, 'b', 'de', 'Das System kennen'));
    syncAll(a, b);
    expect(a.shown!.categories[0]!.elements[1]!.text).toEqual({ da: 'Kende systemet', en: 'Know the system', de: 'Das System kennen' });
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('ends with one copy when two people move the same element to different categories at once', () => {
    const [a, b] = twoPeers();
    const third = { id: 'faerdigheder', name: { da: 'Færdigheder' }, color: '#2f6b3a', elements: [] };
    a.edit((p) => ({ ...p, categories: [...p.categories, third] }));
    syncAll(a, b);
    a.edit((p) => ops.moveElement(p, 'a', 'kompetencer', 0));
    b.edit((p) => ops.moveElement(p, 'a', 'faerdigheder', 0));
    syncAll(a, b);
    const places = a.shown!.categories.filter((category) => category.elements.some((element) => element.id === 'a'));
    expect(places).toHaveLength(1);
    expect(['kompetencer', 'faerdigheder']).toContain(places[0]!.id);
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('removes the element when one person deletes it while another renames it', () => {
    const [a, b] = twoPeers();
    a.edit((p) => ops.removeElement(p, 'c'));
    b.edit((p) => ops.renameElement(p, 'c', 'da', 'Skabe relationer'));
    syncAll(a, b);
    expect(ops.findElement(a.shown!, 'c')).toBeUndefined();
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('keeps both elements when two people add one at the same place', () => {
    const [a, b] = twoPeers();
    a.edit((p) => ops.addOwnElement(p, 'viden', 'x1', 'Fra Anna', 'da', 1));
    b.edit((p) => ops.addOwnElement(p, 'viden', 'x2', 'Fra Bo', 'da', 1));
    syncAll(a, b);
    expect(idsOf(a.shown!).viden).toEqual(['a', 'x1', 'x2', 'b']);
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('keeps both reorderings of one list', () => {
    const [a, b] = twoPeers();
    a.edit((p) => ops.addOwnElement(p, 'viden', 'd', 'Fjerde', 'da'));
    syncAll(a, b);
    a.edit((p) => ops.moveElement(p, 'a', 'viden', 2));
    b.edit((p) => ops.moveElement(p, 'd', 'viden', 0));
    syncAll(a, b);
    expect(idsOf(a.shown!).viden).toEqual(['d', 'b', 'a']);
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('carries fields the app does not know yet, merging them per language where they are text', () => {
    const [a, b] = twoPeers();
    // Written straight to the doc: a newer app's fields, which this app's schema does not have.
    const withFuture = (reflection: Record<string, string>) => (p: Profile) =>
      ({ ...p, categories: p.categories.map((c) => ({ ...c, elements: c.elements.map((e) => (e.id === 'a' ? { ...e, reflection, tags: ['x'] } : e)) })) }) as Profile;
    const base = withFuture({ da: 'Vigtig' })(a.shown!);
    writeProfile(a.doc, a.shown, base, LOCAL);
    syncAll(a, b);
    writeProfile(a.doc, base, withFuture({ da: 'Vigtig', en: 'Important' })(a.shown!), LOCAL);
    writeProfile(b.doc, base, withFuture({ da: 'Vigtig', de: 'Wichtig' })(b.shown!), LOCAL);
    syncAll(a, b);
    const raw = rawProfile(rootsOf(b.doc)) as { categories: { elements: Record<string, unknown>[] }[] };
    expect(raw.categories[0]!.elements[0]).toMatchObject({ reflection: { da: 'Vigtig', en: 'Important', de: 'Wichtig' }, tags: ['x'] });
  });
});

describe('randomised: six peers, fifty edits each', () => {
  it('converge to one valid profile', async () => {
    const { seededRandom } = await import('./seededRandom');
    const random = seededRandom('six peers × 50 edits');
    const peers = Array.from({ length: 6 }, (_, i) => new Peer(`p${i}`));
    peers[0]!.seed(smallProfile());
    syncAll(...peers);
    let counter = 0;
    const langs = ['da', 'en', 'de'] as const;
    const randomEdit = (peer: Peer) => {
      const profile = peer.shown!;
      const all = profile.categories.flatMap((c) => c.elements.map((e) => e.id));
      const category = random.pick(profile.categories).id;
      const element = all.length > 0 ? random.pick(all) : undefined;
      const kind = random.int(7);
      peer.edit((p) => {
        if (kind === 0 || !element) return ops.addOwnElement(p, category, `${peer.name}-${counter++}`, `Nyt ${counter}`, 'da', random.int(5));
        if (kind === 1) return ops.renameElement(p, element, random.pick(langs), `Tekst ${random.int(1000)}`);
        if (kind === 2) return ops.moveElement(p, element, category, random.int(6));
        if (kind === 3) return ops.removeElement(p, element);
        if (kind === 4) return ops.duplicateElement(p, element, `${peer.name}-${counter++}`);
        if (kind === 5) return ops.setTitle(p, random.pick(langs), `Titel ${random.int(100)}`);
        return translateText(p, { kind: 'categoryName', categoryId: category }, random.pick(langs), `Navn ${random.int(100)}`);
      });
    };
    for (let round = 0; round < 50; round += 1) {
      for (const peer of peers) randomEdit(peer);
      // Some peers meet, some don't: updates arrive late and out of order, as on a shaky Wi-Fi.
      if (random.next() < 0.4) syncAll(random.pick(peers), random.pick(peers));
    }
    syncAll(...peers);
    const first = canonical(peers[0]!.shown);
    for (const peer of peers) expect(canonical(peer.shown)).toBe(first);
    expect(restoreProfile(peers[0]!.shown).ok).toBe(true);
    const ids = peers[0]!.shown!.categories.flatMap((c) => c.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the workshop fields of format 2 merge per part', () => {
  const onElement = (id: string, change: (element: ProfileElement) => ProfileElement) => (p: Profile): Profile => ({
    ...p,
    categories: p.categories.map((c) => ({ ...c, elements: c.elements.map((e) => (e.id === id ? change(e) : e)) })),
  });

  it('keeps both marks when one person marks "does" and another "should" on the same element', () => {
    const [a, b] = twoPeers();
    a.edit(onElement('a', (e) => ({ ...e, marks: { ...e.marks, does: 'yes' } })));
    b.edit(onElement('a', (e) => ({ ...e, marks: { ...e.marks, should: 'no' } })));
    syncAll(a, b);
    expect(ops.findElement(a.shown!, 'a')!.element.marks).toEqual({ does: 'yes', should: 'no' });
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });

  it('keeps answers to different questions, questions added by both, and their order', () => {
    const [a, b] = twoPeers();
    const question = (id: string, text: string) => ({ id, text: { da: text } });
    a.edit((p) => ({ ...p, questions: [question('q1', 'Hvad gør vi i dag?'), question('q2', 'Hvad mangler?')] }));
    syncAll(a, b);
    a.edit((p) => ({ ...p, questions: p.questions!.map((q) => (q.id === 'q1' ? { ...q, answer: 'Vi vejleder' } : q)) }));
    b.edit((p) => ({ ...p, questions: [...p.questions!.map((q) => (q.id === 'q2' ? { ...q, answer: 'Tid' } : q)), question('q3', 'Hvem?')] }));
    a.edit((p) => ({ ...p, questions: [question('q0', 'Først'), ...p.questions!] }));
    syncAll(a, b);
    expect(a.shown!.questions!.map((q) => [q.id, q.answer])).toEqual([
      ['q0', undefined],
      ['q1', 'Vi vejleder'],
      ['q2', 'Tid'],
      ['q3', undefined],
    ]);
    expect(canonical(b.shown)).toBe(canonical(a.shown));
  });
});

describe('every field of format 2 travels through the document', () => {
  /** A local profile with every field the format has: translations with their sources, marks, a note, questions. */
  function fullProfile(): Profile {
    return {
      ...smallProfile(),
      role: { da: 'Ungekoordinator', en: 'Youth coordinator' },
      municipality: 'Helsingør Kommune',
      basedOn: 'kontaktperson-plus',
      languages: [
        { code: 'da', name: 'Dansk' },
        { code: 'ar', name: 'العربية', dir: 'rtl' },
      ],
      categories: [
        {
          id: 'viden',
          name: { da: 'Viden', en: 'Knowledge' },
          hint: { da: 'jeg ved' },
          color: '#1d5b94',
          translatedFrom: { name: { en: 'Viden' } },
          elements: [
            {
              id: 'a',
              text: { da: 'Danne relationer som ungekoordinator', en: 'Build relationships' },
              sourceId: 'danne-relationer',
              translatedFrom: { text: { en: 'Danne relationer' } },
              marks: { does: 'yes', should: 'no' },
              note: 'Sådan siger vi det i Helsingør.',
            },
            { id: 'b', text: { da: 'Kende systemet' }, marks: { should: 'yes' } },
          ],
        },
      ],
      questions: [
        { id: 'q1', text: { da: 'Hvad gør I i dag?', en: 'What do you do today?' }, sourceId: 'i-spil-i-dag', translatedFrom: { text: { en: 'Hvad gør I i dag?' } }, answer: 'Vi vejleder.\nOg vi lytter.' },
        { id: 'q2', text: { da: 'Hvad mangler?' } },
      ],
    } as Profile;
  }

  it('gives a joining member the whole profile, exactly', () => {
    const profile = fullProfile();
    expect(restoreProfile(profile).ok).toBe(true);
    const a = new Peer('a');
    const b = new Peer('b');
    a.seed(profile);
    syncAll(a, b);
    expect(canonical(b.shown)).toBe(canonical(profile));
  });

  it('passes on a changed answer, a removed note and mark, and a confirmed translation', () => {
    const a = new Peer('a');
    const b = new Peer('b');
    a.seed(fullProfile());
    syncAll(a, b);
    b.edit((p) => ({ ...p, questions: p.questions!.map((q) => (q.id === 'q2' ? { ...q, answer: 'Tid' } : q.id === 'q1' ? { ...q, answer: undefined } : q)) }));
    b.edit((p) => ({
      ...p,
      categories: p.categories.map((c) => ({
        ...c,
        elements: c.elements.map((e) => (e.id === 'a' ? { id: e.id, text: e.text, sourceId: e.sourceId, marks: { does: 'yes' as const } } : e)),
      })),
    }));
    syncAll(a, b);
    const element = ops.findElement(a.shown!, 'a')!.element;
    expect(element.note).toBeUndefined();
    expect(element.translatedFrom).toBeUndefined();
    expect(element.marks).toEqual({ does: 'yes' });
    expect(a.shown!.questions!.map((q) => q.answer)).toEqual([undefined, 'Tid']);
    expect(canonical(a.shown)).toBe(canonical(b.shown));
  });
});
