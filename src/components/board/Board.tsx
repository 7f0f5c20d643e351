/**
 * The builder: the generic profile beside the local one, in one dnd-kit context. While dragging,
 * a preview order moves things around on screen; on drop exactly one store action runs (so one
 * undo step), and Escape puts everything back.
 */
import { DndContext, DragOverlay, MeasuringStrategy, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findElement, usedSourceIds } from '../../domain/operations';
import { textIn } from '../../domain/text';
import { boardAnnouncements, boardInstructions, type Landing } from '../../dnd/announcements';
import { boardCollision } from '../../dnd/collision';
import { isDragData, PLACEHOLDER_ID, type DragData, type Order } from '../../dnd/dragData';
import { containerOf, dropPosition, hoverOrder, orderOf, targetOf } from '../../dnd/previewOrder';
import { useBoardSensors } from '../../dnd/sensors';
import { genericProfile } from '../../store/catalog';
import { reportActivity } from '../../store/liveStore';
import { useProfileStore } from '../../store/profileStore';
import { requestFocus } from '../common/focusRequest';
import { useDirection } from '../common/useDirection';
import { GenericPanel } from './GenericPanel';
import { LocalPanel } from './LocalPanel';
import { useElementActions } from './useElementActions';

/** dnd-kit ids may be numbers; ours are strings. */
const idOf = (over: { id: string | number } | null) => (over === null ? undefined : String(over.id));

export function Board() {
  const { t } = useTranslation();
  const local = useProfileStore((state) => state.local);
  const genericId = useProfileStore((state) => state.genericId);
  const lang = useProfileStore((state) => state.contentLanguage);
  const generic = genericProfile(genericId);
  const actions = useElementActions();
  const sensors = useBoardSensors();
  const dirOf = useDirection();
  const [active, setActive] = useState<DragData | null>(null);
  const [preview, setPreview] = useState<Order | null>(null);
  const previewRef = useRef<Order | null>(null);
  const landing = useRef<Landing>({ kind: 'none' });
  const usedIds = useMemo(() => usedSourceIds(local), [local]);
  const order = preview ?? orderOf(local);

  const categoryName = (categoryId: string) => {
    const category = local.categories.find((c) => c.id === categoryId);
    return category ? textIn(category.name, lang).text : categoryId;
  };

  const listLanding = (order: Order, categoryId: string, index: number): Landing => ({
    kind: 'list',
    category: categoryName(categoryId),
    position: index + 1,
    total: order[categoryId]!.length,
  });

  /** Where `movingId` stands in `order`, for the announcements. */
  const landingIn = (order: Order, movingId: string): Landing => {
    const categoryId = containerOf(order, movingId);
    return categoryId === undefined ? { kind: 'none' } : listLanding(order, categoryId, order[categoryId]!.indexOf(movingId));
  };

  const updatePreview = (next: Order | null) => {
    previewRef.current = next;
    setPreview(next);
  };

  const onDragStart = ({ active: dragged }: DragStartEvent) => {
    const data = dragged.data.current;
    if (!isDragData(data)) return;
    setActive(data);
    if (data.kind === 'local') reportActivity({ kind: 'dragging', elementId: data.elementId });
    const start = orderOf(local);
    updatePreview(start);
    landing.current = data.kind === 'local' ? landingIn(start, data.elementId) : { kind: 'none' };
  };

  const onDragOver = ({ active: dragged, over }: DragOverEvent) => {
    const data = dragged.data.current;
    const current = previewRef.current;
    if (!isDragData(data) || !current) return;
    const overId = idOf(over);
    const target = targetOf(current, overId);
    const translated = dragged.rect.current.translated;
    const below = !!over && !!translated && translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
    const next = hoverOrder(current, data.elementId, data.kind === 'generic', target, below);
    if (next !== current) updatePreview(next);
    if (data.kind === 'generic') {
      landing.current = landingIn(next, PLACEHOLDER_ID);
    } else {
      // Within a list, dnd-kit's sortable shows the new place; the order itself changes on drop.
      const position = dropPosition(next, data.elementId, overId);
      landing.current =
        target.kind === 'remove' ? { kind: 'remove' } : position ? listLanding(next, position.categoryId, position.index) : { kind: 'none' };
    }
  };

  const finish = () => {
    reportActivity(null);
    setActive(null);
    updatePreview(null);
  };

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    const data = dragged.data.current;
    const current = previewRef.current;
    finish();
    if (!isDragData(data) || !current) return;
    const overId = idOf(over);
    const store = useProfileStore.getState();
    if (data.kind === 'generic') {
      const categoryId = containerOf(current, PLACEHOLDER_ID);
      if (categoryId === undefined) return void (landing.current = { kind: 'none' });
      const id = store.addCopy(data.elementId, categoryId, current[categoryId]!.indexOf(PLACEHOLDER_ID));
      if (id) landing.current = landingIn(orderOf(useProfileStore.getState().local), id);
      return;
    }
    if (targetOf(current, overId).kind === 'remove') {
      store.remove(data.elementId);
      landing.current = { kind: 'remove' };
      return;
    }
    const position = overId === undefined ? undefined : dropPosition(current, data.elementId, overId);
    if (!position) return void (landing.current = { kind: 'none' });
    store.move(data.elementId, position.categoryId, position.index);
    requestFocus(data.elementId);
    landing.current = landingIn(orderOf(useProfileStore.getState().local), data.elementId);
  };

  const onDragCancel = () => finish();

  const [announcementMemory] = useState(() => ({ lastPlace: '' }));
  // The ref is read only when dnd-kit announces an event, never during render.
  // eslint-disable-next-line react-hooks/refs
  const announcements = boardAnnouncements(t, () => landing.current, announcementMemory);

  const activeElement = active && (active.kind === 'local' ? findElement(local, active.elementId)?.element : findElement(generic, active.elementId)?.element);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      // Lists grow and shrink while the preview moves things; measure them as they are, not as they were.
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: boardInstructions(t),
      }}
    >
      <p id="dnd-generic-instructions" hidden>
        {t('dnd.genericInstructions')}
      </p>
      <div className="board">
        <GenericPanel generic={generic} local={local} usedIds={usedIds} lang={lang} actions={actions} acceptsRemoval={active?.kind === 'local'} />
        <LocalPanel local={local} order={order} placeholderText={active?.kind === 'generic' ? active.text : undefined} lang={lang} actions={actions} />
      </div>
      <DragOverlay dropAnimation={null}>
        {activeElement ? (
          <div className="card card--overlay" lang={textIn(activeElement.text, lang).lang} dir={dirOf(textIn(activeElement.text, lang).lang)}>
            <span className="card__handle" aria-hidden="true">
              ⠿
            </span>
            <span className="card__text">{textIn(activeElement.text, lang).text}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
