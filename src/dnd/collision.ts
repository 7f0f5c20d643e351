/**
 * With a pointer: the card under the pointer (closest centre among those it is within), else the
 * list or panel it is in, else whatever the dragged card overlaps. With the keyboard (no pointer): closest corners, which suits lists stacked
 * in columns (dnd-kit's advice for multiple containers).
 */
import { closestCenter, closestCorners, pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';
import { categoryOfListId, GENERIC_AREA_ID } from './dragData';

const isArea = (id: string | number) => id === GENERIC_AREA_ID || categoryOfListId(String(id)) !== undefined;

export const boardCollision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  // In a gap between cards the pointer is over nothing: take what the dragged card overlaps.
  if (within.length === 0) return args.pointerCoordinates ? rectIntersection(args) : closestCorners(args);
  const cards = within.filter((hit) => !isArea(hit.id));
  if (cards.length === 0) {
    // A list inside the panel beats the panel itself.
    return [...within].sort((a, b) => Number(a.id === GENERIC_AREA_ID) - Number(b.id === GENERIC_AREA_ID));
  }
  const ids = new Set(cards.map((hit) => hit.id));
  return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => ids.has(c.id)) });
};
