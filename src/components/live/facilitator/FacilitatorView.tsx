/**
 * The facilitator's screen, for the projector: every group's profile live (members, counts per
 * category, the elements), the summary of all groups, each group's link and QR code, and closing the
 * workshop. Loaded on demand from a facilitator link (#workshop=…&key=…).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarize } from '../../../domain/summary';
import { summaryDocument } from '../../../export/summaryDocument';
import type { WorkshopState } from '../../../live/workshop';
import { genericProfile } from '../../../store/catalog';
import { summaryBaseId } from '../../../store/summaryBase';
import { useLiveStore } from '../../../store/liveStore';
import { useProfileStore } from '../../../store/profileStore';
import { DialogActions } from '../../common/DialogActions';
import { Modal } from '../../common/Modal';
import { CopyLink } from '../CopyLink';
import { GroupPanel } from './GroupPanel';
import { SummaryResults } from '../../common/SummaryResults';
import { summaryWords } from '../../common/summaryWords';
import '../../common/summary.css';
import './facilitator.css';

const STATUS_KEYS: Record<WorkshopState['status'], string> = {
  connecting: 'live.status.connecting',
  connected: 'live.status.connected',
  reconnecting: 'live.status.reconnecting',
  refused: 'facilitator.refused',
  closed: 'facilitator.closed',
};

interface Props {
  workshopId: string;
  keyValue: string;
  onLeave: () => void;
}

export default function FacilitatorView({ workshopId, keyValue, onLeave }: Props) {
  const { t } = useTranslation();
  const relay = useLiveStore((state) => state.relay);
  const lang = useProfileStore((state) => state.contentLanguage);
  const [state, setState] = useState<WorkshopState>({ status: 'connecting', groups: [] });
  const [closer, setCloser] = useState<(() => void) | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!relay) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../../../live/workshop').then(({ watchWorkshop }) => {
      if (cancelled) return;
      const watch = watchWorkshop(relay, workshopId, keyValue, setState);
      setCloser(() => watch.close);
      stop = watch.destroy;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [relay, workshopId, keyValue]);

  // The same summary as 'Saml grupper' (counts, names, marks, notes, answers), recounted as groups work.
  const groups = useMemo(() => state.groups.flatMap((group) => (group.profile ? [{ name: group.name, profile: group.profile }] : [])), [state.groups]);
  const currentGenericId = useProfileStore((store) => store.genericId);
  const generic = genericProfile(
    summaryBaseId(
      groups.map((group) => group.profile),
      currentGenericId,
    ),
  );
  const words = useMemo(() => summaryWords(t), [t]);
  const doc = useMemo(
    () => summaryDocument(summarize(groups, generic, lang), groups.map((group) => group.name), words),
    [groups, generic, lang, words],
  );

  return (
    <div className="facilitator">
      <header className="facilitator__header">
        <h1>{t('facilitator.title')}</h1>
        <p role="status" className="facilitator__status">
          {t(STATUS_KEYS[state.status])}
          {state.status !== 'closed' && state.status !== 'refused' && ` · ${t('facilitator.groups', { count: state.groups.length })}`}
        </p>
        <div className="facilitator__actions">
          {state.status !== 'closed' && state.status !== 'refused' && (
            <button type="button" className="button--danger" onClick={() => setConfirming(true)} disabled={!closer}>
              {t('facilitator.close')}
            </button>
          )}
          <button type="button" onClick={onLeave}>
            {t('facilitator.back')}
          </button>
        </div>
      </header>
      <main className="facilitator__main">
        <details className="facilitator__key">
          <summary>{t('facilitator.keepLink')}</summary>
          <CopyLink label={t('facilitator.title')} link={window.location.href} />
        </details>
        <ul className="facilitator__groups" aria-label={t('facilitator.groups', { count: state.groups.length })}>
          {state.groups.map((group) => (
            <GroupPanel key={group.id} group={group} workshopId={workshopId} lang={lang} />
          ))}
        </ul>
        <section className="facilitator__summary" aria-labelledby="facilitator-summary-title">
          <h2 id="facilitator-summary-title">{t('facilitator.summary')}</h2>
          {groups.length === 0 ? <p>{t('summary.empty')}</p> : <SummaryResults document={doc} notAnswered={words.notAnswered} />}
        </section>
      </main>
      <Modal open={confirming} onClose={() => setConfirming(false)} labelledBy="close-workshop-title" describedBy="close-workshop-body">
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            closer?.();
            setConfirming(false);
          }}
        >
          <h2 id="close-workshop-title">{t('facilitator.closeTitle')}</h2>
          <p id="close-workshop-body">{t('facilitator.closeBody')}</p>
          <DialogActions cancelLabel={t('facilitator.cancel')} confirmLabel={t('facilitator.close')} onCancel={() => setConfirming(false)} />
        </form>
      </Modal>
    </div>
  );
}
