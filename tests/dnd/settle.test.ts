import { describe, expect, it } from 'vitest';
import { overIdForSlot } from '../../src/dnd/collision';
import { PLACEHOLDER_ID, type DragData, type Order } from '../../src/dnd/dragData';
import { pointerSlot } from '../../src/dnd/dropSlot';
import { previewAfterHover } from '../../src/dnd/previewOrder';
import { layOut, seededRandom } from './layout';

/** One round of what the board does under a still pointer: lay out, find the slot, move the preview. */
function step(current: Order, start: Order, drag: DragData, heights: Map<string, number>, pointer: { x: number; y: number }) {
  const { lists, boxes, area } = layOut(current, heights);
  const activeId = drag.kind === 'generic' ? `generic:${drag.elementId}` : drag.elementId;
  const slot = pointerSlot(pointer, lists, new Set([activeId, PLACEHOLDER_ID]), (id) => boxes.get(id), area);
  const list = slot && lists.find((l) => l.id === slot.listId)!;
  const overId = list ? overIdForSlot(list, slot.index, activeId) : undefined;
  return previewAfterHover(current, start, drag, overId, false);
}

const key = (order: Order) => JSON.stringify(order);

describe('the preview under a still pointer', () => {
  it('never cycles and settles within two changes, for any pointer position, card height and drag (seeded)', () => {
    const seed = Number(process.env.DND_SEED ?? 20261126);
    console.log(`settle test seed: ${seed} (DND_SEED=${seed} to replay)`);
    const random = seededRandom(seed);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    let secondChanges = 0;
    for (let round = 0; round < 150; round += 1) {
      const heights = new Map<string, number>();
      const order: Order = { viden: [], faerdigheder: [], kompetencer: [] };
      let n = 0;
      for (const category of Object.keys(order)) {
        const count = Math.floor(random() * 5);
        for (let i = 0; i < count; i += 1) {
          const id = `e${(n += 1)}`;
          order[category]!.push(id);
          heights.set(id, pick([42, 60, 160, 290]));
        }
      }
      const all = Object.values(order).flat();
      const drag: DragData =
        all.length > 0 && random() < 0.5 ? { kind: 'local', elementId: pick(all), text: '' } : { kind: 'generic', elementId: 'g', text: '' };
      heights.set(PLACEHOLDER_ID, pick([42, 60, 160]));
      let current = order;
      const seen = new Set<string>();
      // Wander: each pointer position gets several rounds, as dnd-kit's re-measuring would give it.
      for (let move = 0; move < 20; move += 1) {
        const pointer = { x: 650 + random() * 400, y: 80 + random() * 1400 };
        seen.clear();
        let changes = 0;
        for (let repeat = 0; repeat < 4; repeat += 1) {
          const next = step(current, order, drag, heights, pointer);
          if (next !== current) changes += 1;
          expect(seen.has(key(next)) && next !== current, `cycle at seed ${seed}, round ${round}`).toBe(false);
          seen.add(key(current));
          current = next;
        }
        expect(changes, `seed ${seed}, round ${round}, move ${move}`).toBeLessThanOrEqual(2);
        if (changes === 2) secondChanges += 1;
      }
    }
    // A move into a list below shifts that list up; the slot can then need one more step (then the
    // preview gate makes it wait for the next pointer move). It must stay rare.
    console.log(`positions that needed a second step: ${secondChanges} of 3000`);
    expect(secondChanges).toBeLessThan(30);
  });
});
