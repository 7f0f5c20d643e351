/**
 * Menu and keyboard actions on elements: each calls one store action, then says what happened
 * and puts focus where the user expects it. Adds, moves and removes happen out of the user's sight
 * (the card lands in another list, maybe another tab on a phone), so they are also shown on screen
 * with Fortryd (see common/announcer).
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findElement } from '../../domain/operations';
import { useProfileStore } from '../../store/profileStore';
import { announce, type AnnounceOptions } from '../common/announcer';
import { requestFocus } from '../common/focusRequest';
import { shorten, textIn } from '../../domain/text';

export function useElementActions() {
  const { t } = useTranslation();
  // One object per language, so the memoised cards that receive it do not re-render for nothing.
  return useMemo(() => elementActions(t), [t]);
}

/** A change the user may not have seen: shown, with Fortryd. */
const UNSEEN: AnnounceOptions = { undoable: true };

function elementActions(t: TFunction) {
  const describe = (id: string) => {
    const { local, contentLanguage } = useProfileStore.getState();
    const at = findElement(local, id);
    if (!at) return undefined;
    return {
      text: shorten(textIn(at.element.text, contentLanguage).text),
      category: textIn(at.category.name, contentLanguage).text,
      position: at.index + 1,
      total: at.category.elements.length,
    };
  };

  const announceMove = (id: string) => {
    const where = describe(id);
    if (where) announce(t('announce.moved', where), UNSEEN);
  };

  return {
    addCopy(sourceId: string, categoryId: string, index?: number) {
      const id = useProfileStore.getState().addCopy(sourceId, categoryId, index);
      const where = id && describe(id);
      if (where) announce(t('announce.added', where), UNSEEN);
      return id;
    },
    /** Adds an own element written in `lang` (the language the add field was opened in). */
    addOwn(categoryId: string, text: string, lang?: string) {
      const id = useProfileStore.getState().addOwn(categoryId, text, undefined, lang);
      const where = id && describe(id);
      if (where) announce(t('announce.added', where));
      return id;
    },
    moveTo(id: string, categoryId: string, index = Number.MAX_SAFE_INTEGER) {
      useProfileStore.getState().move(id, categoryId, index);
      requestFocus(id, 'menu');
      announceMove(id);
    },
    moveBy(id: string, delta: -1 | 1) {
      useProfileStore.getState().moveBy(id, delta);
      requestFocus(id, 'menu');
      announceMove(id);
    },
    /** Renames in `lang`: the language the editor was opened in. */
    rename(id: string, text: string, lang?: string) {
      const before = useProfileStore.getState().local;
      useProfileStore.getState().rename(id, text, lang);
      requestFocus(id);
      if (useProfileStore.getState().local !== before) announce(t('announce.renamed', { text: shorten(text) }));
    },
    /** "The translation still holds": the element's text in `lang` is current again. */
    confirmTranslation(id: string, lang: string) {
      useProfileStore.getState().confirmTranslation({ kind: 'element', elementId: id }, lang);
      requestFocus(id, 'menu');
      const where = describe(id);
      if (where) announce(t('announce.confirmed', where));
    },
    /** Puts the generic original back (one undo step). */
    resetToOriginal(id: string) {
      const before = useProfileStore.getState().local;
      useProfileStore.getState().resetToOriginal(id);
      requestFocus(id, 'menu');
      const where = describe(id);
      if (where && useProfileStore.getState().local !== before) announce(t('announce.reset', where));
    },
    duplicate(id: string) {
      const copy = useProfileStore.getState().duplicate(id);
      const where = copy && describe(copy);
      if (copy && where) {
        requestFocus(copy, 'menu');
        announce(t('announce.duplicated', where), UNSEEN);
      }
    },
    remove(id: string) {
      const where = describe(id);
      const at = findElement(useProfileStore.getState().local, id);
      const siblings = at?.category.elements ?? [];
      const neighbour = siblings[(at?.index ?? 0) + 1] ?? siblings[(at?.index ?? 0) - 1];
      useProfileStore.getState().remove(id);
      if (neighbour) requestFocus(neighbour.id);
      else if (at) document.getElementById(`add-${at.category.id}`)?.focus();
      if (where) announce(t('announce.removed', where), UNSEEN);
    },
  };
}

export type ElementActions = ReturnType<typeof elementActions>;
