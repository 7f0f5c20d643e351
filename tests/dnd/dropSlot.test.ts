import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ID } from '../../src/dnd/dragData';
import { listAt, pointerSlot, slotIndex, type Box } from '../../src/dnd/dropSlot';
import { LAYOUT, layOut } from './layout';

const heights = new Map([
  ['short', 42],
  ['tall', 290],
  ['b', 42],
  [PLACEHOLDER_ID, 58],
]);
const x = LAYOUT.left + 100;

describe('slotIndex', () => {
  const { boxes } = layOut({ viden: ['short', 'tall', 'b'] }, heights);
  const boxOf = (id: string) => boxes.get(id);
  const middle = (id: string) => (boxes.get(id)!.top + boxes.get(id)!.bottom) / 2;

  it('counts a card once the pointer is past its middle', () => {
    expect(slotIndex(middle('short') - 1, ['short', 'tall', 'b'], boxOf)).toBe(0);
    expect(slotIndex(middle('short') + 1, ['short', 'tall', 'b'], boxOf)).toBe(1);
    // 30 px below the top of a tall card is still above its middle: before it.
    expect(slotIndex(boxes.get('tall')!.top + 30, ['short', 'tall', 'b'], boxOf)).toBe(1);
    expect(slotIndex(middle('b') + 1, ['short', 'tall', 'b'], boxOf)).toBe(3);
  });

  it('stops reading boxes at the first card below the pointer', () => {
    const read: string[] = [];
    slotIndex(middle('short') + 1, ['short', 'tall', 'b'], (id) => (read.push(id), boxes.get(id)));
    expect(read).toEqual(['short', 'tall']);
  });

  it('counts the unmeasured cards scrolled away above the measured ones (only cards near the view are measured)', () => {
    // A long list scrolled to its end: its first 40 cards are far above the view and have no box.
    const far = Array.from({ length: 40 }, (_, i) => `far${i}`);
    const ids = [...far, 'short', 'tall', 'b'];
    expect(slotIndex(middle('short') - 1, ids, boxOf)).toBe(40);
    expect(slotIndex(middle('short') + 1, ids, boxOf)).toBe(41);
    expect(slotIndex(middle('b') + 1, ids, boxOf)).toBe(43);
    // Unmeasured cards after the first card below the pointer are below it too.
    expect(slotIndex(middle('short') - 1, ['short', ...far], boxOf)).toBe(0);
  });
});

describe('listAt', () => {
  const { lists, area } = layOut({ viden: ['short'], faerdigheder: [], kompetencer: ['b'] }, heights);
  const [viden, faerdigheder, kompetencer] = lists;

  it('is the list under the pointer', () => {
    expect(listAt(x, faerdigheder!.box.top + 10, lists, area)?.id).toBe('list:faerdigheder');
  });

  it('between lists (a heading, an add button) is the nearest list', () => {
    const headingOfKompetencer = kompetencer!.box.top - 10;
    expect(listAt(x, headingOfKompetencer, lists, area)?.id).toBe('list:kompetencer');
    const justBelowViden = viden!.box.bottom + 5;
    expect(listAt(x, justBelowViden, lists, area)?.id).toBe('list:viden');
  });

  it('outside the visible local area is no list, even where a scrolled-away list lies', () => {
    const visible: Box = { ...area, top: faerdigheder!.box.top, bottom: faerdigheder!.box.bottom };
    expect(listAt(x, viden!.box.top + 5, lists, visible)).toBeUndefined();
    expect(listAt(area.right + 5, faerdigheder!.box.top + 5, lists, area)).toBeUndefined();
  });
});

describe('pointerSlot', () => {
  it('does not count the moving card or the placeholder', () => {
    const order = { viden: [PLACEHOLDER_ID, 'tall', 'b'] };
    const { lists, boxes, area } = layOut(order, heights);
    const underPlaceholder = boxes.get(PLACEHOLDER_ID)!.bottom - 2;
    expect(pointerSlot({ x, y: underPlaceholder }, lists, new Set([PLACEHOLDER_ID]), (id) => boxes.get(id), area)).toEqual({
      listId: 'list:viden',
      index: 0,
    });
  });

  it('gives the same slot before and after the placeholder moves there (the tall-card crash)', () => {
    // Issue 8: a 300-character card, pointer 30 px below its top.
    const before = layOut({ viden: ['tall'] }, heights);
    const pointer = { x, y: before.boxes.get('tall')!.top + 30 };
    const moving = new Set([PLACEHOLDER_ID]);
    const first = pointerSlot(pointer, before.lists, moving, (id) => before.boxes.get(id), before.area);
    expect(first).toEqual({ listId: 'list:viden', index: 0 });
    const after = layOut({ viden: [PLACEHOLDER_ID, 'tall'] }, heights);
    expect(pointerSlot(pointer, after.lists, moving, (id) => after.boxes.get(id), after.area)).toEqual(first);
  });
});
