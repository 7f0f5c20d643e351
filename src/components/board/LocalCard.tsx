/** An element of the local profile: sortable, renamable, with the full menu. */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ProfileElement } from '../../domain/profile';
import { textIn } from '../../domain/text';
import type { DragData } from '../../dnd/dragData';
import { reportActivity, useLiveStore } from '../../store/liveStore';
import type { MenuItem } from './CardMenu';
import { CardView } from './CardView';
import type { ElementActions } from './useElementActions';

interface LocalCardProps {
  element: ProfileElement;
  category: Category;
  categories: Category[];
  index: number;
  count: number;
  lang: string;
  actions: ElementActions;
}

export function LocalCard({ element, category, categories, index, count, lang, actions }: LocalCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const presence = useLiveStore((state) => state.activities[element.id]);
  // In live work the others see who is renaming which card.
  useEffect(() => {
    if (!editing) return;
    reportActivity({ kind: 'renaming', elementId: element.id });
    return () => reportActivity(null);
  }, [editing, element.id]);
  const shown = useMemo(() => textIn(element.text, lang), [element.text, lang]);
  const data: DragData = { kind: 'local', elementId: element.id, text: shown.text };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: element.id,
    data,
    disabled: editing,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });

  // Everything handed to the (memoised) CardView is kept stable, so during a drag only the cards
  // that actually move re-render — with hundreds of elements that is the difference between smooth
  // and sluggish.
  const menuItems: MenuItem[] = useMemo(
    () => [
      { label: t('card.rename'), onSelect: () => setEditing(true) },
      { label: t('card.moveUp'), onSelect: () => actions.moveBy(element.id, -1), disabled: index === 0 },
      { label: t('card.moveDown'), onSelect: () => actions.moveBy(element.id, 1), disabled: index === count - 1 },
      ...categories
        .filter((other) => other.id !== category.id)
        .map((other) => ({
          label: t('card.moveTo', { category: textIn(other.name, lang).text }),
          onSelect: () => actions.moveTo(element.id, other.id),
        })),
      { label: t('card.duplicate'), onSelect: () => actions.duplicate(element.id) },
      { label: t('card.remove'), onSelect: () => actions.remove(element.id) },
    ],
    [t, actions, element.id, index, count, categories, category.id, lang],
  );

  const onHandleKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (isDragging) return false;
      if (event.key === 'Enter' || event.key === 'F2') {
        setEditing(true);
        return true;
      }
      if (event.key === 'Delete') {
        actions.remove(element.id);
        return true;
      }
      return false;
    },
    [isDragging, actions, element.id],
  );
  const startEditing = useCallback(() => setEditing(true), []);
  const stopEditing = useCallback(() => setEditing(false), []);
  const rename = useCallback((text: string) => actions.rename(element.id, text), [actions, element.id]);
  const handleProps = useMemo(() => ({ ...attributes, ...listeners }), [attributes, listeners]);
  const transformCss = CSS.Translate.toString(transform);
  const style = useMemo(
    () => ({ transform: transformCss, transition, ['--category-color' as string]: category.color }),
    [transformCss, transition, category.color],
  );

  return (
    <CardView
      id={element.id}
      shown={shown}
      variant="local"
      menuItems={menuItems}
      editing={editing}
      onStartEditing={startEditing}
      onStopEditing={stopEditing}
      onRename={rename}
      onHandleKey={onHandleKey}
      itemRef={setNodeRef}
      handleRef={setActivatorNodeRef}
      handleProps={handleProps}
      style={style}
      isDragging={isDragging}
      presence={presence}
    />
  );
}
