/**
 * The header's language tools: the interface language, the profile's language (separate: a Danish
 * facilitator can build an English profile), and the translate and replace views.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, uiLanguages } from '../../i18n';
import { lazyNamed, OnDemandWhenOpened } from '../common/onDemand';
import { ProfileLanguageSelect } from './ProfileLanguageSelect';
import './translate.css';

// Opened from here only: loaded on the first click (a first visit builds before it translates).
const TranslateView = lazyNamed(() => import('./TranslateView').then((module) => module.TranslateView));
const ReplaceDialog = lazyNamed(() => import('./ReplaceDialog').then((module) => module.ReplaceDialog));

export function LanguageControls() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<'translate' | 'replace' | null>(null);

  return (
    // Its own group beside the toolbar, so the header can wrap it onto a row of its own.
    <div className="language-tools" role="group" aria-label={t('toolbar.languages')}>
      <div className="field field--inline">
        <label className="field__label" htmlFor="ui-language">
          {t('toolbar.language')}
        </label>
        {/* Only the menus change: the profile's language is the group's work and has its own control. */}
        <select id="ui-language" value={i18n.language} onChange={(event) => void changeUiLanguage(event.target.value)}>
          {uiLanguages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <ProfileLanguageSelect />
      <button type="button" onClick={() => setOpen('translate')}>
        {t('toolbar.translate')}
      </button>
      <button type="button" onClick={() => setOpen('replace')}>
        {t('toolbar.replace')}
      </button>
      <OnDemandWhenOpened open={open === 'translate'}>
        <TranslateView open={open === 'translate'} onClose={() => setOpen(null)} />
      </OnDemandWhenOpened>
      <OnDemandWhenOpened open={open === 'replace'}>
        <ReplaceDialog open={open === 'replace'} onClose={() => setOpen(null)} />
      </OnDemandWhenOpened>
    </div>
  );
}
