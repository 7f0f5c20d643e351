/** The local profile being built: its title, the role's local name, the municipality and categories. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrigin } from '../../domain/origin';
import { MAX_MUNICIPALITY_LENGTH, MAX_TEXT_LENGTH } from '../../domain/limits';
import type { Profile, ProfileElement } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { PLACEHOLDER_ID, type Order } from '../../dnd/dragData';
import { genericElement, useGenericCatalog } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';
import { useDirection } from '../common/useDirection';
import { CommitField } from './CommitField';
import { LocalCategory } from './LocalCategory';
import type { ElementActions } from './useElementActions';

interface LocalPanelProps {
  local: Profile;
  order: Order;
  placeholderText?: string;
  lang: string;
  actions: ElementActions;
}

/** The local panel's element id: the skip link's target, and the visible drop area for drags. */
export const LOCAL_PROFILE_ID = 'local-profile';

const elementsOfIds = new WeakMap<readonly string[], ProfileElement[]>();

/**
 * A list's elements in display order: the same array for the same id list while its elements are
 * the same, so a list that a change or a drag leaves alone (it keeps its id list: see orderOf) is not
 * rendered again, its hundred cards not even compared (issue 8, speed).
 */
function elementsOf(ids: readonly string[], elementsById: ReadonlyMap<string, ProfileElement>): ProfileElement[] {
  const elements = ids.flatMap((id) => elementsById.get(id) ?? []);
  const before = elementsOfIds.get(ids);
  if (before && before.length === elements.length && before.every((element, index) => element === elements[index])) return before;
  elementsOfIds.set(ids, elements);
  return elements;
}

export function LocalPanel({ local, order, placeholderText, lang, actions }: LocalPanelProps) {
  const { t } = useTranslation();
  const setTitle = useProfileStore((state) => state.setTitle);
  const setRole = useProfileStore((state) => state.setRole);
  const setMunicipality = useProfileStore((state) => state.setMunicipality);
  // Rebuilt when the profile changes, not on every drag-preview render.
  const elementsById = useMemo(
    () => new Map<string, ProfileElement>(local.categories.flatMap((category) => category.elements.map((element) => [element.id, element] as const))),
    [local],
  );
  const basedOn = local.basedOn;
  // Elements copied from a generic profile still loading are told apart again once it is here.
  const catalog = useGenericCatalog((state) => state.profiles);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- catalog: genericElement reads it
  const originOf = useCallback((element: ProfileElement) => elementOrigin(element, (id) => genericElement(id, basedOn)), [basedOn, catalog]);
  const title = textIn(local.title, lang);
  const role = local.role && textIn(local.role, lang);
  const dir = useDirection()(lang);
  // Saved to the language the text was typed in (each field is keyed by it, see CommitField).
  const commitTitle = useCallback((value: string) => setTitle(value, lang), [setTitle, lang]);
  const commitRole = useCallback((value: string) => setRole(value, lang), [setRole, lang]);

  return (
    <section id={LOCAL_PROFILE_ID} className="panel panel--local" aria-labelledby="local-heading" tabIndex={-1}>
      <div className="panel__header">
        <h2 id="local-heading">{t('regions.local')}</h2>
        <div className="panel__fields">
          <CommitField
            key={`title-${lang}`}
            id="profile-title"
            label={t('local.title')}
            value={title.isFallback ? '' : title.text}
            placeholder={title.text}
            lang={lang}
            dir={dir}
            maxLength={MAX_TEXT_LENGTH}
            onCommit={commitTitle}
          />
          <CommitField
            key={`role-${lang}`}
            id="profile-role"
            label={t('local.role')}
            value={role && !role.isFallback ? role.text : ''}
            placeholder={role ? role.text : t('local.rolePlaceholder')}
            lang={lang}
            dir={dir}
            maxLength={MAX_TEXT_LENGTH}
            onCommit={commitRole}
          />
          <CommitField
            id="profile-municipality"
            label={t('local.municipality')}
            value={local.municipality ?? ''}
            placeholder={t('local.municipalityPlaceholder')}
            maxLength={MAX_MUNICIPALITY_LENGTH}
            onCommit={setMunicipality}
          />
        </div>
      </div>
      <div className="panel__categories">
        {local.categories.map((category) => {
          const ids = order[category.id] ?? [];
          return (
            <LocalCategory
              key={category.id}
              category={category}
              ids={ids}
              elements={elementsOf(ids, elementsById)}
              placeholderText={ids.includes(PLACEHOLDER_ID) ? placeholderText : undefined}
              lang={lang}
              actions={actions}
              originOf={originOf}
            />
          );
        })}
      </div>
    </section>
  );
}
