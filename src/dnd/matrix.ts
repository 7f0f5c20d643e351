/**
 * Dragging in the Bør / Gør matrix: five drop areas (four quadrants and "undecided"), laid out
 * 2 × 2 with "undecided" below. The keyboard moves between neighbours by that layout, not by
 * measuring, so an arrow key always lands in the next area however long the lists are.
 */
import { KeyboardCode, pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { Quadrant } from '../domain/marks';

export interface MatrixDragData {
  kind: 'matrix';
  elementId: string;
  text: string;
  /** The area the card is in before the drag. */
  quadrant: Quadrant;
}

export function isMatrixDragData(value: unknown): value is MatrixDragData {
  return typeof value === 'object' && value !== null && (value as Partial<MatrixDragData>).kind === 'matrix';
}

const PREFIX = 'quadrant:';
export const quadrantDropId = (quadrant: Quadrant) => `${PREFIX}${quadrant}`;
export const quadrantOfDropId = (id: string | number | undefined): Quadrant | undefined =>
  typeof id === 'string' && id.startsWith(PREFIX) ? (id.slice(PREFIX.length) as Quadrant) : undefined;

type Arrow = 'up' | 'down' | 'left' | 'right';

/**
 *   strengthen | begin        (Bør: ja)
 *   keep       | leave        (Bør: nej)
 *   undecided  (full width)
 *   Gør: ja      Gør: nej
 */
const NEIGHBOURS: Record<Quadrant, Partial<Record<Arrow, Quadrant>>> = {
  strengthen: { right: 'begin', down: 'keep' },
  begin: { left: 'strengthen', down: 'leave' },
  keep: { up: 'strengthen', right: 'leave', down: 'undecided' },
  leave: { up: 'begin', left: 'keep', down: 'undecided' },
  undecided: { up: 'keep', right: 'leave' },
};

/** The area an arrow key leads to from `from`, or undefined at the edge. */
export function neighbourQuadrant(from: Quadrant, arrow: Arrow): Quadrant | undefined {
  return NEIGHBOURS[from][arrow];
}

const ARROWS: Record<string, Arrow> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
};

/** Where the dragged card goes on an arrow key: near the top of the neighbouring area. */
export const matrixKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const arrow = ARROWS[event.code];
  const { active, over, collisionRect, droppableRects } = context;
  if (!arrow || !collisionRect) return undefined;
  event.preventDefault();
  const data = active?.data.current;
  const from = quadrantOfDropId(over?.id) ?? (isMatrixDragData(data) ? data.quadrant : undefined);
  const to = from && neighbourQuadrant(from, arrow);
  const rect = to && droppableRects.get(quadrantDropId(to));
  if (!rect) return undefined;
  return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + Math.min(rect.height / 2, 48) - collisionRect.height / 2 };
};

/** The area under the pointer; with the keyboard (no pointer), the area the card overlaps most. */
export const matrixCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const within = pointerWithin(args);
    if (within.length > 0) return within;
  }
  return rectIntersection(args);
};
