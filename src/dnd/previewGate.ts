/**
 * The preview follows the pointer: it may change once per drag position and never again until the
 * pointer (or the keyboard, or a scroll) moves the drag. Each preview change moves cards, which
 * dnd-kit measures and answers with a new "over"; if that answer could change the preview again at
 * the same position, a state set in onDragOver would feed itself until React stops it ("Maximum update
 * depth exceeded", issue 8). The slot rule (dropSlot.ts) already settles in one step; this gate makes
 * the loop impossible by construction, whatever the layout does.
 */
export interface DragPosition {
  x: number;
  y: number;
}

export function createPreviewGate() {
  let lastChange: DragPosition | undefined;
  return {
    /** True when the preview may change at `position`; remembers it as the place of the change. */
    allows(position: DragPosition): boolean {
      if (lastChange && lastChange.x === position.x && lastChange.y === position.y) return false;
      lastChange = { x: position.x, y: position.y };
      return true;
    },
    /** A new drag starts with a clean slate. */
    reset() {
      lastChange = undefined;
    },
  };
}
