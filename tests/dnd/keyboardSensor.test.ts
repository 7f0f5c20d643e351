import { afterEach, describe, expect, it } from 'vitest';
import { holdDragKeys } from '../../src/dnd/keyboardSensor';

const seen: string[] = [];
const listener = (event: KeyboardEvent) => seen.push(event.code);
afterEach(() => {
  document.removeEventListener('keydown', listener);
  seen.length = 0;
});

const press = (code: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { code, key: code, bubbles: true, cancelable: true }));

describe('holdDragKeys', () => {
  it('holds drag keys pressed before dnd-kit listens and replays them in order', () => {
    const release = holdDragKeys(document);
    document.addEventListener('keydown', listener);
    press('ArrowLeft');
    press('ArrowDown');
    press('Escape');
    expect(seen).toEqual([]);
    release();
    expect(seen).toEqual(['ArrowLeft', 'ArrowDown', 'Escape']);
    // After the release keys go straight through.
    press('ArrowUp');
    expect(seen).toEqual(['ArrowLeft', 'ArrowDown', 'Escape', 'ArrowUp']);
  });

  it('lets other keys through at once and replays only once', () => {
    const release = holdDragKeys(document);
    document.addEventListener('keydown', listener);
    press('KeyP');
    press('ArrowRight');
    expect(seen).toEqual(['KeyP']);
    release();
    release();
    expect(seen).toEqual(['KeyP', 'ArrowRight']);
  });
});
