import { beforeEach, describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { translationStatus } from '../../src/domain/translate';
import { useProfileStore } from '../../src/store/profileStore';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const textOf = (id: string) => findElement(store().local, id)!.element.text;

beforeEach(resetStore);

describe('out-of-date translations in the store', () => {
  it('undo and redo bring back what was current and what was out of date', () => {
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    store().rename(id, 'Danne relationer som ungekoordinator', 'da');
    expect(translationStatus(store().local, 'en').outdatedKeys).toEqual([`element:${id}`]);
    store().confirmTranslation({ kind: 'element', elementId: id }, 'en');
    expect(translationStatus(store().local, 'en').outdated).toBe(0);
    history().undo();
    expect(translationStatus(store().local, 'en').outdatedKeys).toEqual([`element:${id}`]);
    history().undo();
    expect(translationStatus(store().local, 'en').outdated).toBe(0);
    history().redo();
    history().redo();
    expect(translationStatus(store().local, 'en').outdated).toBe(0);
  });

  it('saves a rename in the language it was opened in, not the one chosen since', () => {
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    store().setContentLanguage('de');
    store().rename(id, 'Danne relationer som ungekoordinator', 'da');
    expect(textOf(id)).toMatchObject({ da: 'Danne relationer som ungekoordinator', de: 'Beziehungen aufbauen' });
  });

  it('resets an adapted element to its generic original in one undo step', () => {
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    store().rename(id, 'Danne relationer som ungekoordinator', 'da');
    const adapted = store().local;
    store().resetToOriginal(id);
    expect(textOf(id).da).toBe('Danne relationer');
    expect(findElement(store().local, id)!.element.translatedFrom).toBeUndefined();
    history().undo();
    expect(store().local).toBe(adapted);
  });

  it('names the role in any language; the other languages\' names go out of date', () => {
    store().setRole('Ungekoordinator', 'da');
    expect(store().local.role).toMatchObject({ da: 'Ungekoordinator', en: 'Contact person+' });
    expect(translationStatus(store().local, 'en').outdatedKeys).toEqual(['role']);
    store().setRole('Youth coordinator', 'en');
    expect(translationStatus(store().local, 'en').outdated).toBe(0);
  });
});
