/**
 * An element in the Bør / Gør matrix: a handle to drag it to another quadrant (mouse, touch, or
 * Space and the arrow keys), its text and category, its marks and note, and a button for the
 * "Bør / Gør og note" dialog (also Enter on the handle). Memoised: one changed mark re-renders one card.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../domain/marks';
import type { ProfileElement } from '../../domain/profile';
import { shorten, textIn } from '../../domain/text';
import type { MatrixDragData } from '../../dnd/matrix';
import { useDirection } from '../common/useDirection';
import { ElementMarks } from '../common/ElementMarks';
import { openAnnotation } from '../../store/workshopView';

interface MatrixCardProps {
  element: ProfileElement;
  quadrant: Quadrant;
  /** The category's name and colour as plain values, so the memo holds when a sibling changes. */
  categoryName: string;
  categoryLang: string;
  color: string;
  lang: string;
}

export const MatrixCard = memo(function MatrixCard({ element, quadrant, categoryName, categoryLang, color, lang }: MatrixCardProps) {
  const { t } = useTranslation();
  const shown = useMemo(() => textIn(element.text, lang), [element.text, lang]);
  const dir = useDirection()(shown.lang);
  const data: MatrixDragData = { kind: 'matrix', elementId: element.id, text: shown.text, quadrant };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `matrix:${element.id}`,
    data,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  const short = shorten(shown.text);
  // Only the undecided area shows a half-made decision; in a quadrant the place says it all.
  const marks = quadrant === 'undecided' ? element.marks : undefined;

  return (
    <li
      ref={setNodeRef}
      className={`matrix-card${isDragging ? ' matrix-card--dragging' : ''}`}
      style={{ ['--category-color' as string]: color }}
      aria-label={shown.text}
      data-element-id={element.id}
    >
      <button
        type="button"
        className="card__handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('card.handle', { text: short })}
        aria-describedby="matrix-instructions"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !isDragging) {
            event.preventDefault();
            openAnnotation(element.id);
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="matrix-card__body">
        <span className="matrix-card__category" lang={categoryLang}>
          {categoryName}
        </span>
        <span className="card__text" lang={shown.lang} dir={dir}>
          {shown.text}
        </span>
        {shown.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
        <ElementMarks marks={marks} note={element.note} />
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={t('annotate.open', { text: short })}
        title={t('annotate.open', { text: short })}
        onClick={() => openAnnotation(element.id)}
      >
        <span aria-hidden="true">✎</span>
      </button>
    </li>
  );
});
