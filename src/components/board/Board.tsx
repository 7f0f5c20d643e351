/**
 * The builder: the generic profile beside the local one, in one dnd-kit context. While dragging,
 * a preview order moves things around on screen; on drop exactly one store action runs (so one
 * undo step), and Escape puts everything back.
 */
import { DndContext, DragOverlay, MeasuringStrategy, type DragEndEvent, type DragMoveEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { countElements, findElement, usedSourceIds } from '../../domain/operations';
import { shorten, textIn } from '../../domain/text';
import { boardAnnouncements, boardInstructions, type Landing } from '../../dnd/announcements';
import { createBoardCollision } from '../../dnd/collision';
import type { Box } from '../../dnd/dropSlot';
import { isDragData, PLACEHOLDER_ID, type DragData, type Order } from '../../dnd/dragData';
import { createPreviewGate } from '../../dnd/previewGate';
import { containerOf, dropPosition, orderOf, previewAfterHover, targetOf } from '../../dnd/previewOrder';
import { useBoardSensors } from '../../dnd/sensors';
import { genericProfile, useGenericCatalog } from '../../store/catalog';
import { reportActivity } from '../../store/liveStore';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { requestFocus } from '../common/focusRequest';
import { useDirection } from '../common/useDirection';
import { GenericPanel } from './GenericPanel';
import { LOCAL_PROFILE_ID, LocalPanel } from './LocalPanel';
import { holdNearness, releaseNearness } from './nearView';
import { useElementActions } from './useElementActions';

/** The visible part of the local profile (its panel scrolls): lists outside it are no targets. */
function localAreaBox(): Box | undefined {
  const rect = document.getElementById(LOCAL_PROFILE_ID)?.getBoundingClientRect();
  return rect && { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

// Measured while a drag runs (dnd-kit measures again when lists change under it), never at rest:
// `Always` also measured every card again after each drop, a long task with hundreds of cards
// (issue 8), for rects nothing reads between drags. One object for all renders, so dnd-kit's
// measuring configuration is not rebuilt on each.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

const isKeyboard = (event: Event) => typeof KeyboardEvent !== 'undefined' && event instanceof KeyboardEvent;

/** dnd-kit ids may be numbers; ours are strings. */
const idOf = (over: { id: string | number } | null) => (over === null ? undefined : String(over.id));

export function Board() {
  const { t } = useTranslation();
  const local = useProfileStore((state) => state.local);
  const genericId = useProfileStore((state) => state.genericId);
  const lang = useProfileStore((state) => state.contentLanguage);
  useGenericCatalog((state) => state.profiles); // shown again when the generic profiles have loaded
  const generic = genericProfile(genericId);
  const actions = useElementActions();
  const sensors = useBoardSensors();
  const dirOf = useDirection();
  const [active, setActive] = useState<DragData | null>(null);
  const [preview, setPreview] = useState<Order | null>(null);
  const previewRef = useRef<Order | null>(null);
  const startOrder = useRef<Order | null>(null);
  const [gate] = useState(createPreviewGate);
  const collision = useMemo(() => createBoardCollision(localAreaBox), []);
  const landing = useRef<Landing>({ kind: 'none' });
  // The same set while the same generic elements are in use (zustand compares sets by content): a
  // rename or a reorder in the local profile then leaves the memoised generic panel alone.
  const usedIds = useProfileStore(useShallow((state) => usedSourceIds(state.local)));
  const savedOrder = useMemo(() => orderOf(local), [local]);
  const order = preview ?? savedOrder;
  // On a phone one panel fills the screen; on wider screens both show and this switch is hidden (CSS).
  const [phoneView, setPhoneView] = useState<'generic' | 'local'>('generic');

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
    holdNearness();
    setActive(data);
    if (data.kind === 'local') reportActivity({ kind: 'dragging', elementId: data.elementId });
    const start = orderOf(local);
    startOrder.current = start;
    gate.reset();
    updatePreview(start);
    landing.current = data.kind === 'local' ? landingIn(start, data.elementId) : { kind: 'none' };
  };

  /** Follows the drag: called when the slot under it changes (onDragOver) and when it moves (onDragMove). */
  const followDrag = ({ active: dragged, over, activatorEvent, delta }: DragOverEvent | DragMoveEvent) => {
    const data = dragged.data.current;
    const current = previewRef.current;
    if (!isDragData(data) || !current) return;
    const overId = idOf(over);
    // A pointer's collision names the card to go before (see dnd/collision.ts); the keyboard's names
    // the card it stands on, and its half decides.
    const translated = dragged.rect.current.translated;
    const below = isKeyboard(activatorEvent) && !!over && !!translated && translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
    const proposed = previewAfterHover(current, startOrder.current ?? current, data, overId, below);
    const shown = proposed !== current && gate.allows(delta) ? proposed : current;
    if (shown !== current) updatePreview(shown);
    if (data.kind === 'generic') {
      landing.current = landingIn(shown, PLACEHOLDER_ID);
    } else {
      // Within a list, dnd-kit's sortable shows the new place; the order itself changes on drop.
      const position = dropPosition(shown, data.elementId, overId);
      landing.current =
        targetOf(shown, overId).kind === 'remove' ? { kind: 'remove' } : position ? listLanding(shown, position.categoryId, position.index) : { kind: 'none' };
    }
  };

  const finish = () => {
    releaseNearness();
    reportActivity(null);
    setActive(null);
    updatePreview(null);
  };

  /**
   * A drop the user may not have seen land (a keyboard drag, or one whose card ended up out of view)
   * is shown with Fortryd; a drop that changed nothing says why on screen. dnd-kit's live region has
   * already said both to a screen reader, so the message is not spoken twice.
   */
  const showDrop = (kind: DragData['kind'], shortText: string, where: Landing, keyboard: boolean, elementId?: string) => {
    if (where.kind === 'none') {
      const why = kind === 'generic' ? t('messages.notAdded', { text: shortText }) : t('messages.notMoved', { text: shortText });
      return announce(why, { visible: true, tone: 'warning', spoken: false });
    }
    const place = where.kind === 'list' ? { text: shortText, category: where.category, position: where.position, total: where.total } : undefined;
    const message = !place ? t('announce.removed', { text: shortText }) : kind === 'generic' ? t('announce.added', place) : t('announce.moved', place);
    const show = () => announce(message, { undoable: true, spoken: false });
    if (keyboard || where.kind === 'remove') return show();
    // After the drop has rendered: a card that landed outside its panel's visible part was not seen.
    requestAnimationFrame(() => {
      const card = elementId && document.querySelector(`#${LOCAL_PROFILE_ID} [data-element-id="${CSS.escape(elementId)}"]`);
      const panel = document.getElementById(LOCAL_PROFILE_ID)?.getBoundingClientRect();
      const box = card instanceof Element ? card.getBoundingClientRect() : undefined;
      const seen = box && panel && box.top >= Math.max(panel.top, 0) && box.bottom <= Math.min(panel.bottom, window.innerHeight);
      if (!seen) show();
    });
  };

  const onDragEnd = ({ active: dragged, over, activatorEvent }: DragEndEvent) => {
    const data = dragged.data.current;
    const current = previewRef.current;
    finish();
    if (!isDragData(data)) return;
    const name = shorten(data.text);
    const keyboard = isKeyboard(activatorEvent);
    if (!current) {
      // Never over a list on the way (dropped on the header, say): nothing changed, and it says why.
      landing.current = { kind: 'none' };
      return showDrop(data.kind, name, landing.current, keyboard);
    }
    const overId = idOf(over);
    const store = useProfileStore.getState();
    if (data.kind === 'generic') {
      const categoryId = containerOf(current, PLACEHOLDER_ID);
      if (categoryId === undefined) {
        landing.current = { kind: 'none' };
        return showDrop('generic', name, landing.current, keyboard);
      }
      const id = store.addCopy(data.elementId, categoryId, current[categoryId]!.indexOf(PLACEHOLDER_ID));
      if (id) {
        landing.current = landingIn(orderOf(useProfileStore.getState().local), id);
        showDrop('generic', name, landing.current, keyboard, id);
      }
      return;
    }
    if (targetOf(current, overId).kind === 'remove') {
      store.remove(data.elementId);
      landing.current = { kind: 'remove' };
      // Dropped on the generic profile on purpose and watched: no message unless by keyboard.
      if (keyboard) showDrop('local', name, landing.current, keyboard);
      return;
    }
    const position = overId === undefined ? undefined : dropPosition(current, data.elementId, overId);
    if (!position) {
      landing.current = { kind: 'none' };
      return showDrop('local', name, landing.current, keyboard);
    }
    const before = useProfileStore.getState().local;
    store.move(data.elementId, position.categoryId, position.index);
    requestFocus(data.elementId);
    landing.current = landingIn(orderOf(useProfileStore.getState().local), data.elementId);
    if (useProfileStore.getState().local !== before) showDrop('local', name, landing.current, keyboard, data.elementId);
  };

  const onDragCancel = () => finish();

  const [announcementMemory] = useState(() => ({ lastPlace: '' }));
  // One object per language: dnd-kit re-subscribes its announcer whenever this changes. The ref is
  // read only when dnd-kit announces an event, never during render.
  const accessibility = useMemo(
    // eslint-disable-next-line react-hooks/refs
    () => ({ announcements: boardAnnouncements(t, () => landing.current, announcementMemory), screenReaderInstructions: boardInstructions(t) }),
    [t, announcementMemory],
  );

  const activeElement = active && (active.kind === 'local' ? findElement(local, active.elementId)?.element : findElement(generic, active.elementId)?.element);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      measuring={MEASURING}
      onDragStart={onDragStart}
      onDragOver={followDrag}
      onDragMove={followDrag}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <p id="dnd-generic-instructions" hidden>
        {t('dnd.genericInstructions')}
      </p>
      <div className="phone-switch" role="group" aria-label={t('phone.switch')}>
        <button type="button" aria-pressed={phoneView === 'generic'} onClick={() => setPhoneView('generic')}>
          {t('regions.generic')}
        </button>
        <button type="button" aria-pressed={phoneView === 'local'} onClick={() => setPhoneView('local')}>
          {t('regions.local')} <span className="phone-switch__count">{countElements(local)}</span>
        </button>
      </div>
      {/* While dragging, cards glide to make room (a CSS transition: see LocalCard's style). */}
      <div className={`board board--phone-${phoneView}${active ? ' board--dragging' : ''}`}>
        <GenericPanel generic={generic} canAdd={local.categories.length > 0} usedIds={usedIds} lang={lang} actions={actions} acceptsRemoval={active?.kind === 'local'} />
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
