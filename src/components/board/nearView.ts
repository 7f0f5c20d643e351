/**
 * Which local cards are near the visible part of the local profile (issue 8, speed). Only those are
 * dnd-kit sortables (see LocalCard and SortableBinding): with 300 elements every sortable re-rendered
 * and was measured on each pick-up, drop and placeholder move, though a card a screen away can be
 * neither dragged nor dropped on. Cards far from view are plain cards that look and read the same.
 *
 * One IntersectionObserver watches every card, with a margin of one panel height above and below,
 * so the cards a drag or a scroll reaches next are sortables before they come into view. A card
 * also becomes near at once when a pointer, finger or key reaches it (`markNear`), so nothing waits
 * on the observer. While a drag runs no card stops being near (the dragged card and the cards it
 * displaced keep their place in dnd-kit); those that left meanwhile are let go when it ends.
 * Without IntersectionObserver (old browsers, jsdom) every card is near, as before.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** How far beyond the visible part a card still counts as near: one panel (or window) height. */
const MARGIN = '100% 0px';

const supported = typeof IntersectionObserver !== 'undefined';
const near = new Set<string>();
const listeners = new Map<string, Set<() => void>>();
const watched = new Map<Element, string>();
/** Cards that left the view during a drag: let go when it ends. */
const leftDuringDrag = new Set<string>();
let dragging = false;
let observer: IntersectionObserver | undefined;
let observedRoot: Element | null = null;

function setNear(id: string, isNear: boolean) {
  if (near.has(id) === isNear) return;
  if (isNear) near.add(id);
  else near.delete(id);
  listeners.get(id)?.forEach((listener) => listener());
}

function onIntersection(entries: IntersectionObserverEntry[]) {
  for (const entry of entries) {
    const id = watched.get(entry.target);
    if (id === undefined) continue;
    if (entry.isIntersecting) {
      leftDuringDrag.delete(id);
      setNear(id, true);
    } else if (dragging) {
      leftDuringDrag.add(id);
    } else {
      setNear(id, false);
    }
  }
}

/**
 * The panel that scrolls the cards, or null (the window) where the page scrolls instead (phones):
 * a margin on the window would not reach past the panel's own clipping.
 */
function scrollRootOf(node: Element): Element | null {
  const panel = node.closest('.panel');
  if (!panel) return null;
  const overflow = getComputedStyle(panel).overflowY;
  return overflow === 'auto' || overflow === 'scroll' ? panel : null;
}

function observerFor(node: Element): IntersectionObserver {
  const root = scrollRootOf(node);
  if (!observer || root !== observedRoot) {
    // First card, or the layout changed between panel and page scrolling (a window resized past
    // the phone breakpoint): watch everything again against the new root.
    observer?.disconnect();
    observedRoot = root;
    observer = new IntersectionObserver(onIntersection, { root, rootMargin: MARGIN });
    for (const target of watched.keys()) observer.observe(target);
  }
  return observer;
}

if (supported && typeof window !== 'undefined') {
  window.addEventListener('resize', () => {
    const first = watched.keys().next();
    if (!first.done) observerFor(first.value);
  });
}

/** Watches a card's node; returns the function that stops watching it. */
export function watchNearness(node: Element, id: string): () => void {
  if (!supported) return () => {};
  watched.set(node, id);
  observerFor(node).observe(node);
  return () => {
    watched.delete(node);
    observer?.unobserve(node);
  };
}

export function isNear(id: string): boolean {
  return !supported || near.has(id);
}

/** A pointer, finger or key reached the card: it is a sortable from now on, whatever the observer says. */
export function markNear(id: string) {
  leftDuringDrag.delete(id);
  setNear(id, true);
}

/** A drag started: no card stops being near until it ends. */
export function holdNearness() {
  dragging = true;
}

/** The drag ended: cards that left the view meanwhile are plain cards again. */
export function releaseNearness() {
  dragging = false;
  const left = [...leftDuringDrag];
  leftDuringDrag.clear();
  for (const id of left) setNear(id, false);
}

/** Whether the card `id` is near the visible part of its panel (re-renders only that card when it changes). */
export function useNear(id: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      let forId = listeners.get(id);
      if (!forId) listeners.set(id, (forId = new Set()));
      forId.add(listener);
      return () => {
        forId.delete(listener);
        if (forId.size === 0) listeners.delete(id);
      };
    },
    [id],
  );
  const read = useCallback(() => isNear(id), [id]);
  return useSyncExternalStore(subscribe, read, read);
}
