/**
 * The board's sorting strategy skips cards a drag does not move (speed at 300 elements, issue 8). It
 * must move every card exactly as dnd-kit's stock vertical strategy does: compared here on seeded
 * random lists of cards of random heights, for every active and over position.
 */
import { verticalListSortingStrategy, type SortingStrategy } from '@dnd-kit/sortable';
import type { ClientRect } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardSortingStrategy, isDisplaced } from '../../src/dnd/sortingStrategy';
import { seededRandom } from '../seededRandom';

const SEED = Number(process.env.SORT_SEED ?? 8_2026);

function column(heights: number[]): ClientRect[] {
  let top = 0;
  return heights.map((height) => {
    const rect = { top, left: 0, width: 300, height, bottom: top + height, right: 300 };
    top += height + 8;
    return rect;
  });
}

/** A transform that does not move the card, or no transform at all: the same on screen. */
const moved = (transform: ReturnType<SortingStrategy>) => (transform && (transform.x !== 0 || transform.y !== 0) ? { x: transform.x, y: transform.y } : null);

describe('boardSortingStrategy', () => {
  it('moves the same cards by the same amount as the stock vertical strategy', () => {
    console.log(`sorting strategy: seed ${SEED} (replay with SORT_SEED=${SEED})`);
    const random = seededRandom(SEED);
    let compared = 0;
    for (let list = 0; list < 40; list += 1) {
      const rects = column(Array.from({ length: 2 + Math.floor(random() * 12) }, () => random.pick([40, 64, 120, 400])));
      for (let activeIndex = 0; activeIndex < rects.length; activeIndex += 1) {
        for (let overIndex = 0; overIndex < rects.length; overIndex += 1) {
          for (let index = 0; index < rects.length; index += 1) {
            const args = { rects, activeNodeRect: rects[activeIndex]!, activeIndex, overIndex, index };
            expect(moved(boardSortingStrategy(args)), `list ${list}, active ${activeIndex}, over ${overIndex}, card ${index}`).toEqual(moved(verticalListSortingStrategy(args)));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('leaves the cards outside the stretch between the old and the new place alone', () => {
    expect([0, 1, 2, 3, 4, 5, 6].filter((index) => isDisplaced(index, 2, 5))).toEqual([2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5, 6].filter((index) => isDisplaced(index, 5, 1))).toEqual([1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3].filter((index) => isDisplaced(index, 3, 3))).toEqual([3]);
  });
});
