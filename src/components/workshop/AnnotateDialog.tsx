/**
 * "Bør / Gør og note" for one element: the workshop's two questions, each yes / no / not decided,
 * and the group's note. Mounted once (not per card); saving is one store action, so one undo step.
 * Reached from the card's menu and from the matrix, so everything works without a mouse.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkAxis, Marks } from '../../domain/marks';
import { findElement } from '../../domain/operations';
import { MAX_TEXT_LENGTH } from '../../domain/limits';
import type { Mark, ProfileElement } from '../../domain/profile';
import { shorten, textIn } from '../../domain/text';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { Modal } from '../common/Modal';
import { useWorkshopView } from '../../store/workshopView';
import './workshopViews.css';

export function AnnotateDialog() {
  const elementId = useWorkshopView((state) => state.annotating);
  const close = useWorkshopView((state) => state.annotate);
  const element = useProfileStore((state) => (elementId ? findElement(state.local, elementId)?.element : undefined));
  const open = element !== undefined;
  return (
    <Modal open={open} onClose={() => close(null)} labelledBy="annotate-title annotate-element" className="annotate-dialog">
      {element && <AnnotateForm key={element.id} element={element} onClose={() => close(null)} />}
    </Modal>
  );
}

const CHOICES: readonly (Mark | 'undecided')[] = ['yes', 'no', 'undecided'];

function AnnotateForm({ element, onClose }: { element: ProfileElement; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useProfileStore((state) => state.contentLanguage);
  const [marks, setMarks] = useState<Marks>(() => ({ ...element.marks }));
  const [note, setNote] = useState(element.note ?? '');
  const noteId = useId();
  const noteHintId = useId();
  const shown = textIn(element.text, lang);

  const choose = (axis: MarkAxis, value: Mark | 'undecided') =>
    setMarks((current) => ({ ...current, [axis]: value === 'undecided' ? undefined : value }));

  return (
    <form
      method="dialog"
      className="annotate-form"
      onSubmit={(event) => {
        event.preventDefault();
        const before = useProfileStore.getState().local;
        useProfileStore.getState().annotate(element.id, marks, note);
        if (useProfileStore.getState().local !== before) announce(t('annotate.saved', { text: shorten(shown.text) }));
        onClose();
      }}
    >
      <h2 id="annotate-title">{t('annotate.title')}</h2>
      <p id="annotate-element" className="annotate-form__element" lang={shown.lang} dir="auto">
        {shown.text}
      </p>
      {(['does', 'should'] as const).map((axis) => (
        <fieldset key={axis} className="field annotate-form__axis">
          <legend className="field__label">{t(`annotate.${axis}`)}</legend>
          <div className="annotate-form__choices">
            {CHOICES.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`mark-${axis}`}
                  value={value}
                  checked={(marks[axis] ?? 'undecided') === value}
                  onChange={() => choose(axis, value)}
                />
                {t(`annotate.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label className="field__label" htmlFor={noteId}>
          {t('annotate.note')}
        </label>
        <textarea
          id={noteId}
          className="annotate-form__note"
          rows={4}
          dir="auto"
          maxLength={MAX_TEXT_LENGTH}
          aria-describedby={noteHintId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={noteHintId} className="text-editor__hint">
          {t('annotate.noteHint', { max: MAX_TEXT_LENGTH })}
        </p>
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('annotate.cancel')}
        </button>
        <button type="submit" className="button--primary">
          {t('annotate.save')}
        </button>
      </div>
    </form>
  );
}
