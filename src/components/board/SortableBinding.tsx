/**
 * Makes a local card a dnd-kit sortable while it is near the view (see nearView.ts). It renders
 * nothing: it registers the card's own nodes with dnd-kit and writes what dnd-kit computes (the
 * glide's transform) straight onto them, so a card turns sortable and back without its DOM being
 * rebuilt (focus, an open menu and the text stay put) and without the card itself re-rendering on
 * every step of someone else's drag. Only the dragged card re-renders (to show it is lifted).
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLayoutEffect, useMemo, type RefObject } from 'react';
import type { DragData } from '../../dnd/dragData';

/** dnd-kit's event handlers for a sortable (pointer, touch and key down). */
export type SortableListeners = ReturnType<typeof useSortable>['listeners'];

/** The card's nodes, set by the card as they mount. */
export interface CardNodes {
  item: HTMLLIElement | null;
  handle: HTMLButtonElement | null;
}

interface SortableBindingProps {
  id: string;
  data: DragData;
  disabled: boolean;
  roleDescription: string;
  nodes: RefObject<CardNodes>;
  /** Where the card's event handlers find dnd-kit's listeners while the binding lives. */
  listenersRef: RefObject<SortableListeners>;
  onDraggingChange: (isDragging: boolean) => void;
  /** Writes the glide (CSS transform and transition; '' for none) onto the card's item. */
  paintGlide: (transform: string, transition: string) => void;
}

export function SortableBinding({ id, data, disabled, roleDescription, nodes, listenersRef, onDraggingChange, paintGlide }: SortableBindingProps) {
  const attributes = useMemo(() => ({ roleDescription }), [roleDescription]);
  const sortable = useSortable({ id, data, disabled, attributes });
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging, isSorting } = sortable;
  const describedBy = sortable.attributes['aria-describedby'];
  const transformCss = CSS.Translate.toString(transform) ?? '';
  // dnd-kit's transition string changes for every card when a drag starts and ends; the glide comes
  // from `.board--dragging` in styles.css instead. Its own "no transition this frame" (after the
  // order changes) is kept while a drag runs; at rest there is no glide to stop.
  const snap = isSorting && transition?.startsWith('transform 0ms') ? transition : '';

  useLayoutEffect(() => {
    setNodeRef(nodes.current.item);
    setActivatorNodeRef(nodes.current.handle);
  });
  useLayoutEffect(() => {
    listenersRef.current = listeners;
    return () => {
      listenersRef.current = undefined;
    };
  }, [listeners, listenersRef]);
  useLayoutEffect(() => {
    const handle = nodes.current.handle;
    if (!handle || !describedBy) return;
    handle.setAttribute('aria-describedby', describedBy);
    return () => handle.removeAttribute('aria-describedby');
  }, [describedBy, nodes]);
  useLayoutEffect(() => paintGlide(transformCss, snap), [transformCss, snap, paintGlide]);
  useLayoutEffect(() => () => paintGlide('', ''), [paintGlide]);
  useLayoutEffect(() => onDraggingChange(isDragging), [isDragging, onDraggingChange]);
  // A card whose place left the view during its own drag stops being a sortable in the render that
  // ends the drag (nearView's release): this binding is gone before it could say "not dragging", and
  // the card stayed lifted with its handle pressed. A binding that goes always puts the card down.
  useLayoutEffect(() => () => onDraggingChange(false), [onDraggingChange]);
  return null;
}
