/**
 * Moving an element to another list remounts its card, which loses focus. The action that moved it
 * asks for focus by element id; the card takes it when it mounts or updates.
 */
import { useEffect, type RefObject } from 'react';

let pending: { id: string; target: 'handle' | 'menu' } | null = null;

export function requestFocus(id: string, target: 'handle' | 'menu' = 'handle') {
  pending = { id, target };
}

export function useFocusRequest(id: string, handle: RefObject<HTMLElement | null>, menu: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (pending?.id !== id) return;
    const node = pending.target === 'menu' ? menu.current : handle.current;
    if (!node) return;
    pending = null;
    node.focus();
  });
}
