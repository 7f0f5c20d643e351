/** The keyboard's first step out of the generic panel: to the card's own category, not the nearest list. */
import { KeyboardCode, type ClientRect, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { GENERIC_AREA_ID, listDropId } from '../../src/dnd/dragData';
import { boardKeyboardCoordinates } from '../../src/dnd/keyboardCoordinates';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height });

// The laptop board: generic panel on the left, the card a little below the top of the local Viden
// list, and Færdigheder's list nearer to it than Viden's (as after a line of text above the cards).
const rects = new Map([
  [GENERIC_AREA_ID, rect(20, 150, 610, 560)],
  [listDropId('viden'), rect(665, 322, 578, 52)],
  [listDropId('faerdigheder'), rect(665, 489, 578, 52)],
]);

function arrowRight(categoryId?: string) {
  const args = {
    active: { id: 'generic:a', data: { current: { kind: 'generic', elementId: 'a', text: 'A', ...(categoryId ? { categoryId } : {}) } } },
    collisionRect: rect(42, 433, 568, 50),
    droppableRects: rects,
    droppableContainers: { getEnabled: () => [...rects.keys()].map((id) => ({ id, rect: { current: rects.get(id) } })) },
    over: null,
  };
  const event = { code: KeyboardCode.Right, preventDefault: () => {} } as unknown as KeyboardEvent;
  return boardKeyboardCoordinates(event, { active: 'generic:a', currentCoordinates: { x: 42, y: 433 }, context: args } as unknown as Parameters<KeyboardCoordinateGetter>[1]);
}

describe('boardKeyboardCoordinates', () => {
  it('takes a generic card to the local list of its own category', () => {
    expect(arrowRight('viden')).toEqual({ x: 665, y: 322 });
  });

  it('takes it to the nearest list when the local profile lacks that category', () => {
    expect(arrowRight('own-category')).toEqual({ x: 665, y: 489 });
  });
});
