/**
 * Opening a group's link: choose the name and colour the others will see, and join. The group's
 * profile replaces the local one, so the dialog says so first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomRef } from '../../live/rooms';
import { MEMBER_COLORS, rememberedMe, useLiveStore, type Me } from '../../store/liveStore';
import { Modal } from '../common/Modal';
import { joinRoom } from './liveActions';
import { MemberFields } from './MemberFields';

export function JoinDialog({ room, onDone }: { room: RoomRef; onDone: () => void }) {
  const { t } = useTranslation();
  const relay = useLiveStore((state) => state.relay);
  const relayKnown = useLiveStore((state) => state.relayKnown);
  const [me, setMe] = useState<Me>(() => rememberedMe() ?? { name: '', color: MEMBER_COLORS[0] });
  const [nameMissing, setNameMissing] = useState(false);
  if (!relayKnown) return null;
  return (
    <Modal open onClose={onDone} labelledBy="join-title" describedBy="join-body">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!relay) return onDone();
          if (me.name.trim() === '') return setNameMissing(true);
          void joinRoom(room, { ...me, name: me.name.trim() }, relay);
          onDone();
        }}
      >
        <h2 id="join-title">{t('live.joinTitle')}</h2>
        {relay ? (
          <>
            <p id="join-body">{t('live.joinBody')}</p>
            <MemberFields
              me={me}
              error={nameMissing}
              onChange={(next) => {
                setMe(next);
                if (next.name.trim()) setNameMissing(false);
              }}
            />
            <div className="dialog__actions">
              <button type="button" onClick={onDone}>
                {t('live.notNow')}
              </button>
              <button type="submit" className="button--primary">
                {t('live.join')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p id="join-body">{t('live.notOffered')}</p>
            <div className="dialog__actions">
              <button type="submit">{t('live.dismiss')}</button>
            </div>
          </>
        )}
      </form>
    </Modal>
  );
}
