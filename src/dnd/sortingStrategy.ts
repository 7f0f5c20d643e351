/**
 * dnd-kit's vertical list strategy, minus the work for cards a drag does not move. The stock strategy
 * reads a card's neighbours' rects for every card in the list on every render of a drag, and each read
 * of a dnd-kit `Rect` re-reads the scroll offset of every scrolling ancestor — with 300 elements those
 * reads were the top of the profile (issue 8). Only the cards between the dragged card's old and new
 * place move; every other card answers "no transform" (null) without touching a rect, which also
 * spares the browser a compositing layer per untouched card.
 */
import { verticalListSortingStrategy, type SortingStrategy } from '@dnd-kit/sortable';

/** Whether the card at `index` moves while the card at `activeIndex` is shown at `overIndex`. */
export function isDisplaced(index: number, activeIndex: number, overIndex: number): boolean {
  return index === activeIndex || (index >= Math.min(activeIndex, overIndex) && index <= Math.max(activeIndex, overIndex));
}

export const boardSortingStrategy: SortingStrategy = (args) =>
  isDisplaced(args.index, args.activeIndex, args.overIndex) ? verticalListSortingStrategy(args) : null;
