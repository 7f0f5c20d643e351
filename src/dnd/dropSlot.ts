/**
 * Where a pointer drag would land: which local list, and how many of its other cards come before
 * the landing place. The rule is the one a person applies by eye: the list under the pointer (or the
 * nearest one, between lists), then every card whose middle is above the pointer comes before.
 *
 * Why this shape (issue 8): the old rule said "over a list's padding → at its end" and "over a card →
 * before or after it by the dragged card's middle". Under a tall card the placeholder then jumped to
 * the end, the tall card moved up under the pointer, the placeholder jumped back before it, and so on
 * until React gave up ("Maximum update depth exceeded"). Counting middles has no such cycle: moving
 * the placeholder to the slot it names only moves cards that were already on the correct side of the
 * pointer further the same way, so asking again gives the same slot (see tests/dnd/dropSlot.test.ts).
 */

/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ListLayout {
  id: string;
  box: Box;
  /** Ids of the list's cards in display order, the moving one included if it is in this list. */
  ids: readonly string[];
}

export interface Slot {
  listId: string;
  /** How many of the list's other cards come before the landing place. */
  index: number;
}

/** Reads a card's box; called only for the cards that decide the answer. */
export type BoxOf = (id: string) => Box | undefined;

export const isWithin = (box: Box, x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

/** The list to land in: the one the pointer is in, else (inside the area) the nearest one above or below. */
export function listAt(x: number, y: number, lists: readonly ListLayout[], area: Box | undefined): ListLayout | undefined {
  if (area !== undefined && !isWithin(area, x, y)) return undefined;
  const hit = lists.find((list) => isWithin(list.box, x, y));
  if (hit || area === undefined) return hit;
  let nearest: ListLayout | undefined;
  let best = Infinity;
  for (const list of lists) {
    const distance = y < list.box.top ? list.box.top - y : y > list.box.bottom ? y - list.box.bottom : 0;
    if (distance < best) {
      best = distance;
      nearest = list;
    }
  }
  return nearest;
}

/**
 * How many of `ids` lie above `y` (a card counts once the pointer is past its middle). Reads the
 * boxes in order and stops at the first card below the pointer, so a long list is not read to its end.
 * A card without a box (far from view, so not measured: see components/board/nearView.ts) counts as
 * above while no measured card below the pointer has come yet: the pointer is in view, so the
 * unmeasured cards before the measured ones are the ones scrolled away above it.
 */
export function slotIndex(y: number, ids: readonly string[], boxOf: BoxOf): number {
  let index = 0;
  for (const id of ids) {
    const box = boxOf(id);
    if (box && y <= (box.top + box.bottom) / 2) break;
    index += 1;
  }
  return index;
}

/**
 * The slot under the pointer. `movingIds` (the dragged card, the generic placeholder) are not counted:
 * the slot says where the moving card goes among the others. `area` is the visible part of the local
 * profile: outside it the pointer is over no list (a list scrolled out of view is no target), inside
 * it the nearest list counts.
 */
export function pointerSlot(
  pointer: { x: number; y: number },
  lists: readonly ListLayout[],
  movingIds: ReadonlySet<string>,
  boxOf: BoxOf,
  area: Box | undefined,
): Slot | undefined {
  const list = listAt(pointer.x, pointer.y, lists, area);
  if (!list) return undefined;
  const others = list.ids.filter((id) => !movingIds.has(id));
  return { listId: list.id, index: slotIndex(pointer.y, others, boxOf) };
}
