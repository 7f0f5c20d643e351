/**
 * The header's part in live work: "Arbejd sammen" (only where a relay is configured), and in a
 * session its status — connected, reconnecting, or working alone — and how many are there.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveStore, type LiveStatus } from '../../store/liveStore';
import { lazyNamed, OnDemandWhenOpened } from '../common/onDemand';

// Only where a relay is configured, and only when asked for: loaded on the first click.
const LiveDialog = lazyNamed(() => import('./LiveDialog').then((module) => module.LiveDialog));

const STATUS_KEYS: Record<LiveStatus, string> = {
  connecting: 'live.status.connecting',
  connected: 'live.status.connected',
  reconnecting: 'live.status.reconnecting',
  offline: 'live.status.offline',
};

export function LiveControls() {
  const { t } = useTranslation();
  const relay = useLiveStore((state) => state.relay);
  const session = useLiveStore((state) => state.session);
  const status = useLiveStore((state) => state.status);
  const count = useLiveStore((state) => state.members.length);
  const [open, setOpen] = useState(false);
  if (!relay && !session) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={t('live.buttonHint')} aria-haspopup="dialog">
        <span aria-hidden="true">👥 </span>
        {t('live.button')}
      </button>
      {session && (
        <span className={`live-status live-status--${status}`} role="status" aria-label={t('live.statusLabel')}>
          <span className="live-status__dot" aria-hidden="true" />
          {t(STATUS_KEYS[status])}
          {status === 'connected' && ` · ${t('live.members', { count })}`}
        </span>
      )}
      <OnDemandWhenOpened open={open}>
        <LiveDialog open={open} onClose={() => setOpen(false)} />
      </OnDemandWhenOpened>
    </>
  );
}
