/** Says when saved work could not be read (and offers it as a file) or when saving fails. */
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../store/profileStore';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useProfileStore((state) => state.notice);
  const dismiss = useProfileStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <p>{notice.kind === 'unreadable' ? t('notice.unreadable') : t('notice.saveFailed')}</p>
      <div className="notice__actions">
        {notice.kind === 'unreadable' && (
          <button type="button" onClick={() => download(notice.raw, `profilbygger-ulaeselige-data-${new Date().toISOString().slice(0, 10)}.txt`)}>
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
