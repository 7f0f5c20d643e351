/** One category of the local profile: a sortable list, a drop target, and "add element". */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext } from '@dnd-kit/sortable';
import { memo, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ElementOrigin } from '../../domain/origin';
import type { Category, ProfileElement } from '../../domain/profile';
import { hasRoomForElement } from '../../domain/operations';
import { textIn } from '../../domain/text';
import type { ListDropData } from '../../dnd/collision';
import { boardSortingStrategy } from '../../dnd/sortingStrategy';
import { useProfileStore } from '../../store/profileStore';
import { listDropId, PLACEHOLDER_ID } from '../../dnd/dragData';
import { useDirection } from '../common/useDirection';
import { CategoryHeading } from './CategoryHeading';
import { DropPlaceholder } from './DropPlaceholder';
import { LocalCard } from './LocalCard';
import { TextEditor } from '../common/TextEditor';
import type { ElementActions } from './useElementActions';

interface LocalCategoryProps {
  category: Category;
  /** Element ids in display order (differs from the profile while a drag is under way). */
  ids: string[];
  /** The elements of `ids` (the placeholder left out), the same array while they are the same. */
  elements: ProfileElement[];
  placeholderText?: string;
  lang: string;
  actions: ElementActions;
  originOf: (element: ProfileElement) => ElementOrigin;
}

/** Memoised: a list that a change or a drag leaves alone is not rendered again. */
export const LocalCategory = memo(function LocalCategory({ category, ids, elements, placeholderText, lang, actions, originOf }: LocalCategoryProps) {
  const { t } = useTranslation();
  // The language the add field was opened in: a new element is written in it, whatever happens meanwhile.
  const [adding, setAdding] = useState<string | null>(null);
  // The collision detection reads the list's cards from here (see dnd/collision.ts).
  const dropData: ListDropData = useMemo(() => ({ ids }), [ids]);
  const { setNodeRef, isOver } = useDroppable({ id: listDropId(category.id), data: dropData });
  const name = textIn(category.name, lang);
  const headingId = `local-heading-${category.id}`;
  const dirOf = useDirection();
  const count = ids.filter((id) => id !== PLACEHOLDER_ID).length;
  // Translated once per list, not once per card and render.
  const roleDescription = t('dnd.roleDescription');
  let next = 0;

  return (
    <section className="category" style={{ ['--category-color' as string]: category.color }} aria-labelledby={headingId}>
      <CategoryHeading id={headingId} category={category} lang={lang} count={count} />
      <div className="category__drop">
        <SortableContext id={category.id} items={ids} strategy={boardSortingStrategy}>
          <ul ref={setNodeRef} className={`card-list${isOver ? ' card-list--over' : ''}`} aria-labelledby={headingId}>
            {ids.map((id) => {
              if (id === PLACEHOLDER_ID) return <DropPlaceholder key={id} text={placeholderText ?? ''} />;
              // `elements` is `ids` without the placeholder (and without ids the profile lacks).
              const element = elements[next]?.id === id ? elements[next++] : undefined;
              if (!element) return null;
              return (
                <LocalCard
                  key={id}
                  element={element}
                  categoryId={category.id}
                  categoryColor={category.color}
                  roleDescription={roleDescription}
                  t={t}
                  lang={lang}
                  actions={actions}
                  originOf={originOf}
                />
              );
            })}
          </ul>
        </SortableContext>
        {ids.length === 0 && <p className="category__empty">{t('local.emptyCategory')}</p>}
      </div>
      {adding !== null ? (
        <TextEditor
          label={t('add.label', { category: name.text })}
          lang={adding}
          dir={dirOf(adding)}
          saveOnBlur={false}
          clearAfterSave
          onSave={(text) => actions.addOwn(category.id, text, adding)}
          onCancel={() => {
            // Render the button now so focus can return to it at once, not to <body>.
            flushSync(() => setAdding(null));
            document.getElementById(`add-${category.id}`)?.focus();
          }}
        />
      ) : (
        <button
          id={`add-${category.id}`}
          type="button"
          className="add-button"
          aria-label={t('add.buttonIn', { category: name.text })}
          onClick={() => {
            // A full profile says so at once, rather than after the new text has been typed.
            if (hasRoomForElement(useProfileStore.getState().local)) setAdding(lang);
            else useProfileStore.getState().refuse('too_many_elements');
          }}
        >
          <span aria-hidden="true">+ </span>
          {t('add.button')}
        </button>
      )}
    </section>
  );
});
