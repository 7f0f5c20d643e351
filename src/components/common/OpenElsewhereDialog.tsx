/**
 * Shown when another tab edits the profile (store/tabLock.ts): this tab only looks on, and says so,
 * with one way out — take over here. It can't be dismissed: edits made behind it would not be saved.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reloadSavedWork } from '../../store/profileStore';
import { onTabRole, takeOver, tabRole } from '../../store/tabLock';

export function OpenElsewhereDialog() {
  const { t } = useTranslation();
  const role = useSyncExternalStore(onTabRole, tabRole, tabRole);
  const [taking, setTaking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const elsewhere = role === 'elsewhere';

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (elsewhere && !node.open) node.showModal();
    if (!elsewhere && node.open) node.close();
  }, [elsewhere]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="open-elsewhere-title"
      aria-describedby="open-elsewhere-body"
      onCancel={(event) => event.preventDefault()}
      onClose={() => {
        // Some browsers close a modal on a second Escape regardless: show it again while it applies.
        if (tabRole() === 'elsewhere') dialog.current?.showModal();
      }}
    >
      {elsewhere && (
        <div className="open-elsewhere">
          <h2 id="open-elsewhere-title">{t('tabs.title')}</h2>
          <p id="open-elsewhere-body">{t('tabs.body')}</p>
          <div className="dialog__actions">
            <button
              type="button"
              className="button--danger"
              disabled={taking}
              onClick={() => {
                setTaking(true);
                void takeOver(reloadSavedWork).finally(() => setTaking(false));
              }}
            >
              {t('tabs.takeOver')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
