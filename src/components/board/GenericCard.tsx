/** An element of the generic profile: dragged as a copy, never changed; marked when in use. */
import { useDraggable } from '@dnd-kit/core';
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ProfileElement } from '../../domain/profile';
import { shorten, textIn } from '../../domain/text';
import { genericDragId, type DragData } from '../../dnd/dragData';
import { bodyDragListeners } from '../../dnd/sensors';
import { CardView } from './CardView';
import type { ElementActions } from './useElementActions';

interface GenericCardProps {
  element: ProfileElement;
  category: Category;
  localCategories: Category[];
  inUse: boolean;
  lang: string;
  actions: ElementActions;
}

export function GenericCard({ element, category, localCategories, inUse, lang, actions }: GenericCardProps) {
  const { t } = useTranslation();
  const shown = useMemo(() => textIn(element.text, lang), [element.text, lang]);
  const data: DragData = { kind: 'generic', elementId: element.id, text: shown.text, categoryId: category.id };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: genericDragId(element.id),
    data,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  // Same category in the local profile when it has one, else its first.
  const defaultTarget = localCategories.find((c) => c.id === category.id) ?? localCategories[0];

  // Stable props for the memoised CardView (see LocalCard).
  const onHandleKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (isDragging || event.key !== 'Enter' || !defaultTarget) return false;
      actions.addCopy(element.id, defaultTarget.id);
      return true;
    },
    [isDragging, defaultTarget, actions, element.id],
  );
  const getMenuItems = useCallback(
    () =>
      localCategories.map((target) => ({
        label: t('card.addTo', { category: textIn(target.name, lang).text }),
        onSelect: () => actions.addCopy(element.id, target.id),
      })),
    [localCategories, t, lang, actions, element.id],
  );
  const handleProps = useMemo(
    () => ({ ...attributes, ...listeners, 'aria-describedby': 'dnd-generic-instructions' }),
    [attributes, listeners],
  );
  const bodyProps = useMemo(() => bodyDragListeners(listeners), [listeners]);
  const style = useMemo(() => ({ ['--category-color' as string]: category.color }), [category.color]);
  const quickAdd = useMemo(
    () =>
      defaultTarget && {
        label: t('card.quickAdd', { text: shorten(shown.text) }),
        onAdd: () => actions.addCopy(element.id, defaultTarget.id),
      },
    [defaultTarget, t, shown.text, actions, element.id],
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
}
