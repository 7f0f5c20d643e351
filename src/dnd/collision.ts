/**
 * Collision detection for the board. With a pointer: over the generic panel means "remove" (or
 * nothing, for a generic card); over the local profile the landing slot comes from `pointerSlot`
 * (dropSlot.ts), reading only the list under the pointer. The slot is reported as the card the moving
 * one goes before (the list itself for "at the end"), so dnd-kit's onDragOver fires exactly when the
 * slot changes. With the keyboard (no pointer): see keyboardCollision below.
 */
import { closestCorners, type ClientRect, type Collision, type CollisionDetection } from '@dnd-kit/core';
import { categoryOfListId, GENERIC_AREA_ID, PLACEHOLDER_ID } from './dragData';
import { isWithin, pointerSlot, type Box, type ListLayout } from './dropSlot';

/** What a local list droppable carries, so the collision can read its cards without searching. */
export interface ListDropData {
  ids: readonly string[];
}

const isListDropData = (value: unknown): value is ListDropData =>
  typeof value === 'object' && value !== null && Array.isArray((value as Partial<ListDropData>).ids);

/** dnd-kit's rects re-read every scrolling ancestor on each property access: read each one once. */
const toBox = (rect: ClientRect): Box => ({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });

/**
 * The board's collision detection. `localArea` gives the visible box of the local profile (the
 * scrolling panel), read once per pointer move.
 */
export function createBoardCollision(localArea: () => Box | undefined): CollisionDetection {
  return (args) => {
    const { pointerCoordinates: pointer, droppableRects, droppableContainers, active } = args;
    if (!pointer) return keyboardCollision(args);
    const boxes = new Map<string, Box | undefined>();
    const boxOf = (id: string) => {
      if (!boxes.has(id)) {
        const rect = droppableRects.get(id);
        boxes.set(id, rect ? toBox(rect) : undefined);
      }
      return boxes.get(id);
    };
    const hit = (id: string): Collision[] => [{ id, data: { droppableContainer: droppableContainers.find((c) => c.id === id), value: 0 } }];

    const generic = boxOf(GENERIC_AREA_ID);
    if (generic && isWithin(generic, pointer.x, pointer.y)) {
      return hit(GENERIC_AREA_ID);
    }
    const lists: ListLayout[] = [];
    for (const container of droppableContainers) {
      const id = String(container.id);
      const data = container.data.current;
      if (categoryOfListId(id) === undefined || !isListDropData(data)) continue;
      const box = boxOf(id);
      if (box) lists.push({ id, box, ids: data.ids });
    }
    const activeId = String(active.id);
    const slot = pointerSlot(pointer, lists, new Set([activeId, PLACEHOLDER_ID]), boxOf, localArea());
    if (!slot) return [];
    const list = lists.find((candidate) => candidate.id === slot.listId)!;
    return hit(registeredOr(overIdForSlot(list, slot.index, activeId), list.id, boxOf));
  };
}

/**
 * The card that stands for a slot is a dnd-kit droppable only while it is near the view (see
 * components/board/nearView.ts); dnd-kit reads an unknown id as "over nothing". For the moment
 * until it is one (a jump faster than the page can follow), the list stands for it.
 */
export function registeredOr(id: string, listId: string, boxOf: (id: string) => Box | undefined): string {
  return boxOf(id) ? id : listId;
}

/**
 * The droppable that stands for a slot. In the active card's own list dnd-kit's sortable reads "over
 * card n" as "move to index n", so that is the card at the slot counting the active one. Anywhere else
 * it is the card the moving one goes before, or the list itself for the end.
 */
export function overIdForSlot(list: Pick<ListLayout, 'id' | 'ids'>, index: number, activeId: string): string {
  if (list.ids.includes(activeId)) return list.ids[Math.min(index, list.ids.length - 1)]!;
  const others = list.ids.filter((id) => id !== activeId && id !== PLACEHOLDER_ID);
  return others[index] ?? list.id;
}

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
