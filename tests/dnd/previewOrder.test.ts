import { describe, expect, it } from 'vitest';
import { GENERIC_AREA_ID, PLACEHOLDER_ID, type DragData, type Order } from '../../src/dnd/dragData';
import { moveElementBy, renameElement } from '../../src/domain/operations';
import { dropPosition, hoverOrder, orderOf, previewAfterHover, targetOf } from '../../src/dnd/previewOrder';
import { smallProfile } from '../domain/fixtures';

const start: Order = { viden: ['a', 'b'], faerdigheder: ['c'], kompetencer: [] };
const generic: DragData = { kind: 'generic', elementId: 'g', text: 'G' };
const localA: DragData = { kind: 'local', elementId: 'a', text: 'A' };

describe('orderOf', () => {
  it('keeps a list’s id array while its order stays, so its sortables are not rendered again for a rename', () => {
    const profile = smallProfile();
    const before = orderOf(profile);
    const renamed = orderOf(renameElement(profile, 'a', 'da', 'Respektere unge'));
    expect(renamed.viden).toBe(before.viden);
    expect(renamed.kompetencer).toBe(before.kompetencer);
  });

  it('gives a list a new id array when its order changes', () => {
    const profile = smallProfile();
    const before = orderOf(profile);
    const moved = orderOf(moveElementBy(profile, 'a', 1));
    expect(moved.viden).toEqual(['b', 'a']);
    expect(moved.viden).not.toBe(before.viden);
  });
});

describe('targetOf', () => {
  it('reads cards, lists, the generic panel and nothing', () => {
    expect(targetOf(start, 'c')).toEqual({ kind: 'list', categoryId: 'faerdigheder', overId: 'c' });
    expect(targetOf(start, 'list:kompetencer')).toEqual({ kind: 'list', categoryId: 'kompetencer', overId: 'list:kompetencer' });
    expect(targetOf(start, GENERIC_AREA_ID)).toEqual({ kind: 'remove' });
    expect(targetOf(start, undefined)).toEqual({ kind: 'none' });
    expect(targetOf(start, 'gone')).toEqual({ kind: 'none' });
  });
});

describe('previewAfterHover', () => {
  it('puts a generic card’s placeholder before the card it is over, or at the end of a list', () => {
    expect(previewAfterHover(start, start, generic, 'b', false).viden).toEqual(['a', PLACEHOLDER_ID, 'b']);
    expect(previewAfterHover(start, start, generic, 'list:kompetencer', false).kompetencer).toEqual([PLACEHOLDER_ID]);
  });

  it('takes the placeholder away over the generic panel or over nothing', () => {
    const withPlaceholder = previewAfterHover(start, start, generic, 'b', false);
    expect(previewAfterHover(withPlaceholder, start, generic, GENERIC_AREA_ID, false)).toEqual(start);
    expect(previewAfterHover(withPlaceholder, start, generic, undefined, false)).toEqual(start);
  });

  it('moves a local card into another list, but leaves reordering in its own list to the sortable', () => {
    expect(previewAfterHover(start, start, localA, 'c', false)).toEqual({ viden: ['b'], faerdigheder: ['a', 'c'], kompetencer: [] });
    expect(previewAfterHover(start, start, localA, 'b', false)).toBe(start);
  });

  it('brings a local card home when it is over nothing', () => {
    const moved = previewAfterHover(start, start, localA, 'list:kompetencer', false);
    expect(moved.kompetencer).toEqual(['a']);
    expect(previewAfterHover(moved, start, localA, undefined, false)).toBe(start);
  });

  it('returns the very same object when nothing changes, so no state is set', () => {
    const once = previewAfterHover(start, start, generic, 'b', false);
    expect(previewAfterHover(once, start, generic, 'b', false)).toBe(once);
    expect(previewAfterHover(once, start, generic, PLACEHOLDER_ID, false)).toBe(once);
    expect(previewAfterHover(start, start, localA, 'a', false)).toBe(start);
  });

  it('does not change the order it is given', () => {
    const frozen = structuredClone(start);
    previewAfterHover(start, start, generic, 'b', false);
    previewAfterHover(start, start, localA, 'c', false);
    expect(start).toEqual(frozen);
  });
});

describe('hoverOrder with the keyboard’s "below" half', () => {
  it('puts the placeholder after the card when the dragged card’s middle is below its middle', () => {
    expect(hoverOrder(start, 'g', true, targetOf(start, 'a'), true).viden).toEqual(['a', PLACEHOLDER_ID, 'b']);
  });
});

describe('dropPosition', () => {
  it('is the index of the card it is over (dnd-kit sortable’s "move to index"), or where it stands', () => {
    expect(dropPosition(start, 'a', 'b')).toEqual({ categoryId: 'viden', index: 1 });
    expect(dropPosition(start, 'a', 'a')).toEqual({ categoryId: 'viden', index: 0 });
    expect(dropPosition(start, 'a', 'list:viden')).toEqual({ categoryId: 'viden', index: 0 });
    expect(dropPosition(start, 'missing', 'a')).toBeUndefined();
  });
});
