/**
 * Says when saved work could not be read (and offers it as a file), when saving fails, and when a
 * change was refused because the profile is full (limits.ts).
 */
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../export/download';
import { localIsoDate } from '../../export/fileName';
import { MAX_ELEMENTS, MAX_PROFILE_BYTES } from '../../domain/limits';
import { useProfileStore } from '../../store/profileStore';

/** The kept-aside data exactly as it was stored, named with the local date (not UTC). */
function downloadUnreadable(raw: string) {
  downloadBlob(new Blob([raw], { type: 'application/octet-stream' }), `profilbygger-ulaeselige-data-${localIsoDate(new Date())}.txt`);
}

export function NoticeBanner() {
  return (
    <>
      <StorageNotice />
      <LimitNotice />
    </>
  );
}

/** A change that would have made the profile too big to save or read back, refused. */
function LimitNotice() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const refused = useProfileStore((state) => state.refused);
  const refuse = useProfileStore((state) => state.refuse);
  if (!refused) return null;
  return (
    <div className="notice" role="alert">
      <p>
        {refused === 'too_many_elements'
          ? t('limits.tooManyElements', { max: number.format(MAX_ELEMENTS) })
          : t('limits.tooLarge', { megabytes: number.format(MAX_PROFILE_BYTES / 1_000_000) })}
      </p>
      <div className="notice__actions">
        <button type="button" onClick={() => refuse(null)}>
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}

function StorageNotice() {
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
