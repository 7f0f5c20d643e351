/**
 * Mouse and touch through pointer events (the handle has `touch-action: none`, so the rest of a card
 * still scrolls on a tablet), and the keyboard: Space picks up and drops, Enter also drops, Escape
 * cancels. Enter does not pick up: on a card it means "rename" (or "add" on a generic card).
 */
import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { BoardKeyboardSensor } from './keyboardSensor';
import { boardKeyboardCoordinates } from './keyboardCoordinates';

export function useBoardSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(BoardKeyboardSensor, {
      coordinateGetter: boardKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
}
