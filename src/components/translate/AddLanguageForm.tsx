/**
 * Adds a language the interface does not have (Icelandic, Slovenian, Arabic …) to the profile, by
 * code and own name; right-to-left is suggested for scripts that need it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LANGUAGE_NAME_LENGTH } from '../../domain/limits';
import { defaultDirection, type LanguageProblem } from '../../domain/languages';
import { languageName } from '../../i18n/formatDate';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';

interface AddLanguageFormProps {
  onAdded: (code: string) => void;
  onCancel: () => void;
}

/** "IS" → "is", "pt-br" → "pt-BR": the form the schema expects. */
function tidyCode(code: string): string {
  const [language = '', region] = code.trim().split(/[-_]/);
  return region === undefined ? language.toLowerCase() : `${language.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region}`;
}

function hasLocaleData(code: string): boolean {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).resolvedOptions().locale.split('-')[0] === code.split('-')[0];
  } catch {
    return false;
  }
}

/** The language's own name as the browser knows it, capitalised ("slovenščina" → "Slovenščina"). */
function ownName(code: string): string {
  // A browser without data for the language answers in its default language ("Islandsk"): no suggestion then.
  if (!hasLocaleData(code)) return '';
  const name = languageName(code, code, '');
  if (name === '' || name === code) return '';
  try {
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return name; // A code Intl rejects as a locale.
  }
}

export function AddLanguageForm({ onAdded, onCancel }: AddLanguageFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [rtl, setRtl] = useState(false);
  const [rtlEdited, setRtlEdited] = useState(false);
  const [problem, setProblem] = useState<LanguageProblem | null>(null);

  const messages: Record<LanguageProblem, string> = {
    invalid_code: t('addLanguage.invalidCode'),
    empty_name: t('addLanguage.emptyName'),
    name_too_long: t('addLanguage.nameTooLong'),
    exists: t('addLanguage.exists'),
    too_many: t('addLanguage.tooMany'),
  };

  const changeCode = (value: string) => {
    setCode(value);
    setProblem(null);
    const tidy = tidyCode(value);
    if (!nameEdited) setName(tidy.length >= 2 ? ownName(tidy) : '');
    if (!rtlEdited) setRtl(defaultDirection(tidy) === 'rtl');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const language = { code: tidyCode(code), name: name.trim(), ...(rtl ? { dir: 'rtl' as const } : {}) };
    const result = useProfileStore.getState().addLanguage(language);
    setProblem(result);
    if (result) return;
    announce(t('addLanguage.added', { name: language.name }));
    onAdded(language.code);
  };

  return (
    <form className="add-language" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{t('addLanguage.title')}</h3>
      <div className="add-language__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-code`}>
            {t('addLanguage.code')}
          </label>
          <input
            id={`${id}-code`}
            type="text"
            value={code}
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            aria-describedby={`${id}-code-hint${problem ? ` ${id}-problem` : ''}`}
            aria-invalid={problem === 'invalid_code' || problem === 'exists' ? true : undefined}
            onChange={(event) => changeCode(event.target.value)}
          />
          <span id={`${id}-code-hint`} className="text-editor__hint">
            {t('addLanguage.codeHint')}
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('addLanguage.name')}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            lang={tidyCode(code) || undefined}
            dir={rtl ? 'rtl' : 'ltr'}
            maxLength={MAX_LANGUAGE_NAME_LENGTH}
            aria-invalid={problem === 'empty_name' || problem === 'name_too_long' ? true : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setNameEdited(true);
              setProblem(null);
            }}
          />
        </div>
        <label className="radio">
          <input
            type="checkbox"
            checked={rtl}
            onChange={(event) => {
              setRtl(event.target.checked);
              setRtlEdited(true);
            }}
          />
          {t('addLanguage.rtl')}
        </label>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="text-editor__error" role="alert">
          {messages[problem]}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>
          {t('addLanguage.cancel')}
        </button>
        <button type="submit">{t('addLanguage.submit')}</button>
      </div>
    </form>
  );
}
