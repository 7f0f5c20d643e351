import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pointerStartsDrag, touchStartsDrag, useBoardSensors } from '../../src/dnd/sensors';

function card() {
  const item = document.createElement('li');
  item.innerHTML = `
    <button class="card__handle"><span>⠿</span></button>
    <div class="card__body"><span class="card__text">Danne relationer</span></div>
    <textarea></textarea>
    <div class="card-menu"><button>⋮</button></div>`;
  const find = (selector: string) => item.querySelector(selector)!;
  return { handleIcon: find('.card__handle span'), text: find('.card__text'), field: find('textarea'), menu: find('.card-menu button') };
}

describe('what a press on a card may start', () => {
  it('the handle starts a drag with any pointer; touch goes by pointer there, not by press-and-hold', () => {
    const { handleIcon } = card();
    for (const type of ['mouse', 'touch', 'pen']) expect(pointerStartsDrag(handleIcon, type)).toBe(true);
    expect(touchStartsDrag(handleIcon)).toBe(false);
  });

  it('the body starts a drag with a mouse, and with a finger only by press-and-hold', () => {
    const { text } = card();
    expect(pointerStartsDrag(text, 'mouse')).toBe(true);
    expect(pointerStartsDrag(text, 'touch')).toBe(false);
    expect(touchStartsDrag(text)).toBe(true);
  });

  it('the rename field and the menu button never start a drag', () => {
    const { field, menu } = card();
    for (const target of [field, menu]) {
      expect(pointerStartsDrag(target, 'mouse')).toBe(false);
      expect(touchStartsDrag(target)).toBe(false);
    }
  });
});

describe('useBoardSensors', () => {
  it('gives the same sensors on every render (new ones gave every card new listeners: all 300 re-rendered on each pick-up, issue 8)', () => {
    const { result, rerender } = renderHook(() => useBoardSensors());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
