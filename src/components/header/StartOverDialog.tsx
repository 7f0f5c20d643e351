/** "Start over" asks first: which generic profile, empty or a full copy. Undoable afterwards. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartMode } from '../../domain/operations';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { GenericProfileSelect } from '../common/GenericProfileSelect';

export function StartOverDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const currentGeneric = useProfileStore((state) => state.genericId);
  const lang = useProfileStore((state) => state.contentLanguage);
  const [genericId, setGenericId] = useState(currentGeneric);
  const [mode, setMode] = useState<StartMode>('empty');

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      setGenericId(currentGeneric);
      node.showModal();
    }
    if (!open && node.open) node.close();
  }, [open, currentGeneric]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="start-over-title" aria-describedby="start-over-body" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          useProfileStore.getState().startOver(mode, genericId);
          announce(t('announce.startedOver'));
          onClose();
        }}
      >
        <h2 id="start-over-title">{t('startOver.title')}</h2>
        <p id="start-over-body">{t('startOver.body')}</p>
        <GenericProfileSelect label={t('startOver.base')} value={genericId} lang={lang} onChange={setGenericId} />
        <fieldset className="field">
          <legend className="field__label">{t('startOver.mode')}</legend>
          {(['empty', 'copy'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="start-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {t(`startOver.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('startOver.cancel')}
          </button>
          <button type="submit" className="button--danger">
            {t('startOver.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
