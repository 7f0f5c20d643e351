/**
 * The generic profile: read-only source of elements, and the place to drag a local element back to
 * (to remove it). Which generic profile is shown can be chosen.
 */
import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { GENERIC_AREA_ID } from '../../dnd/dragData';
import { useProfileStore } from '../../store/profileStore';
import { AboutProfileButton } from './AboutProfile';
import { GenericProfileSelect } from '../common/GenericProfileSelect';
import { useDirection } from '../common/useDirection';
import { CategoryHeading } from './CategoryHeading';
import { GenericCard } from './GenericCard';
import type { ElementActions } from './useElementActions';

interface GenericPanelProps {
  generic: Profile;
  /** False while the local profile has no category to add to. */
  canAdd: boolean;
  /** The same set while the same generic elements are in use (see Board). */
  usedIds: ReadonlySet<string>;
  lang: string;
  actions: ElementActions;
  /** True while a local element is dragged: the panel becomes a "drop to remove" target. */
  acceptsRemoval: boolean;
}

/** Memoised: a change to the local profile renders the generic one again only when its "in use" marks change. */
export const GenericPanel = memo(function GenericPanel({ generic, canAdd, usedIds, lang, actions, acceptsRemoval }: GenericPanelProps) {
  const { t } = useTranslation();
  const showGeneric = useProfileStore((state) => state.showGeneric);
  const { setNodeRef, isOver } = useDroppable({ id: GENERIC_AREA_ID });
  const title = textIn(generic.title, lang);
  const dirOf = useDirection();
  // Translated once per panel, not once per card and render.
  const roleDescription = t('dnd.roleDescription');

  return (
    <section
      ref={setNodeRef}
      className={`panel panel--generic${acceptsRemoval ? ' panel--accepts-removal' : ''}${isOver && acceptsRemoval ? ' panel--over' : ''}`}
      aria-labelledby="generic-heading"
    >
      <div className="panel__header">
        <h2 id="generic-heading">{t('regions.generic')}</h2>
        <GenericProfileSelect label={t('generic.choose')} value={generic.id} lang={lang} onChange={showGeneric} />
        <p className="panel__title" lang={title.lang} dir={dirOf(title.lang)}>
          {title.text}
        </p>
        <AboutProfileButton profile={generic} />
        {/* Swapped in place, not inserted: a layout shift mid-drag would move the drop targets. */}
        <p className={acceptsRemoval ? 'panel__intro panel__drop-hint' : 'panel__intro'}>
          {acceptsRemoval ? t('generic.dropToRemove') : t('generic.intro')}
        </p>
      </div>
      <div className="panel__categories">
        {generic.categories.map((category) => {
          const headingId = `generic-heading-${category.id}`;
          return (
            <section key={category.id} className="category" style={{ ['--category-color' as string]: category.color }} aria-labelledby={headingId}>
              <CategoryHeading id={headingId} category={category} lang={lang} count={category.elements.length} />
              <ul className="card-list" aria-labelledby={headingId}>
                {category.elements.map((element) => (
                  <GenericCard
                    key={element.id}
                    element={element}
                    category={category}
                    canAdd={canAdd}
                    roleDescription={roleDescription}
                    inUse={usedIds.has(element.id)}
                    lang={lang}
                    actions={actions}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
});
