/**
 * An element of the generic profile: dragged as a copy, never changed; marked when in use.
 * Memoised, and the local categories its menu and Enter add to are read when used, so a change to
 * the local profile re-renders only the generic cards whose "in use" mark changes (issue 8, speed).
 */
import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ProfileElement } from '../../domain/profile';
import { useProfileStore } from '../../store/profileStore';
import { shorten, textIn } from '../../domain/text';
import { genericDragId, type DragData } from '../../dnd/dragData';
import { bodyDragListeners } from '../../dnd/sensors';
import { CardView } from './CardView';
import type { ElementActions } from './useElementActions';

interface GenericCardProps {
  element: ProfileElement;
  category: Category;
  /** Whether the local profile has a category to add to (it always has, unless it was emptied by an import). */
  canAdd: boolean;
  inUse: boolean;
  lang: string;
  actions: ElementActions;
  /** dnd-kit's role description, translated once per panel. */
  roleDescription: string;
}

/** The local category a generic element goes to: the same category when the local profile has it, else its first. */
const defaultTargetOf = (categoryId: string) => {
  const { categories } = useProfileStore.getState().local;
  return categories.find((c) => c.id === categoryId) ?? categories[0];
};

export const GenericCard = memo(function GenericCard({ element, category, canAdd, inUse, lang, actions, roleDescription }: GenericCardProps) {
  const { t } = useTranslation();
  const shown = useMemo(() => textIn(element.text, lang), [element.text, lang]);
  const data: DragData = useMemo(
    () => ({ kind: 'generic', elementId: element.id, text: shown.text, categoryId: category.id }),
    [element.id, shown.text, category.id],
  );
  const draggableAttributes = useMemo(() => ({ roleDescription }), [roleDescription]);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: genericDragId(element.id),
    data,
    attributes: draggableAttributes,
  });

  // Stable props for the memoised CardView (see LocalCard).
  const onHandleKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      const target = defaultTargetOf(category.id);
      if (isDragging || event.key !== 'Enter' || !target) return false;
      actions.addCopy(element.id, target.id);
      return true;
    },
    [isDragging, category.id, actions, element.id],
  );
  const getMenuItems = useCallback(
    () =>
      useProfileStore.getState().local.categories.map((target) => ({
        label: t('card.addTo', { category: textIn(target.name, lang).text }),
        onSelect: () => actions.addCopy(element.id, target.id),
      })),
    [t, lang, actions, element.id],
  );
  const handleProps = useMemo(
    () => ({ ...attributes, ...listeners, 'aria-describedby': 'dnd-generic-instructions' }),
    [attributes, listeners],
  );
  const bodyProps = useMemo(() => bodyDragListeners(listeners), [listeners]);
  const style = useMemo(() => ({ ['--category-color' as string]: category.color }), [category.color]);
  const quickAdd = useMemo(
    () =>
      canAdd
        ? {
            label: t('card.quickAdd', { text: shorten(shown.text) }),
            onAdd: () => {
              const target = defaultTargetOf(category.id);
              if (target) actions.addCopy(element.id, target.id);
            },
          }
        : undefined,
    [canAdd, t, shown.text, actions, element.id, category.id],
  );

  return (
    <CardView
      id={genericDragId(element.id)}
      shown={shown}
      variant="generic"
      inUse={inUse}
      getMenuItems={getMenuItems}
      onHandleKey={onHandleKey}
      itemRef={setNodeRef}
      handleRef={setActivatorNodeRef}
      handleProps={handleProps}
      bodyProps={bodyProps}
      style={style}
      isDragging={isDragging}
      quickAdd={quickAdd}
    />
  );
});
