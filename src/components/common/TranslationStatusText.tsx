/**
 * How far a translation is, in words: "4 af 27 er endnu ikke oversat til engelsk", or, when some
 * translations were made from an earlier Danish text, "På engelsk: 2 af 27 mangler, 3 er forældede."
 * Used by the translate view, the presentation and the export menu.
 */
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../domain/translate';

export function TranslationStatusText({ status, language }: { status: Pick<TranslationStatus, 'missing' | 'outdated' | 'total'>; language: string }) {
  const { t } = useTranslation();
  if (status.outdated === 0) return <>{t('translate.remaining', { count: status.missing, total: status.total, language })}</>;
  return (
    <>
      {t('translate.summary', {
        language,
        missing: t('translate.missingPart', { count: status.missing, total: status.total }),
        outdated: t('translate.outdatedPart', { count: status.outdated }),
      })}
    </>
  );
}
