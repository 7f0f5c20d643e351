/**
 * With a pointer: the card under the pointer (closest centre among those it is within), else the
 * list or panel it is in, else whatever the dragged card overlaps. With the keyboard (no pointer): see
 * keyboardCollision below.
 */
import { closestCenter, closestCorners, pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';
import { categoryOfListId, GENERIC_AREA_ID } from './dragData';

const isArea = (id: string | number) => id === GENERIC_AREA_ID || categoryOfListId(String(id)) !== undefined;

export const boardCollision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return keyboardCollision(args);
  const within = pointerWithin(args);
  // In a gap between cards the pointer is over nothing: take what the dragged card overlaps.
  if (within.length === 0) return rectIntersection(args);
  const cards = within.filter((hit) => !isArea(hit.id));
  if (cards.length === 0) {
    // A list inside the panel beats the panel itself.
    return [...within].sort((a, b) => Number(a.id === GENERIC_AREA_ID) - Number(b.id === GENERIC_AREA_ID));
  }
  const ids = new Set(cards.map((hit) => hit.id));
  return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => ids.has(c.id)) });
};

/**
 * Keyboard: a card moved (ArrowLeft) onto the generic panel is over the panel — the keyboard's way of
 * dragging it back out to remove it. Elsewhere, closest corners.
 */
const keyboardCollision: CollisionDetection = (args) => {
  const { collisionRect, droppableRects } = args;
  const area = droppableRects.get(GENERIC_AREA_ID);
  const x = collisionRect.left + collisionRect.width / 2;
  const y = collisionRect.top + collisionRect.height / 2;
  if (area && x >= area.left && x <= area.right && y >= area.top && y <= area.bottom) {
    return [{ id: GENERIC_AREA_ID, data: { droppableContainer: args.droppableContainers.find((c) => c.id === GENERIC_AREA_ID), value: 0 } }];
  }
  return closestCorners(args);
};
