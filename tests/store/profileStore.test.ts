import { beforeEach, describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { genericProfile } from '../../src/store/catalog';
import { UNDO_LIMIT, useProfileStore } from '../../src/store/profileStore';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/savedState';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const localIds = () => Object.fromEntries(store().local.categories.map((c) => [c.id, c.elements.map((e) => e.sourceId ?? e.text.da)]));

beforeEach(resetStore);

describe('building a local profile', () => {
  it('starts with the generic Kontaktperson+ profile and an empty local profile with its categories', () => {
    expect(store().genericId).toBe('kontaktperson-plus');
    expect(localIds()).toEqual({ viden: [], faerdigheder: [], kompetencer: [] });
  });

  it('copies a generic element into any category and leaves the generic profile alone', () => {
    const id = store().addCopy('danne-relationer', 'viden');
    expect(id).toBeDefined();
    expect(localIds().viden).toEqual(['danne-relationer']);
    expect(findElement(genericProfile('kontaktperson-plus'), 'danne-relationer')).toBeDefined();
  });

  it('adds, renames, duplicates, moves and removes', () => {
    const id = store().addOwn('viden', 'Kende vores ungenetværk')!;
    store().rename(id, 'Kende kædeansvaret – æøå');
    const copy = store().duplicate(id)!;
    store().move(copy, 'kompetencer', 0);
    expect(localIds()).toEqual({ viden: ['Kende kædeansvaret – æøå'], faerdigheder: [], kompetencer: ['Kende kædeansvaret – æøå'] });
    store().remove(id);
    expect(localIds().viden).toEqual([]);
  });

  it('renames in the profile language', () => {
    const id = store().addCopy('danne-relationer', 'viden')!;
    store().setContentLanguage('en');
    store().rename(id, 'Build trust');
    expect(findElement(store().local, id)?.element.text).toMatchObject({ da: 'Danne relationer', en: 'Build trust' });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes each change, and skips changes that change nothing', () => {
    const id = store().addCopy('danne-relationer', 'viden')!;
    store().rename(id, 'Danne stærke relationer');
    store().rename(id, 'Danne stærke relationer');
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(findElement(store().local, id)?.element.text.da).toBe('Danne relationer');
    history().undo();
    expect(localIds().viden).toEqual([]);
    history().redo();
    history().redo();
    expect(findElement(store().local, id)?.element.text.da).toBe('Danne stærke relationer');
  });

  it(`keeps at least 100 steps (${UNDO_LIMIT})`, () => {
    const id = store().addOwn('viden', 'Trin 0')!;
    for (let step = 1; step <= 150; step += 1) store().rename(id, `Trin ${step}`);
    for (let step = 0; step < 150; step += 1) history().undo();
    expect(findElement(store().local, id)?.element.text.da).toBe('Trin 0');
  });

  it('can undo starting over', () => {
    store().addCopy('danne-relationer', 'viden');
    store().startOver('copy');
    expect(store().local.categories.flatMap((c) => c.elements)).toHaveLength(20);
    history().undo();
    expect(localIds().viden).toEqual(['danne-relationer']);
  });
});

describe('saving', () => {
  it('saves every change to localStorage and reads it back', async () => {
    store().addOwn('faerdigheder', 'Tale med forældre');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.state.local.categories[1].elements[0].text.da).toBe('Tale med forældre');
    resetStore();
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    await useProfileStore.persist.rehydrate();
    expect(localIds().faerdigheder).toEqual(['Tale med forældre']);
    // Loading is not a change: there is nothing to undo right after a reload.
    expect(history().pastStates).toHaveLength(0);
  });

  it('starts clean on unreadable data, says so, and keeps the data for download', async () => {
    const garbage = '{"state":{"local":{"categories":"nope"}},"version":1}';
    localStorage.setItem(STORAGE_KEY, garbage);
    await useProfileStore.persist.rehydrate();
    expect(store().notice).toMatchObject({ kind: 'unreadable', raw: garbage, reason: 'unreadable' });
    expect(localStorage.getItem(BACKUP_KEY)).toBe(garbage);
    expect(localIds().viden).toEqual([]);
    store().dismissNotice();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
  });

  it('survives text that is not JSON at all', async () => {
    localStorage.setItem(STORAGE_KEY, '<<<not json');
    await expect(useProfileStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(store().notice?.kind).toBe('unreadable');
  });
});
