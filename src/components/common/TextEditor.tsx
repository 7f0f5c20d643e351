/**
 * The in-place text field used to rename an element and to write a new one. Enter saves, Escape
 * cancels, blank or over-long text is refused with a message. Keys stay inside the field, so Space
 * never starts a drag and Ctrl+Z is the field's own undo.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH } from '../../domain/limits';
import { checkText, type TextProblem } from '../../domain/text';
import { useSaveBeforeLeaving } from './useSaveBeforeLeaving';

interface TextEditorProps {
  label: string;
  initial?: string;
  lang: string;
  dir?: 'ltr' | 'rtl';
  /** Called with valid text only. */
  onSave: (text: string) => void;
  onCancel: () => void;
  /** Save on blur when the text is valid (rename); a new element is only added with Enter. */
  saveOnBlur?: boolean;
  clearAfterSave?: boolean;
}

export function TextEditor({ label, initial = '', lang, dir, onSave, onCancel, saveOnBlur = true, clearAfterSave = false }: TextEditorProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  // A code, not a sentence: the message follows the interface language if it changes meanwhile.
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const errorId = useId();

  useLayoutEffect(() => {
    const node = field.current;
    if (!node) return;
    node.focus();
    node.select();
  }, []);

  useLayoutEffect(() => {
    // Grow with the text rather than scroll inside a tiny box.
    const node = field.current;
    if (!node) return;
    node.style.height = 'auto';
    node.style.height = `${node.scrollHeight}px`;
  }, [value]);

  const error =
    problem === 'empty_text' ? t('rename.empty') : problem === 'too_long' ? t('rename.tooLong', { max: MAX_TEXT_LENGTH, count: value.length }) : null;

  const save = () => {
    const found = checkText(value);
    if (found) {
      setProblem(found);
      field.current?.focus();
      return;
    }
    onSave(value);
    if (clearAfterSave) {
      setValue('');
      setProblem(null);
    }
  };

  // An unconfirmed rename is saved when the page goes away, as leaving the field would. A new
  // element is only added on the way out (a reload), not when the user just switches tabs.
  useSaveBeforeLeaving(
    () => {
      if (!checkText(value) && value !== initial) onSave(value);
    },
    { onUnloadOnly: !saveOnBlur },
  );

  return (
    <div className="text-editor">
      <textarea
        ref={field}
        className="text-editor__field"
        aria-label={label}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        lang={lang}
        dir={dir}
        rows={1}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          if (problem) setProblem(checkText(event.target.value));
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={(event) => {
          // Leaving for the field's own error text or a button inside the editor is not "done".
          if (event.currentTarget.parentElement?.contains(event.relatedTarget as Node)) return;
          if (!saveOnBlur) return;
          if (checkText(value)) onCancel();
          else onSave(value);
        }}
      />
      <p id={hintId} className="text-editor__hint">
        {t('rename.hint')}
        {value.length > MAX_TEXT_LENGTH - 200 && ` ${value.length} / ${MAX_TEXT_LENGTH}`}
      </p>
      {error && (
        <p id={errorId} className="text-editor__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
