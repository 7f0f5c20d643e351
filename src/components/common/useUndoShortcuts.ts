/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page except inside a text
 * field, where they belong to the field's own text undo.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../store/profileStore';
import { announce } from './announcer';
import { liveUndo } from '../../store/liveStore';

export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useUndoActions() {
  const { t } = useTranslation();
  return {
    undo() {
      const live = liveUndo('undo');
      if (live !== null) return void (live && announce(t('announce.undone')));
      const history = useProfileStore.temporal.getState();
      if (history.pastStates.length === 0) return;
      history.undo();
      announce(t('announce.undone'));
    },
    redo() {
      const live = liveUndo('redo');
      if (live !== null) return void (live && announce(t('announce.redone')));
      const history = useProfileStore.temporal.getState();
      if (history.futureStates.length === 0) return;
      history.redo();
      announce(t('announce.redone'));
    },
  };
}

export function useUndoShortcuts(enabled = true) {
  const { undo, redo } = useUndoActions();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo, enabled]);
}
