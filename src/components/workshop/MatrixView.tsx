/**
 * The Bør / Gør matrix: the local profile's elements in four quadrants by the workshop's two
 * questions ("Gør vi det i dag?" across, "Bør det fylde mere?" down), and those not decided yet
 * below. Dropping a card in a quadrant sets both marks (one undo step); in "Ikke afgjort" it clears them.
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementsByQuadrant, QUADRANTS, type PlacedElement, type Quadrant } from '../../domain/marks';
import { shorten, textIn } from '../../domain/text';
import { isMatrixDragData, matrixCollision, matrixKeyboardCoordinates, quadrantDropId, quadrantOfDropId, type MatrixDragData } from '../../dnd/matrix';
import { CatchUpKeyboardSensor } from '../../dnd/keyboardSensor';
import { KEYBOARD_DRAG_SCROLL } from '../../dnd/sensors';
import { useProfileStore } from '../../store/profileStore';
import { MatrixCard } from './MatrixCard';
import './workshopViews.css';

/** Like the board's: the place a drag starts over is not news, so only changes of place are said. */
function matrixAnnouncements(t: TFunction, memory: { lastOver: string | undefined }): Announcements {
  const textOf = (data: unknown) => shorten(isMatrixDragData(data) ? data.text : '');
  const area = (id: string | number | undefined) => {
    const quadrant = quadrantOfDropId(id);
    return quadrant ? t(`matrix.quadrants.${quadrant}`) : undefined;
  };
  return {
    onDragStart: ({ active }) => {
      const data = active.data.current;
      memory.lastOver = isMatrixDragData(data) ? quadrantDropId(data.quadrant) : undefined;
      return t('matrix.dnd.pickedUp', { text: textOf(data) });
    },
    onDragOver: ({ active, over }) => {
      const where = area(over?.id);
      if (!where || over?.id === memory.lastOver) return undefined;
      memory.lastOver = String(over?.id);
      return t('matrix.dnd.over', { text: textOf(active.data.current), quadrant: where });
    },
    onDragEnd: ({ active, over }) => {
      const where = area(over?.id);
      return where
        ? t('matrix.dnd.dropped', { text: textOf(active.data.current), quadrant: where })
        : t('matrix.dnd.droppedNothing', { text: textOf(active.data.current) });
    },
    onDragCancel: ({ active }) => t('matrix.dnd.cancelled', { text: textOf(active.data.current) }),
  };
}

function QuadrantArea({ quadrant, items, lang }: { quadrant: Quadrant; items: PlacedElement[]; lang: string }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: quadrantDropId(quadrant) });
  const headingId = `matrix-${quadrant}`;
  return (
    <section ref={setNodeRef} className={`quadrant quadrant--${quadrant}${isOver ? ' quadrant--over' : ''}`} aria-labelledby={headingId}>
      <header className="quadrant__header">
        <h3 id={headingId} className="quadrant__name">
          {t(`matrix.quadrants.${quadrant}`)}
        </h3>
        <span className="quadrant__count">{t('category.count', { count: items.length })}</span>
      </header>
      {items.length === 0 ? (
        <p className="quadrant__empty">{t('matrix.empty')}</p>
      ) : (
        <ul className="quadrant__list" aria-labelledby={headingId}>
          {items.map(({ element, category }) => {
            const name = textIn(category.name, lang);
            return (
              <MatrixCard
                key={element.id}
                element={element}
                quadrant={quadrant}
                categoryName={name.text}
                categoryLang={name.lang}
                color={category.color}
                lang={lang}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

// Module constants: dnd-kit's useSensor memoises on the options object (see src/dnd/sensors.ts).
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: matrixKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
  scrollBehavior: KEYBOARD_DRAG_SCROLL,
};

export function MatrixView() {
  const { t } = useTranslation();
  const local = useProfileStore((state) => state.local);
  const lang = useProfileStore((state) => state.contentLanguage);
  const placed = useMemo(() => elementsByQuadrant(local), [local]);
  const [active, setActive] = useState<MatrixDragData | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(CatchUpKeyboardSensor, KEYBOARD_OPTIONS));
  const [memory] = useState(() => ({ lastOver: undefined as string | undefined }));
  const announcements = useMemo(() => matrixAnnouncements(t, memory), [t, memory]);
  const empty = local.categories.every((category) => category.elements.length === 0);

  const onDragStart = ({ active: dragged }: DragStartEvent) => {
    const data = dragged.data.current;
    setActive(isMatrixDragData(data) ? data : null);
  };
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const data = dragged.data.current;
    const quadrant = quadrantOfDropId(over?.id);
    if (!isMatrixDragData(data) || !quadrant) return;
    useProfileStore.getState().placeInQuadrant(data.elementId, quadrant);
    // The card remounts in its new area; keep the keyboard user's place on its handle.
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`.matrix-card[data-element-id="${data.elementId}"] .card__handle`)?.focus(),
    );
  };

  return (
    <section id="bor-gor-matrix" className="matrix panel" aria-labelledby="matrix-heading" tabIndex={-1}>
      <div className="panel__header">
        <h2 id="matrix-heading">{t('matrix.title')}</h2>
        <p className="panel__intro">{empty ? t('matrix.emptyProfile') : t('matrix.intro')}</p>
      </div>
      <p id="matrix-instructions" hidden>
        {t('matrix.dnd.instructions')}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={matrixCollision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('matrix.dnd.instructions') } }}
      >
        <div className="matrix__grid">
          <span className="matrix__axis matrix__axis--does-yes" aria-hidden="true">
            {t('matrix.axis.does')} <strong>{t('annotate.yes')}</strong>
          </span>
          <span className="matrix__axis matrix__axis--does-no" aria-hidden="true">
            {t('matrix.axis.does')} <strong>{t('annotate.no')}</strong>
          </span>
          <span className="matrix__axis matrix__axis--should-yes" aria-hidden="true">
            {t('matrix.axis.should')} <strong>{t('annotate.yes')}</strong>
          </span>
          <span className="matrix__axis matrix__axis--should-no" aria-hidden="true">
            {t('matrix.axis.should')} <strong>{t('annotate.no')}</strong>
          </span>
          {QUADRANTS.map((quadrant) => (
            <QuadrantArea key={quadrant} quadrant={quadrant} items={placed[quadrant]} lang={lang} />
          ))}
          <QuadrantArea quadrant="undecided" items={placed.undecided} lang={lang} />
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="matrix-card matrix-card--overlay">
              <span className="card__handle" aria-hidden="true">
                ⠿
              </span>
              <span className="card__text">{active.text}</span>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}
