/**
 * Asks before an imported profile replaces the one being worked on (undoable, but still a surprise).
 * Rendered into <body>, like the shared Modal: inside the header it took the toolbar's button colours
 * (white text on red became dark on red) and sat inside the toolbar's role.
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { countElements } from '../../domain/operations';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { DialogActions } from '../common/DialogActions';

interface ImportConfirmDialogProps {
  profile: Profile;
  fileName: string;
  migrated: boolean;
  /** Said in the dialog, e.g. that only the first of several dropped files was read. */
  note?: string;
  lang: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportConfirmDialog({ profile, fileName, migrated, note, lang, onConfirm, onCancel }: ImportConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const node = dialog.current;
    if (!node || node.open) return;
    // jsdom (tests) and very old browsers lack showModal; an open dialog is still usable there.
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    return () => {
      if (node.open && typeof node.close === 'function') node.close();
    };
  }, []);

  return createPortal(
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="import-confirm-title"
      aria-describedby="import-confirm-body"
      onCancel={(event) => {
        event.preventDefault(); // Escape: close through React state, like the Cancel button
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="import-confirm-title">{t('import.confirm.title')}</h2>
        <div id="import-confirm-body">
          <p>{t('import.confirm.body', { title: textIn(profile.title, lang).text, file: fileName, count: countElements(profile) })}</p>
          {note && <p>{note}</p>}
          {migrated && <p>{t('import.confirm.migrated')}</p>}
          <p>{t('import.confirm.undo')}</p>
        </div>
        <DialogActions cancelLabel={t('import.confirm.cancel')} confirmLabel={t('import.confirm.replace')} onCancel={onCancel} />
      </form>
    </dialog>,
    document.body,
  );
}
