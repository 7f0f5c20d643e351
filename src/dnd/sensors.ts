/**
 * How a drag starts. The ⠿ handle starts one at once, with mouse, finger or pen (it has
 * `touch-action: none`), and from the keyboard: Space picks up and drops, Enter also drops, Escape
 * cancels; Enter does not pick up (on a card it means "rename", or "add" on a generic card).
 *
 * A card's body can be picked up too (issue 8: the first instinct on a laptop is to grab the card):
 * with a mouse after a small movement, so a click, a double-click to rename and the menu button
 * keep working; with a finger after a short press and hold, so a swipe on a card still scrolls the
 * page (touch events there: dnd-kit's TouchSensor can then stop the scrolling once the drag runs).
 * Buttons, fields and menus inside a card never start a drag.
 */
import { PointerSensor, TouchSensor, useSensor, useSensors, type PointerSensorProps } from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent, TouchEvent as ReactTouchEvent } from 'react';
import { CatchUpKeyboardSensor } from './keyboardSensor';
import { boardKeyboardCoordinates } from './keyboardCoordinates';

/** The handle's class: what starts a drag at once, for any pointer. */
const HANDLE = '.card__handle';
/** Controls inside a card that keep their own meaning for a press. */
const OWN_CONTROLS = 'button, a, input, textarea, select, label, [role="menu"], [contenteditable="true"]';

const isOnHandle = (target: EventTarget | null) => target instanceof Element && target.closest(HANDLE) !== null;
const isOnControl = (target: EventTarget | null) => target instanceof Element && target.closest(OWN_CONTROLS) !== null;

/** Whether a pointer press may start a drag: the handle always; the body with a mouse or pen. */
export function pointerStartsDrag(target: EventTarget | null, pointerType: string): boolean {
  if (isOnHandle(target)) return true;
  return pointerType !== 'touch' && !isOnControl(target);
}

/** Whether a touch may start a (press-and-hold) drag: the body only; the handle goes by pointer. */
export function touchStartsDrag(target: EventTarget | null): boolean {
  return !isOnHandle(target) && !isOnControl(target);
}

class BoardPointerSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorProps['options']) => {
        if (!event.isPrimary || event.button !== 0 || !pointerStartsDrag(event.target, event.pointerType)) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

class BoardTouchSensor extends TouchSensor {
  static activators = [
    {
      eventName: 'onTouchStart' as const,
      handler: ({ nativeEvent: event }: ReactTouchEvent, { onActivation }: PointerSensorProps['options']) => {
        if (event.touches.length > 1 || !touchStartsDrag(event.target)) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

/** The handlers a card's body needs for a body drag (no keys: those belong to the handle). */
export function bodyDragListeners(listeners: Record<string, unknown> | undefined) {
  return {
    onPointerDown: listeners?.onPointerDown as ((event: ReactPointerEvent) => void) | undefined,
    onTouchStart: listeners?.onTouchStart as ((event: ReactTouchEvent) => void) | undefined,
  };
}

/**
 * When an arrow key moves a card past the edge of the view, dnd-kit scrolls the page instead of
 * moving the card. A smooth scroll is still running when a fast typist's next key arrives; that key
 * is measured mid-scroll and the rest of the scroll then carries the card one area too far (issue 8:
 * the matrix's ArrowUp, ArrowRight ended in "Begynd", not "Lad ligge"). An instant scroll is settled
 * before the next key, so keys pressed fast land where keys pressed slowly land.
 */
export const KEYBOARD_DRAG_SCROLL: ScrollBehavior = 'instant';

// One object each for the app's lifetime (issue 8, speed): dnd-kit's useSensor memoises on the
// options object, so fresh literals made new sensors, new activators and new listeners for every
// card on every render of the board: all 300 cards re-rendered on pick-up, drop and rename.
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 300, tolerance: 8 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: boardKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
  scrollBehavior: KEYBOARD_DRAG_SCROLL,
};

export function useBoardSensors() {
  return useSensors(
    useSensor(BoardPointerSensor, POINTER_OPTIONS),
    useSensor(BoardTouchSensor, TOUCH_OPTIONS),
    useSensor(CatchUpKeyboardSensor, KEYBOARD_OPTIONS),
  );
}
