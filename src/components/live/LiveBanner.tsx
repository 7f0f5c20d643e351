/** Notices about live work above the board: waiting for the group's profile, mended data, a session's end. */
import { useTranslation } from 'react-i18next';
import { useLiveStore, type LiveEnd } from '../../store/liveStore';

const ENDED_KEYS: Record<LiveEnd, string> = {
  closed: 'live.ended.closed',
  refused: 'live.ended.refused',
  full: 'live.ended.full',
  left: 'live.ended.left',
};

export function LiveBanner() {
  const { t } = useTranslation();
  const waiting = useLiveStore((state) => state.session !== null && state.waiting);
  const repaired = useLiveStore((state) => state.session !== null && state.repaired);
  const ended = useLiveStore((state) => state.ended);
  return (
    <>
      {waiting && (
        <p className="notice notice--info" role="status">
          {t('live.waiting')}
        </p>
      )}
      {repaired && (
        <p className="notice" role="alert">
          {t('live.repaired')}
        </p>
      )}
      {ended && (
        <div className="notice notice--info" role="status">
          <p>{t(ENDED_KEYS[ended])}</p>
          <div className="notice__actions">
            <button type="button" onClick={() => useLiveStore.setState({ ended: null })}>
              {t('live.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
