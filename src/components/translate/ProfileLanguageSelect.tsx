/** Which language the generic and local profile are shown (and edited) in. */
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../store/profileStore';
import { useDirection } from '../common/useDirection';
import { useProfileLanguages } from './useProfileLanguages';

export function ProfileLanguageSelect() {
  const { t } = useTranslation();
  const lang = useProfileStore((state) => state.contentLanguage);
  const setContentLanguage = useProfileStore((state) => state.setContentLanguage);
  const languages = useProfileLanguages();
  const dirOf = useDirection();
  // A saved choice the profile no longer lists (an undone "add language") stays selectable.
  const options = languages.some((l) => l.code === lang) ? languages : [...languages, { code: lang, name: lang }];

  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor="profile-language">
        {t('toolbar.profileLanguage')}
      </label>
      <select id="profile-language" value={lang} onChange={(event) => setContentLanguage(event.target.value)}>
        {options.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={dirOf(language.code)}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
