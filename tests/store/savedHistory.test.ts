/** The undo history kept across reloads: bounded, validated, and always ending at the saved work. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { loadHistory, saveHistory } from '../../src/store/persistence';
import { loadProfileDoor } from '../../src/store/profileDoor';
import { UNDO_LIMIT, useProfileStore } from '../../src/store/profileStore';
import { HISTORY_KEY, readHistory, serializeHistory } from '../../src/store/savedHistory';
import { smallProfile } from '../domain/fixtures';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const titled = (title: string): Profile => ({ ...smallProfile(), title: { da: title } });

// A saved history is read with the validator loaded, as main.tsx loads it when anything is saved.
beforeAll(loadProfileDoor);
beforeEach(resetStore);

describe('the saved undo history', () => {
  it('lets a reloaded page undo and redo what was done before the reload', () => {
    const id = store().addOwn('viden', 'Trin 1')!;
    store().rename(id, 'Trin 2');
    store().rename(id, 'Trin 3');
    history().undo();
    saveHistory();
    // A reload: the store starts from the saved work, with no history, until it is loaded.
    history().clear();
    loadHistory();
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(findElement(store().local, id)?.element.text.da).toBe('Trin 1');
    history().redo();
    history().redo();
    expect(findElement(store().local, id)?.element.text.da).toBe('Trin 3');
  });

  it('keeps the newest steps within the size budget and the step limit', () => {
    const past = Array.from({ length: 50 }, (_, i) => titled(`Trin ${i}`));
    const present = titled('Nu');
    const stepSize = JSON.stringify(past[49]).length + 1;
    const text = serializeHistory(present, { past, future: [] }, UNDO_LIMIT, JSON.stringify(present).length + 10 * stepSize);
    const read = readHistory(text, present, UNDO_LIMIT);
    expect(read.past.map((p) => p.title.da)).toEqual(Array.from({ length: 10 }, (_, i) => `Trin ${40 + i}`));
    expect(readHistory(serializeHistory(present, { past, future: [] }, 5), present, 5).past).toHaveLength(5);
  });

  it('still ends at the saved work when the work moved on after the history was written', () => {
    const text = serializeHistory(titled('B'), { past: [titled('A')], future: [titled('C')] }, UNDO_LIMIT);
    const read = readHistory(text, titled('D'), UNDO_LIMIT);
    expect(read.past.map((p) => p.title.da)).toEqual(['A', 'B']);
    expect(read.future).toEqual([]);
  });

  it('drops states that are not valid profiles, and anything that is not a history', () => {
    const text = JSON.stringify({ present: titled('B'), past: [null, { categories: [null] }, titled('A')], future: [] });
    expect(readHistory(text, titled('B'), UNDO_LIMIT).past.map((p) => p.title.da)).toEqual(['A']);
    expect(readHistory('not json', titled('B'), UNDO_LIMIT)).toEqual({ past: [], future: [] });
    expect(readHistory('[1,2]', titled('B'), UNDO_LIMIT)).toEqual({ past: [], future: [] });
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
  });
});
