/**
 * Where things would land while a drag is under way, as pure functions on an `Order`, so the
 * board commits one domain operation on drop (one undo step) instead of one per hover.
 */
import type { Profile } from '../domain/profile';
import { categoryOfListId, GENERIC_AREA_ID, PLACEHOLDER_ID, type DragData, type Order } from './dragData';

// One id list per elements array (profiles are immutable): an unchanged category keeps the same list,
// so its SortableContext does not re-measure its cards and its cards' memos hold (issue 8, speed).
const idsOfElements = new WeakMap<readonly { id: string }[], string[]>();
// And a category whose elements changed but not their order (a rename, a mark, a note) keeps its
// list too: a new list made each of its sortables render again for nothing (issue 8, rename speed).
const lastIdsOfCategory = new Map<string, string[]>();

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

export function orderOf(profile: Profile): Order {
  return Object.fromEntries(
    profile.categories.map((category) => {
      let ids = idsOfElements.get(category.elements);
      if (!ids) {
        ids = category.elements.map((e) => e.id);
        const last = lastIdsOfCategory.get(category.id);
        if (last && sameIds(last, ids)) ids = last;
        idsOfElements.set(category.elements, ids);
        lastIdsOfCategory.set(category.id, ids);
      }
      return [category.id, ids];
    }),
  );
}

export function containerOf(order: Order, id: string): string | undefined {
  return Object.keys(order).find((categoryId) => order[categoryId]!.includes(id));
}

export type Target = { kind: 'list'; categoryId: string; overId: string } | { kind: 'remove' } | { kind: 'none' };

/** What the pointer or keyboard is over, in board terms. */
export function targetOf(order: Order, overId: string | undefined): Target {
  if (overId === undefined) return { kind: 'none' };
  if (overId === GENERIC_AREA_ID) return { kind: 'remove' };
  const listCategory = categoryOfListId(overId);
  if (listCategory !== undefined && listCategory in order) return { kind: 'list', categoryId: listCategory, overId };
  const categoryId = containerOf(order, overId);
  return categoryId === undefined ? { kind: 'none' } : { kind: 'list', categoryId, overId };
}

function without(order: Order, id: string): Order {
  // Lists without `id` stay the same arrays (see orderOf).
  return Object.fromEntries(Object.entries(order).map(([categoryId, ids]) => [categoryId, ids.includes(id) ? ids.filter((x) => x !== id) : ids]));
}

function insertAt(order: Order, id: string, target: Extract<Target, { kind: 'list' }>, below: boolean): Order {
  const rest = without(order, id);
  const ids = [...rest[target.categoryId]!];
  const overIndex = ids.indexOf(target.overId);
  const index = overIndex === -1 ? ids.length : overIndex + (below ? 1 : 0);
  ids.splice(index, 0, id);
  return { ...rest, [target.categoryId]: ids };
}

function same(a: Order, b: Order): boolean {
  return Object.keys(a).every((key) => a[key]!.join('\n') === (b[key] ?? []).join('\n'));
}

/**
 * The preview after hovering `target`. A local element only changes list here (reordering within a
 * list is dnd-kit's sortable animation); a generic element moves a placeholder around.
 * Returns the same object when nothing changes, which stops dnd-kit's over/update loop.
 */
export function hoverOrder(order: Order, activeId: string, isGeneric: boolean, target: Target, below: boolean): Order {
  const movingId = isGeneric ? PLACEHOLDER_ID : activeId;
  let next = order;
  if (target.kind === 'list') {
    if (target.overId === movingId) return order;
    if (!isGeneric && containerOf(order, activeId) === target.categoryId) return order;
    next = insertAt(order, movingId, target, below);
  } else if (isGeneric) {
    next = without(order, PLACEHOLDER_ID);
  }
  return same(next, order) ? order : next;
}

/**
 * The preview a drag asks for when it is over `overId`: a generic card moves its placeholder; a
 * local card moves between lists, and over nothing goes back to where it started (`start`).
 */
export function previewAfterHover(current: Order, start: Order, drag: DragData, overId: string | undefined, below: boolean): Order {
  const target = targetOf(current, overId);
  if (drag.kind === 'local' && target.kind === 'none') return same(start, current) ? current : start;
  return hoverOrder(current, drag.elementId, drag.kind === 'generic', target, below);
}

/** Where a dropped local element ends: its category and index, after a same-list reorder. */
export function dropPosition(order: Order, activeId: string, overId: string | undefined): { categoryId: string; index: number } | undefined {
  const categoryId = containerOf(order, activeId);
  if (categoryId === undefined) return undefined;
  const ids = order[categoryId]!;
  const from = ids.indexOf(activeId);
  const to = overId === undefined ? -1 : ids.indexOf(overId);
  return { categoryId, index: to === -1 ? from : to };
}
