/**
 * Arrow keys during a keyboard drag. Local elements are sortable and use dnd-kit's own getter.
 * Generic elements are plain draggables, which that getter ignores (it needs the active element to
 * be a droppable too), so they get the same idea here: jump to the nearest local card or list in the
 * arrow's direction.
 */
import { closestCorners, KeyboardCode, type DroppableContainer, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { GENERIC_AREA_ID, isDragData } from './dragData';

const directions: string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Left, KeyboardCode.Right];

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = args.context;
  if (!active || !isDragData(active.data.current) || active.data.current.kind === 'local') {
    return sortableKeyboardCoordinates(event, args);
  }
  if (!directions.includes(event.code) || !collisionRect) return undefined;
  event.preventDefault();
  const candidates: DroppableContainer[] = [];
  for (const entry of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(entry.id);
    if (!rect || entry.id === GENERIC_AREA_ID) continue;
    const ahead =
      (event.code === KeyboardCode.Down && rect.top > collisionRect.top) ||
      (event.code === KeyboardCode.Up && rect.top < collisionRect.top) ||
      (event.code === KeyboardCode.Right && rect.left > collisionRect.left) ||
      (event.code === KeyboardCode.Left && rect.left < collisionRect.left);
    if (ahead) candidates.push(entry);
  }
  const collisions = closestCorners({ active, collisionRect, droppableRects, droppableContainers: candidates, pointerCoordinates: null });
  const closest = collisions.find((collision) => collision.id !== over?.id) ?? collisions[0];
  const rect = closest && droppableRects.get(closest.id);
  return rect ? { x: rect.left, y: rect.top } : undefined;
};
