/**
 * One target-language field in the translate view. Typing stays local; Enter (or leaving the field)
 * saves it as one undo step, and Enter moves on to the next field. Escape undoes the typing first,
 * and closes the view only when there is nothing to undo.
 */
import { useState, type KeyboardEvent } from 'react';
import { MAX_TEXT_LENGTH } from '../../domain/limits';
import { normalizeText } from '../../domain/text';
import { useSaveBeforeLeaving } from '../common/useSaveBeforeLeaving';

interface TranslationFieldProps {
  id: string;
  label: string;
  value: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  missing: boolean;
  /** Saves the text; returns false when it was refused (then the field shows the saved text again). */
  onSave: (text: string) => boolean;
  onNext: () => void;
}

export function TranslationField({ id, label, value, lang, dir, missing, onSave, onNext }: TranslationFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Changed from outside (undo, replace): show it unless it is what we are typing.
    setSeen(value);
    if (normalizeText(draft) !== value) setDraft(value);
  }

  const save = () => {
    if (normalizeText(draft) === value) return;
    if (!onSave(draft)) setDraft(value);
  };
  useSaveBeforeLeaving(save);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
      onNext();
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
    }
  };

  return (
    <textarea
      id={id}
      className={`translate__field${missing ? ' translate__field--missing' : ''}`}
      data-translate-field=""
      aria-label={label}
      lang={lang}
      dir={dir}
      rows={2}
      maxLength={MAX_TEXT_LENGTH}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={onKeyDown}
    />
  );
}
