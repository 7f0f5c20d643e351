/**
 * A text field for profile-level text (title, municipality). Typing stays local; the store gets the
 * value after a pause, on Enter and on leaving the field, so a word is one undo step, not a letter.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeText } from '../../domain/text';

interface CommitFieldProps {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** From limits.ts; reaching it is said under the field, since the browser cuts pasted text silently. */
  maxLength: number;
}


export function CommitField({ id, label, value, onCommit, placeholder, lang, dir, maxLength }: CommitFieldProps) {
  const { t, i18n } = useTranslation();
  const limitId = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Changed from outside (undo, start over, import): show it unless it is what we are typing.
    setSeen(value);
    if (normalizeText(draft) !== value) setDraft(value);
  }

  useEffect(() => {
    if (normalizeText(draft) === value) return;
    const timer = setTimeout(() => onCommit(draft), 700);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);

  const commitNow = () => {
    if (normalizeText(draft) !== value) onCommit(draft);
    if (normalizeText(draft) === '') setDraft(value);
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        lang={lang}
        dir={dir}
        value={draft}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-describedby={draft.length >= maxLength ? limitId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commitNow}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitNow();
        }}
      />
      {draft.length >= maxLength && (
        <p id={limitId} className="field__hint" role="status">
          {t('local.atLimit', { max: new Intl.NumberFormat(i18n.language).format(maxLength) })}
        </p>
      )}
    </div>
  );
}
