/**
 * dnd-kit's KeyboardSensor starts listening for arrow keys from a timer set when Space picks a card
 * up (so that Space itself does not also drop it). Chromium runs input events before timers, so an
 * arrow pressed right after Space — by a fast keyboard or screen-reader user, or on a busy machine
 * while the pick-up renders — reached no listener and was lost (issue 8, item 8: the flaky
 * "drags a local element back out with the keyboard" test). This sensor holds the drag keys that
 * arrive in that gap and hands them to dnd-kit, in order, once it listens.
 */
import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/** The keys the sensor acts on during a drag (see sensors.ts). */
const DRAG_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Space', 'Enter', 'Escape']);

/** Holds drag keys pressed from now on; the returned function replays them and stops holding. */
export function holdDragKeys(target: Document): () => void {
  const held: KeyboardEvent[] = [];
  const hold = (event: KeyboardEvent) => {
    if (!DRAG_KEYS.has(event.code)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event);
  };
  target.addEventListener('keydown', hold, true);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    target.removeEventListener('keydown', hold, true);
    for (const event of held) {
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true }));
    }
  };
}

export class BoardKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    const release = holdDragKeys(props.event.target instanceof Node ? (props.event.target.ownerDocument ?? document) : document);
    super(props);
    // super() set dnd-kit's timer; this one fires after it, when dnd-kit is listening.
    setTimeout(release);
  }
}
