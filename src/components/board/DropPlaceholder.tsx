/** Where a generic element being dragged would land in a local list. */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { PLACEHOLDER_ID } from '../../dnd/dragData';

export function DropPlaceholder({ text }: { text: string }) {
  const { setNodeRef, transform, transition } = useSortable({ id: PLACEHOLDER_ID, disabled: { draggable: true, droppable: false } });
  return (
    <li
      ref={setNodeRef}
      className="card card--placeholder"
      aria-hidden="true"
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <span className="card__text">{text}</span>
    </li>
  );
}
