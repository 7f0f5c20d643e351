/** P opens the presentation, unless the key is meant for a text field, a menu or an open dialog. */
import { useEffect, useRef } from 'react';
import { isEditable } from '../common/useUndoShortcuts';

export function usePresentShortcut(onPresent: () => void, enabled: boolean) {
  const present = useRef(onPresent);
  useEffect(() => {
    present.current = onPresent;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.defaultPrevented || isEditable(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="menu"], dialog') || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      present.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
