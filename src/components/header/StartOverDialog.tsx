/** "Start over" asks first: which generic profile, empty or a full copy. Undoable afterwards. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartMode } from '../../domain/operations';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { DialogActions } from '../common/DialogActions';
import { GenericProfileSelect } from '../common/GenericProfileSelect';
import { Modal } from '../common/Modal';

export function StartOverDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="start-over-title" describedBy="start-over-body">
      <StartOverForm onClose={onClose} />
    </Modal>
  );
}

/** Mounted afresh on each opening, so it starts from the generic profile shown right now. */
function StartOverForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useProfileStore((state) => state.contentLanguage);
  const [genericId, setGenericId] = useState(() => useProfileStore.getState().genericId);
  const [mode, setMode] = useState<StartMode>('empty');

  return (
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
      <DialogActions cancelLabel={t('startOver.cancel')} confirmLabel={t('startOver.confirm')} onCancel={onClose} />
    </form>
  );
}
