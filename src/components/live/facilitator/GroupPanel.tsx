/** One group on the facilitator's screen: name, members, count per category, its elements, its link. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countElements } from '../../../domain/operations';
import { textIn } from '../../../domain/text';
import { joinLink } from '../../../live/links';
import type { WorkshopGroup } from '../../../live/workshop';
import { CopyLink } from '../CopyLink';
import { QrCode } from '../QrCode';

export function GroupPanel({ group, workshopId, lang }: { group: WorkshopGroup; workshopId: string; lang: string }) {
  const { t } = useTranslation();
  const [showQr, setShowQr] = useState(false);
  const link = joinLink({ kind: 'group', workshopId, groupId: group.id }, window.location.href);
  const headingId = `group-${group.id}`;
  return (
    <li className="group-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{group.name}</bdi>
      </h2>
      <p className="group-panel__meta">
        {t('live.members', { count: group.members })}
        {group.profile && ` · ${t('facilitator.elements', { count: countElements(group.profile) })}`}
      </p>
      {group.profile ? (
        <div className="group-panel__categories">
          {group.profile.categories.map((category) => {
            const name = textIn(category.name, lang);
            return (
              <section key={category.id} className="group-panel__category" style={{ ['--category-color' as string]: category.color }}>
                <h3 lang={name.lang}>
                  {name.text} <span className="group-panel__count">({category.elements.length})</span>
                </h3>
                <ul aria-label={name.text}>
                  {category.elements.map((element) => {
                    const text = textIn(element.text, lang);
                    return (
                      <li key={element.id} lang={text.lang}>
                        <bdi>{text.text}</bdi>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      ) : (
        <p>{t('facilitator.noProfile')}</p>
      )}
      <CopyLink label={t('facilitator.linkFor', { group: group.name })} link={link} />
      <button type="button" aria-expanded={showQr} onClick={() => setShowQr((shown) => !shown)}>
        {t('facilitator.showQr')}
      </button>
      {showQr && <QrCode text={link} label={t('facilitator.linkFor', { group: group.name })} />}
    </li>
  );
}
