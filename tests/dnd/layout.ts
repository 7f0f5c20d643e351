/**
 * A small stand-in for the browser's layout of the local profile, for testing the drag rules
 * without a browser: categories stacked in one column, each a heading, a list (padding, gaps,
 * min-height when empty) and an "add" button, as styles.css lays them out.
 */
import type { Box, ListLayout } from '../../src/dnd/dropSlot';
import type { Order } from '../../src/dnd/dragData';

export const LAYOUT = { top: 100, left: 600, width: 500, heading: 40, padding: 6, gap: 6, minHeight: 52, addButton: 52, between: 16 };

export interface Laid {
  lists: ListLayout[];
  boxes: Map<string, Box>;
  area: Box;
}

/** Lays out `order` with each card `heights.get(id)` pixels tall. */
export function layOut(order: Order, heights: ReadonlyMap<string, number>, scroll = 0): Laid {
  const { left, width } = LAYOUT;
  const right = left + width;
  const boxes = new Map<string, Box>();
  const lists: ListLayout[] = [];
  let y = LAYOUT.top - scroll;
  for (const [categoryId, ids] of Object.entries(order)) {
    y += LAYOUT.heading;
    const listTop = y;
    let cursor = listTop + LAYOUT.padding;
    ids.forEach((id, index) => {
      if (index > 0) cursor += LAYOUT.gap;
      const height = heights.get(id) ?? 50;
      boxes.set(id, { top: cursor, bottom: cursor + height, left: left + LAYOUT.padding, right: right - LAYOUT.padding });
      cursor += height;
    });
    const listBottom = Math.max(listTop + LAYOUT.minHeight, cursor + LAYOUT.padding);
    lists.push({ id: `list:${categoryId}`, box: { top: listTop, bottom: listBottom, left, right }, ids });
    y = listBottom + LAYOUT.addButton + LAYOUT.between;
  }
  return { lists, boxes, area: { top: 0, bottom: 2000, left: left - 20, right: right + 20 } };
}

/** mulberry32: a tiny seeded random source, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
