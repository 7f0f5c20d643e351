/**
 * A text field for profile-level text (title, role, municipality). Typing stays local; the store gets
 * the value after a pause, on Enter and on leaving the field, so a word is one undo step, not a
 * letter. Give it a `key` per language: typing still pending when the language changes is then
 * saved to the language it was typed in, as the field goes.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeText } from '../../domain/text';
import { useSaveBeforeLeaving } from '../common/useSaveBeforeLeaving';

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


/** Memoised: a change to an element leaves the profile's title, role and municipality fields alone. */
export const CommitField = memo(function CommitField({ id, label, value, onCommit, placeholder, lang, dir, maxLength }: CommitFieldProps) {
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

  const pending = useRef({ draft, value, onCommit });
  useEffect(() => {
    pending.current = { draft, value, onCommit };
  });
  useEffect(
    () => () => {
      const last = pending.current;
      if (normalizeText(last.draft) !== last.value && normalizeText(last.draft) !== '') last.onCommit(last.draft);
    },
    [],
  );

  const commitNow = () => {
    if (normalizeText(draft) !== value) onCommit(draft);
    if (normalizeText(draft) === '') setDraft(value);
  };
  // Text typed just before a reload (within the pause) is committed on the way out.
  useSaveBeforeLeaving(() => {
    if (normalizeText(draft) !== value) onCommit(draft);
  });

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
});
