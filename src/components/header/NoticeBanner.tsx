/** Says when saved work could not be read (and offers it as a file) or when saving fails. */
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../export/download';
import { localIsoDate } from '../../export/fileName';
import { useProfileStore } from '../../store/profileStore';

/** The kept-aside data exactly as it was stored, named with the local date (not UTC). */
function downloadUnreadable(raw: string) {
  downloadBlob(new Blob([raw], { type: 'application/octet-stream' }), `profilbygger-ulaeselige-data-${localIsoDate(new Date())}.txt`);
}

export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useProfileStore((state) => state.notice);
  const dismiss = useProfileStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      {notice.kind === 'unreadable' ? (
        <>
          <p>{notice.reason === 'newer_version' ? t('notice.newerVersion') : t('notice.unreadable')}</p>
          {notice.held && <p>{t('notice.held')}</p>}
        </>
      ) : (
        <p>{t('notice.saveFailed')}</p>
      )}
      <div className="notice__actions">
        {notice.kind === 'unreadable' && (
          <button type="button" onClick={() => downloadUnreadable(notice.raw)}>
            {t('notice.download')}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
