/**
 * An element of the local profile: sortable, renamable, with the full menu. It is a dnd-kit sortable
 * only while near the view (SortableBinding, nearView.ts); a press, touch or key on a card far from
 * it makes it one at once, before dnd-kit sees the event, so any card can be picked up any time.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type TouchEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import type { ElementOrigin } from '../../domain/origin';
import { findElement } from '../../domain/operations';
import type { ProfileElement } from '../../domain/profile';
import { normalizeText, textIn } from '../../domain/text';
import { outdatedSource } from '../../domain/translationSource';
import type { DragData } from '../../dnd/dragData';
import { matchesFilter } from '../../domain/marks';
import { openAnnotation, useWorkshopView } from '../../store/workshopView';
import type { MenuItem } from '../common/CardMenu';
import { reportActivity, useLiveStore } from '../../store/liveStore';
import { useProfileStore } from '../../store/profileStore';
import { CardView } from './CardView';
import { isNear, markNear, useNear, watchNearness } from './nearView';
import { SortableBinding, type CardNodes, type SortableListeners } from './SortableBinding';
import type { ElementActions } from './useElementActions';

interface LocalCardProps {
  element: ProfileElement;
  categoryId: string;
  categoryColor: string;
  /** dnd-kit's role description, translated once per list. */
  roleDescription: string;
  /** The list's translate function: one i18n subscription per list, not per card. */
  t: TFunction;
  lang: string;
  actions: ElementActions;
  /** Where an element came from (stable per profile, so the memoised card is not re-rendered for nothing). */
  originOf: (element: ProfileElement) => ElementOrigin;
}

export const LocalCard = memo(function LocalCard({ element, categoryId, categoryColor, roleDescription, t, lang, actions, originOf }: LocalCardProps) {
  // The language (and text) a rename was opened in: it saves there, whatever the language settings
  // are by the time it is saved.
  const [editing, setEditing] = useState<{ lang: string; text: string } | null>(null);
  // A boolean per card: changing the filter re-renders only the cards it shows or hides.
  const filteredOut = useWorkshopView((state) => !matchesFilter(element, state.filter));
  const presence = useLiveStore((state) => state.activities[element.id]);
  // In live work the others see who is renaming which card.
  const isEditing = editing !== null;
  useEffect(() => {
    if (!isEditing) return;
    reportActivity({ kind: 'renaming', elementId: element.id });
    return () => reportActivity(null);
  }, [isEditing, element.id]);
  const shown = useMemo(() => textIn(element.text, lang), [element.text, lang]);
  const startEditing = useCallback(() => setEditing({ lang, text: shown.text }), [lang, shown.text]);
  const origin = useMemo(() => originOf(element), [originOf, element]);
  const outdatedFrom = useMemo(() => outdatedSource({ text: element.text, from: element.translatedFrom?.text }, lang), [element, lang]);
  const [showOriginal, setShowOriginal] = useState(false);
  const original = useMemo(
    () => (showOriginal && origin.kind === 'adapted' ? textIn(origin.original.text, lang) : undefined),
    [showOriginal, origin, lang],
  );
  const data: DragData = useMemo(() => ({ kind: 'local', elementId: element.id, text: shown.text }), [element.id, shown.text]);
  const near = useNear(element.id);
  const [isDragging, setDragging] = useState(false);
  const nodes = useRef<CardNodes>({ item: null, handle: null });
  const sortableListeners = useRef<SortableListeners>(undefined);
  const elementId = element.id;
  const itemRef = useCallback(
    (node: HTMLLIElement | null) => {
      nodes.current.item = node;
      if (!node) return;
      const stop = watchNearness(node, elementId);
      return () => {
        nodes.current.item = null;
        stop();
      };
    },
    [elementId],
  );
  const handleRef = useCallback((node: HTMLButtonElement | null) => {
    nodes.current.handle = node;
  }, []);
  const paintGlide = useCallback((transform: string, transition: string) => {
    const item = nodes.current.item;
    if (!item) return;
    item.style.transform = transform;
    item.style.transition = transition;
  }, []);
  // Hands each event to dnd-kit's listener, making the card a sortable first if it is not one yet.
  const handleProps = useMemo(() => {
    const bind = () => {
      if (!isNear(elementId)) flushSync(() => markNear(elementId));
    };
    return {
      'aria-roledescription': roleDescription,
      'aria-disabled': editing !== null,
      'aria-pressed': isDragging || undefined,
      onFocus: () => markNear(elementId),
      onPointerDown: (event: PointerEvent<HTMLElement>) => {
        bind();
        sortableListeners.current?.onPointerDown?.(event);
      },
      onTouchStart: (event: TouchEvent<HTMLElement>) => {
        bind();
        sortableListeners.current?.onTouchStart?.(event);
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        bind();
        sortableListeners.current?.onKeyDown?.(event);
      },
    };
  }, [elementId, roleDescription, editing, isDragging]);

  // Everything handed to the (memoised) CardView is kept stable, so during a drag only the cards
  // that actually move re-render — with hundreds of elements that is the difference between smooth
  // and sluggish.
  // The menu is built when it opens (its place and the other categories are read then), so nothing
  // the menu shows keeps the card from staying put while a drag moves its neighbours.
  const getMenuItems = useCallback((): MenuItem[] => {
    const { local } = useProfileStore.getState();
    const at = findElement(local, element.id);
    const index = at?.index ?? 0;
    const count = at?.category.elements.length ?? 0;
    return [
      { label: t('card.rename'), onSelect: startEditing },
      { label: t('card.moveUp'), onSelect: () => actions.moveBy(element.id, -1), disabled: index === 0 },
      { label: t('card.moveDown'), onSelect: () => actions.moveBy(element.id, 1), disabled: index === count - 1 },
      ...local.categories
        .filter((other) => other.id !== categoryId)
        .map((other) => ({
          label: t('card.moveTo', { category: textIn(other.name, lang).text }),
          onSelect: () => actions.moveTo(element.id, other.id),
        })),
      { label: t('annotate.menuItem'), onSelect: () => openAnnotation(element.id) },
      ...(outdatedFrom !== undefined ? [{ label: t('card.confirmTranslation'), onSelect: () => actions.confirmTranslation(element.id, lang) }] : []),
      ...(origin.kind === 'adapted'
        ? [
            { label: showOriginal ? t('card.hideOriginal') : t('card.showOriginal'), onSelect: () => setShowOriginal((value) => !value) },
            { label: t('card.resetToOriginal'), onSelect: () => actions.resetToOriginal(element.id) },
          ]
        : []),
      { label: t('card.duplicate'), onSelect: () => actions.duplicate(element.id) },
      { label: t('card.remove'), onSelect: () => actions.remove(element.id) },
    ];
  }, [t, actions, element.id, categoryId, lang, startEditing, outdatedFrom, origin.kind, showOriginal]);

  const onHandleKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (isDragging) return false;
      if (event.key === 'Enter' || event.key === 'F2') {
        startEditing();
        return true;
      }
      if (event.key === 'Delete') {
        actions.remove(element.id);
        return true;
      }
      return false;
    },
    [isDragging, actions, element.id, startEditing],
  );
  const stopEditing = useCallback(() => setEditing(null), []);
  const rename = useCallback(
    (text: string) => {
      // Saving the text as it was opened is no change (and must not turn shown Danish into a "translation").
      if (!editing || normalizeText(text) === normalizeText(editing.text)) return;
      actions.rename(element.id, text, editing.lang);
    },
    [actions, element.id, editing],
  );
  const bodyProps = useMemo(() => ({ onPointerDown: handleProps.onPointerDown, onTouchStart: handleProps.onTouchStart }), [handleProps]);
  // The glide's transform is written by SortableBinding, not rendered here.
  const style = useMemo(() => ({ ['--category-color' as string]: categoryColor }), [categoryColor]);

  return (
    <>
      <CardView
        id={element.id}
        shown={shown}
        variant="local"
        origin={origin.kind}
        outdatedFrom={outdatedFrom}
        original={original}
        getMenuItems={getMenuItems}
        editing={editing !== null}
        editLang={editing?.lang}
        onStartEditing={startEditing}
        onStopEditing={stopEditing}
        onRename={rename}
        onHandleKey={onHandleKey}
        itemRef={itemRef}
        handleRef={handleRef}
        handleProps={handleProps}
        bodyProps={bodyProps}
        style={style}
        isDragging={isDragging}
        marks={element.marks}
        note={element.note}
        filteredOut={filteredOut}
        presence={presence}
      />
      {near && (
        <SortableBinding
          id={element.id}
          data={data}
          disabled={editing !== null}
          roleDescription={roleDescription}
          nodes={nodes}
          listenersRef={sortableListeners}
          onDraggingChange={setDragging}
          paintGlide={paintGlide}
        />
      )}
    </>
  );
});
