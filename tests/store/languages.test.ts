import { beforeEach, describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { useProfileStore } from '../../src/store/profileStore';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const textOf = (id: string) => findElement(store().local, id)?.element.text;

beforeEach(resetStore);

describe('translating in the store', () => {
  it('makes each saved translation one undo step', () => {
    const id = store().addCopy('danne-relationer', 'viden')!;
    const steps = history().pastStates.length;
    store().translate({ kind: 'element', elementId: id }, 'is', 'Mynda tengsl');
    store().translate({ kind: 'categoryName', categoryId: 'viden' }, 'is', 'Þekking');
    store().translate({ kind: 'categoryName', categoryId: 'viden' }, 'is', 'Þekking');
    expect(history().pastStates.length).toBe(steps + 2);
    history().undo();
    expect(store().local.categories[0]?.name.is).toBeUndefined();
    expect(textOf(id)?.is).toBe('Mynda tengsl');
  });

  it('adds a language once, and says why it will not add it again', () => {
    expect(store().addLanguage({ code: 'sl', name: 'Slovenščina' })).toBeNull();
    expect(store().addLanguage({ code: 'sl', name: 'Slovenščina' })).toBe('exists');
    expect(store().addLanguage({ code: 'SL!', name: 'x' })).toBe('invalid_code');
    expect(store().local.languages?.map((l) => l.code)).toEqual(['da', 'en', 'de', 'sl']);
  });
});

describe('replacing a term in the store', () => {
  it('replaces in every element in the profile language as ONE undo step, and undo brings all back', () => {
    store().startOver('copy');
    history().clear();
    const before = store().local;
    const result = store().replaceText('målgruppe', 'ungegruppe');
    // "Respektere målgruppen", "Kende målgrupperelevante …", "Kende systemet, målgruppen …", "Opsøge unge, målgruppevurdere …",
    // "Vejlede målgrupperelevant …", "Professionsuddannet, målgrupperelevant …", "Forstå målgruppen …"
    expect(result.count).toBe(7);
    const danish = store().local.categories.flatMap((c) => c.elements.map((e) => e.text.da));
    expect(danish.join(' | ')).not.toMatch(/målgruppe/i);
    expect(danish).toContain('Respektere ungegruppen');
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(store().local).toBe(before);
  });

  it('searches the profile language only, so Danish text is left alone when working in English', () => {
    store().startOver('copy');
    store().setContentLanguage('en');
    const result = store().replaceText('target group', 'young people');
    expect(result.count).toBeGreaterThan(0);
    expect(JSON.stringify(store().local)).toContain('Respektere målgruppen');
    expect(JSON.stringify(store().local)).not.toMatch(/target group/i);
  });
});
