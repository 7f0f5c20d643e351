/**
 * A warning before a profile is shown or exported in a language it is not fully translated into:
 * how many texts are missing (they show in Danish) and how many translations were made from an
 * earlier Danish text. Nothing when the language is Danish or all is translated and current.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { BASE_LANGUAGE } from '../../domain/text';
import { translationStatus } from '../../domain/translate';
import { languageName } from '../../i18n/formatDate';
import { TranslationStatusText } from './TranslationStatusText';

interface TranslationWarningProps {
  profile: Profile;
  lang: string;
  id?: string;
  className?: string;
}

export function TranslationWarning({ profile, lang, id, className }: TranslationWarningProps) {
  const { t, i18n } = useTranslation();
  const status = useMemo(() => translationStatus(profile, lang), [profile, lang]);
  if (lang === BASE_LANGUAGE || status.missing + status.outdated === 0) return null;
  const name = languageName(lang, i18n.language, profile.languages?.find((language) => language.code === lang)?.name ?? lang);
  return (
    <p id={id} className={`translation-warning${className ? ` ${className}` : ''}`} role="note">
      <span aria-hidden="true">⚠ </span>
      <TranslationStatusText status={status} language={name} />
      {status.missing > 0 && ` ${t('translate.fallbackNote')}`}
    </p>
  );
}
