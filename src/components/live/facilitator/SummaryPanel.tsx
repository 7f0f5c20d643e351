/** All groups together: which generic elements they kept (and what they called them), and their own. */
import { useTranslation } from 'react-i18next';
import type { Summary } from '../../../domain/summary';
import { textIn } from '../../../domain/text';
import { genericProfile } from '../../../store/catalog';
import { useProfileStore } from '../../../store/profileStore';
import { findElement } from '../../../domain/operations';

export function SummaryPanel({ summary, lang }: { summary: Summary; lang: string }) {
  const { t } = useTranslation();
  const generic = genericProfile(useProfileStore((state) => state.genericId));
  return (
    <section className="summary-panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('facilitator.summary')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('facilitator.genericElement')}</th>
            <th scope="col">{t('facilitator.kept')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.kept.map((kept) => {
            const source = findElement(generic, kept.sourceId)?.element;
            const name = source ? textIn(source.text, lang) : { text: kept.names[0] ?? kept.sourceId, lang };
            const renamed = kept.names.filter((text) => text !== name.text);
            return (
              <tr key={kept.sourceId}>
                <th scope="row" lang={name.lang}>
                  {name.text}
                  {renamed.length > 0 && <span className="summary-panel__names">{t('facilitator.namesUsed', { names: renamed.join(' · ') })}</span>}
                </th>
                <td>{t('facilitator.keptBy', { count: kept.groups.length, total: summary.groupCount })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('facilitator.ownElements')}</h3>
      {summary.own.length === 0 ? (
        <p>{t('facilitator.noOwn')}</p>
      ) : (
        <ul>
          {summary.own.map((own, index) => {
            const text = textIn(own.text, lang);
            return (
              <li key={index} lang={text.lang}>
                <bdi>{text.text}</bdi> <span className="summary-panel__group">({own.group})</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
