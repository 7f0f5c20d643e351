/** The local profile being built: its title, municipality and categories. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MUNICIPALITY_LENGTH, MAX_TEXT_LENGTH } from '../../domain/limits';
import type { Profile, ProfileElement } from '../../domain/profile';
import { textIn } from '../../domain/text';
import type { Order } from '../../dnd/dragData';
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

export function LocalPanel({ local, order, placeholderText, lang, actions }: LocalPanelProps) {
  const { t } = useTranslation();
  const setTitle = useProfileStore((state) => state.setTitle);
  const setMunicipality = useProfileStore((state) => state.setMunicipality);
  // Rebuilt when the profile changes, not on every drag-preview render.
  const elementsById = useMemo(
    () => new Map<string, ProfileElement>(local.categories.flatMap((category) => category.elements.map((element) => [element.id, element] as const))),
    [local],
  );
  const title = textIn(local.title, lang);
  const dir = useDirection()(lang);

  return (
    <section id={LOCAL_PROFILE_ID} className="panel panel--local" aria-labelledby="local-heading" tabIndex={-1}>
      <div className="panel__header">
        <h2 id="local-heading">{t('regions.local')}</h2>
        <div className="panel__fields">
          <CommitField id="profile-title" label={t('local.title')} value={title.isFallback ? '' : title.text} placeholder={title.text} lang={lang} dir={dir} maxLength={MAX_TEXT_LENGTH} onCommit={setTitle} />
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
        {local.categories.map((category) => (
          <LocalCategory
            key={category.id}
            category={category}
            categories={local.categories}
            ids={order[category.id] ?? []}
            elementsById={elementsById}
            placeholderText={placeholderText}
            lang={lang}
            actions={actions}
          />
        ))}
      </div>
    </section>
  );
}
