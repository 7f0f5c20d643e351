/**
 * Arrow keys during a keyboard drag. Local elements are sortable and use dnd-kit's own getter (plus
 * ArrowLeft onto the generic panel, to remove).
 * Generic elements are plain draggables, which that getter ignores (it needs the active element to
 * be a droppable too), so they get the same idea here: jump to the nearest local card or list in the
 * arrow's direction. The first ArrowRight out of the generic panel goes to the local list of the card's
 * own category when there is one (Viden → Viden), whatever the two panels' scroll positions: the
 * nearest list by geometry would change with every line of text above the cards.
 */
import { closestCorners, KeyboardCode, type DroppableContainer, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { GENERIC_AREA_ID, isDragData, listDropId } from './dragData';

const directions: string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Left, KeyboardCode.Right];

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = args.context;
  if (!active || !isDragData(active.data.current) || active.data.current.kind === 'local') {
    // ArrowLeft out of the local profile lands on the generic panel: the keyboard way to drag a
    // card back out (and remove it). dnd-kit's getter would only step to the next list's edge.
    const area = droppableRects.get(GENERIC_AREA_ID);
    if (event.code === KeyboardCode.Left && area && collisionRect && collisionRect.left > area.right) {
      event.preventDefault();
      const top = Math.min(Math.max(collisionRect.top, area.top), area.bottom - collisionRect.height);
      return { x: area.left + 16, y: top };
    }
    return sortableKeyboardCoordinates(event, args);
  }
  if (!directions.includes(event.code) || !collisionRect) return undefined;
  event.preventDefault();
  const area = droppableRects.get(GENERIC_AREA_ID);
  const sameCategory = active.data.current.categoryId ? droppableRects.get(listDropId(active.data.current.categoryId)) : undefined;
  if (event.code === KeyboardCode.Right && sameCategory && area && collisionRect.left < area.right) {
    return { x: sameCategory.left, y: sameCategory.top };
  }
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
