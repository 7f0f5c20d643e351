/**
 * The keys of a presentation, as clickers send them: → ↓ Page Down and Space go on, ← ↑ Page Up
 * and Shift+Space go back, Home and End jump, Escape leaves. Ctrl/Cmd+Z and Y are swallowed: undo
 * would change the profile behind the audience's back. Shared by the profile's presentation and
 * the summary's.
 */
import { useEffect, useEffectEvent } from 'react';

export interface SlideKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  close: () => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Space and Enter on a focused control belong to the control. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, input, select, textarea, a[href]') !== null;
}

export function useSlideKeys(actions: SlideKeyActions) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      if (['z', 'y'].includes(event.key.toLowerCase())) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (event.key === 'Escape') actions.close();
    else if (NEXT_KEYS.has(event.key)) actions.next();
    else if (PREVIOUS_KEYS.has(event.key)) actions.previous();
    else if (event.key === ' ' && !isControl(event.target)) {
      if (event.shiftKey) actions.previous();
      else actions.next();
    } else if (event.key === 'Home') actions.first();
    else if (event.key === 'End') actions.last();
    else return;
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
