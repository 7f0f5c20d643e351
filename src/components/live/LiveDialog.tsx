/**
 * "Arbejd sammen": start a group session from the current local profile (then: the link, a QR code,
 * who is there, leave), or set up a workshop of several groups as its facilitator.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilitatorLink, joinLink } from '../../live/links';
import { newSecretId } from '../../live/rooms';
import { MEMBER_COLORS, rememberedMe, useLiveStore, type Me } from '../../store/liveStore';
import { useProfileStore } from '../../store/profileStore';
import { Modal } from '../common/Modal';
import { CopyLink } from './CopyLink';
import { joinRoom } from './liveActions';
import { MemberFields } from './MemberFields';
import { MemberList } from './MemberList';
import { QrCode } from './QrCode';
import './liveDialogs.css';

export function LiveDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="live-title" className="dialog--live">
      <LiveDialogContent onClose={onClose} />
    </Modal>
  );
}

function pageBase(): string {
  return window.location.href;
}

function LiveDialogContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useLiveStore((state) => state.session);
  return (
    <div className="live-dialog">
      <h2 id="live-title">{t('live.title')}</h2>
      {session ? <SharePanel onClose={onClose} /> : <StartPanel onClose={onClose} />}
    </div>
  );
}

function SharePanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useLiveStore((state) => state.session)!;
  const controller = useLiveStore((state) => state.controller);
  const link = joinLink(session.room, pageBase());
  return (
    <>
      <p>{t('live.shareHint')}</p>
      <CopyLink label={t('live.link')} link={link} />
      <QrCode text={link} label={t('live.qr')} />
      <MemberList />
      <p className="live-dialog__hint">{t('live.leaveHint')}</p>
      <div className="dialog__actions">
        <button
          type="button"
          onClick={() => {
            controller?.leave();
            onClose();
          }}
        >
          {t('live.leave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('live.close')}
        </button>
      </div>
    </>
  );
}

function StartPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const relay = useLiveStore((state) => state.relay)!;
  const [me, setMe] = useState<Me>(() => rememberedMe() ?? { name: '', color: MEMBER_COLORS[0] });
  const [nameMissing, setNameMissing] = useState(false);
  const [groupCount, setGroupCount] = useState(4);
  const [creating, setCreating] = useState<'idle' | 'busy' | 'failed'>('idle');

  const start = () => {
    if (me.name.trim() === '') return setNameMissing(true);
    void joinRoom({ kind: 'session', roomId: newSecretId() }, { ...me, name: me.name.trim() }, relay, useProfileStore.getState().local);
  };

  const createWorkshop = async () => {
    setCreating('busy');
    try {
      const { createWorkshop: create } = await import('../../live/workshop');
      const names = Array.from({ length: groupCount }, (_, i) => t('facilitator.group', { number: i + 1 }));
      const { workshopId, key } = await create(relay, names, useProfileStore.getState().local);
      onClose();
      window.location.assign(facilitatorLink(workshopId, key, pageBase()));
    } catch {
      setCreating('failed');
    }
  };

  return (
    <>
      <p>{t('live.intro')}</p>
      <form
        className="live-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <MemberFields
          me={me}
          error={nameMissing}
          onChange={(next) => {
            setMe(next);
            if (next.name.trim()) setNameMissing(false);
          }}
        />
        <button type="submit" className="button--primary">
          {t('live.start')}
        </button>
      </form>
      <section className="live-dialog__workshop" aria-labelledby="live-workshop-title">
        <h3 id="live-workshop-title">{t('live.workshopTitle')}</h3>
        <p>{t('live.workshopIntro')}</p>
        <div className="field field--inline">
          <label className="field__label" htmlFor="live-group-count">
            {t('live.groupCount')}
          </label>
          <select id="live-group-count" value={groupCount} onChange={(event) => setGroupCount(Number(event.target.value))}>
            {Array.from({ length: 11 }, (_, i) => i + 2).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void createWorkshop()} disabled={creating === 'busy'}>
            {creating === 'busy' ? t('live.creating') : t('live.createWorkshop')}
          </button>
        </div>
        {creating === 'failed' && <p role="alert">{t('live.createFailed')}</p>}
      </section>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('live.close')}
        </button>
      </div>
    </>
  );
}
