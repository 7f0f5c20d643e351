import type { Active, ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { createBoardCollision, overIdForSlot } from '../../src/dnd/collision';
import { GENERIC_AREA_ID, PLACEHOLDER_ID, type Order } from '../../src/dnd/dragData';
import { LAYOUT, layOut } from './layout';

const heights = new Map([['tall', 290]]);
const rectOf = (box: { top: number; bottom: number; left: number; right: number }): ClientRect => ({
  ...box,
  width: box.right - box.left,
  height: box.bottom - box.top,
});
const container = (id: string, data: unknown = {}) => ({ id, key: id, data: { current: data }, disabled: false, node: { current: null }, rect: { current: null } }) as unknown as DroppableContainer;

/** dnd-kit's arguments for a board laid out as `order`, with the generic panel to the left. */
function argsFor(order: Order, activeId: string, pointer: { x: number; y: number } | null) {
  const { lists, boxes, area } = layOut(order, heights);
  const droppableRects = new Map<string, ClientRect>();
  const droppableContainers: DroppableContainer[] = [];
  droppableRects.set(GENERIC_AREA_ID, rectOf({ top: 0, bottom: 2000, left: 0, right: 500 }));
  droppableContainers.push(container(GENERIC_AREA_ID));
  for (const list of lists) {
    droppableRects.set(list.id, rectOf(list.box));
    droppableContainers.push(container(list.id, { ids: list.ids }));
    for (const id of list.ids) {
      droppableRects.set(id, rectOf(boxes.get(id)!));
      droppableContainers.push(container(id));
    }
  }
  const collision = createBoardCollision(() => area);
  const collisionRect = rectOf({ top: 0, bottom: 40, left: 0, right: 100 });
  return { collision, args: { active: { id: activeId } as Active, collisionRect, droppableRects, droppableContainers, pointerCoordinates: pointer }, boxes, lists };
}

const x = LAYOUT.left + 100;

/** A card far from view: not a dnd-kit droppable, so it has neither container nor rect. */
function unregister(args: ReturnType<typeof argsFor>['args'], id: string) {
  args.droppableRects.delete(id);
  args.droppableContainers = args.droppableContainers.filter((c) => c.id !== id);
}

describe('boardCollision with a pointer', () => {
  it('over the generic panel is the generic area', () => {
    const { collision, args } = argsFor({ viden: ['tall'] }, 'tall', { x: 100, y: 300 });
    expect(collision(args).map((hit) => hit.id)).toEqual([GENERIC_AREA_ID]);
  });

  it('30 px into a tall card is "before the tall card", with or without the placeholder in front of it', () => {
    const without = argsFor({ viden: ['tall'] }, 'generic:g', null);
    const y = without.boxes.get('tall')!.top + 30;
    without.args.pointerCoordinates = { x, y };
    expect(without.collision(without.args).map((hit) => hit.id)).toEqual(['tall']);
    const withPlaceholder = argsFor({ viden: [PLACEHOLDER_ID, 'tall'] }, 'generic:g', { x, y });
    expect(withPlaceholder.collision(withPlaceholder.args).map((hit) => hit.id)).toEqual(['tall']);
  });

  it('below the last card (or in an empty list) is the list itself: "at the end"', () => {
    const { collision, args, lists } = argsFor({ viden: ['tall'], faerdigheder: [] }, 'generic:g', null);
    args.pointerCoordinates = { x, y: lists[1]!.box.top + 10 };
    expect(collision(args).map((hit) => hit.id)).toEqual(['list:faerdigheder']);
  });

  it('between lists falls back to the nearest list; outside both panels to nothing', () => {
    const { collision, args, lists } = argsFor({ viden: [], faerdigheder: [] }, 'generic:g', null);
    args.pointerCoordinates = { x, y: lists[1]!.box.top - 5 };
    expect(collision(args).map((hit) => hit.id)).toEqual(['list:faerdigheder']);
    args.pointerCoordinates = { x: LAYOUT.left + LAYOUT.width + 200, y: lists[1]!.box.top + 5 };
    expect(collision(args)).toEqual([]);
  });

  it('reads each card’s box at most once per move', () => {
    const order = { viden: Array.from({ length: 50 }, (_, i) => `c${i}`) };
    const { collision, args } = argsFor(order, 'generic:g', { x, y: 400 });
    const counted = new Map<string, ClientRect>();
    let reads = 0;
    for (const [id, rect] of args.droppableRects) {
      counted.set(id, {
        get top() {
          reads += 1;
          return rect.top;
        },
        bottom: rect.bottom,
        left: rect.left,
        right: rect.right,
        width: rect.width,
        height: rect.height,
      });
    }
    collision({ ...args, droppableRects: counted });
    // The generic panel, the list, and the cards down to the pointer — not all 50.
    expect(reads).toBeLessThan(12);
  });

  it('in a long list whose far cards are not droppables (only cards near the view are), names the card under the pointer', () => {
    const order = { viden: Array.from({ length: 60 }, (_, i) => `c${i}`) };
    const { collision, args, boxes } = argsFor(order, 'generic:g', null);
    // Scrolled down to card 25: the first 20 cards are far above the view.
    for (let i = 0; i < 20; i += 1) unregister(args, `c${i}`);
    const box = boxes.get('c25')!;
    args.pointerCoordinates = { x, y: (box.top + box.bottom) / 2 + 1 };
    expect(collision(args).map((hit) => hit.id)).toEqual(['c26']);
  });

  it('never names a card that is not a droppable yet (a jump faster than the page follows): the list stands for it', () => {
    const order = { viden: Array.from({ length: 40 }, (_, i) => `c${i}`) };
    const { collision, args, boxes } = argsFor(order, 'c10', null);
    unregister(args, 'c25');
    const box = boxes.get('c25')!;
    args.pointerCoordinates = { x, y: (box.top + box.bottom) / 2 + 1 };
    expect(collision(args).map((hit) => hit.id)).toEqual(['list:viden']);
  });
});

describe('overIdForSlot', () => {
  it('in the active card’s own list is the card at that index (sortable’s "move to")', () => {
    expect(overIdForSlot({ id: 'list:v', ids: ['a', 'b', 'c'] }, 0, 'b')).toBe('a');
    expect(overIdForSlot({ id: 'list:v', ids: ['a', 'b', 'c'] }, 1, 'b')).toBe('b');
    expect(overIdForSlot({ id: 'list:v', ids: ['a', 'b', 'c'] }, 2, 'b')).toBe('c');
  });

  it('elsewhere is the card to go before, or the list for the end', () => {
    expect(overIdForSlot({ id: 'list:v', ids: [PLACEHOLDER_ID, 'a', 'b'] }, 1, 'generic:g')).toBe('b');
    expect(overIdForSlot({ id: 'list:v', ids: ['a', 'b'] }, 2, 'x')).toBe('list:v');
  });
});
