import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Board } from './components/board/Board';
import { LiveAnnouncer } from './components/common/announcer';
import { OpenElsewhereDialog } from './components/common/OpenElsewhereDialog';
import { ExportMenu } from './components/export/ExportMenu';
import { ImportControls } from './components/export/ImportControls';
import { NoticeBanner } from './components/header/NoticeBanner';
import { Toolbar } from './components/header/Toolbar';
import { useUndoActions, useUndoShortcuts } from './components/common/useUndoShortcuts';
import { defaultSource, usePresentedProfile, type PresentSource } from './components/present/presentedProfile';
import { usePresentShortcut } from './components/present/usePresentShortcut';
import { LiveBanner } from './components/live/LiveBanner';
import { LiveControls } from './components/live/LiveControls';
import { forgetLinkInAddress, useLiveStartup } from './components/live/useLiveStartup';
import './components/live/live.css';
import { PrintProfile } from './components/print/PrintProfile';
import { LanguageControls } from './components/translate/LanguageControls';
import { IncomingLinkWhenShared } from './components/export/IncomingLinkWhenShared';
import { WorkshopBar } from './components/workshop/WorkshopBar';
import { Workspace } from './components/workshop/Workspace';
import { roomName } from './live/rooms';
import { useLiveStore } from './store/liveStore';
import { useProfileStore } from './store/profileStore';
import { useWorkshopView } from './store/workshopView';
import { lazyNamed, OnDemand, OnDemandWhenOpened } from './components/common/onDemand';

// The facilitator's summary loads only when opened: groups never download it.
const SummaryView = lazyNamed(() => import('./components/summary/SummaryView').then((module) => module.default));

// The facilitator's screen (and the Yjs machinery under it) loads only from a facilitator link.
const FacilitatorView = lazyNamed(() => import('./components/live/facilitator/FacilitatorView').then((module) => module.default));

// What a first visit does not show loads when it is opened (first load ≤ 150 KB, issue 8).
const PresentView = lazyNamed(() => import('./components/present/PresentView').then((module) => module.PresentView));
const JoinDialog = lazyNamed(() => import('./components/live/JoinDialog').then((module) => module.JoinDialog));
const StartOverDialog = lazyNamed(() => import('./components/header/StartOverDialog').then((module) => module.StartOverDialog));
const AnnotateDialog = lazyNamed(() => import('./components/workshop/AnnotateDialog').then((module) => module.AnnotateDialog));

export function App() {
  const link = useLiveStartup();
  const [answered, setAnswered] = useState(false);
  const inRoom = useLiveStore((state) => (state.session ? roomName(state.session.room) : null));
  if (link?.kind === 'facilitate') {
    return (
      <Suspense fallback={null}>
        <FacilitatorView
          workshopId={link.workshopId}
          keyValue={link.key}
          onLeave={() => {
            forgetLinkInAddress();
            window.location.reload();
          }}
        />
      </Suspense>
    );
  }
  const joining = link?.kind === 'join' && !answered && inRoom !== roomName(link.room) ? link.room : null;
  return (
    <>
      <Builder />
      {joining && (
        <OnDemand>
          <JoinDialog
            room={joining}
            onDone={() => {
              setAnswered(true);
              forgetLinkInAddress();
            }}
          />
        </OnDemand>
      )}
    </>
  );
}

/** What Ctrl+P prints: the profile on screen. Subscribes to it here, so a change renders only this. */
function PrintedProfile({ source, lang }: { source: PresentSource; lang: string }) {
  return <PrintProfile profile={usePresentedProfile(source)} lang={lang} />;
}

function Builder() {
  const { t } = useTranslation();
  const [startingOver, setStartingOver] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const summaryButton = useRef<HTMLButtonElement>(null);
  const wasSummaryOpen = useRef(false);
  const [source, setSource] = useState<PresentSource | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasPresenting = useRef(false);
  const lang = useProfileStore((state) => state.contentLanguage);
  // A word, not the profile: the app shell is not rendered again on every change to the profile.
  const contentSource = useProfileStore((state) => defaultSource(state.local));
  const annotating = useWorkshopView((state) => state.annotating !== null);
  // Until the facilitator chooses in the view: the local profile once it has content, else the generic.
  const shownSource = source ?? contentSource;
  // The summary is not the local profile: undo there would change the profile out of sight.
  useUndoShortcuts(!summaryOpen);
  const { undo } = useUndoActions();

  const present = useCallback(() => {
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    setPresenting(true);
  }, []);
  const stopPresenting = useCallback(() => {
    setPresenting(false);
    setSource(null);
  }, []);
  usePresentShortcut(present, !presenting && !summaryOpen);

  // Focus goes back to where the presentation was opened from, once the page is no longer inert.
  useEffect(() => {
    if (wasPresenting.current && !presenting) {
      const target = opener.current?.isConnected ? opener.current : presentButton.current;
      target?.focus();
    }
    wasPresenting.current = presenting;
  }, [presenting]);

  // Back from the summary, focus returns to the button that opened it (the board is mounted again).
  useEffect(() => {
    if (wasSummaryOpen.current && !summaryOpen) summaryButton.current?.focus();
    wasSummaryOpen.current = summaryOpen;
  }, [summaryOpen]);

  return (
    <>
      <div className="app-shell" inert={presenting}>
        {summaryOpen ? (
          <Suspense fallback={<p className="app-loading">{t('summary.loading')}</p>}>
            <SummaryView onClose={() => setSummaryOpen(false)} />
          </Suspense>
        ) : (
          <>
            <a className="skip-link" href="#local-profile">
              {t('app.skipToLocal')}
            </a>
            <Toolbar
              onStartOver={() => setStartingOver(true)}
              onPresent={present}
              onSummary={() => setSummaryOpen(true)}
              presentButtonRef={presentButton}
              summaryButtonRef={summaryButton}
              fileControls={
                <>
                  <ImportControls />
                  <ExportMenu />
                  <LiveControls />
                </>
              }
              languageControls={<LanguageControls />}
            />
            <main className="app-main">
              <NoticeBanner />
              <LiveBanner />
              <IncomingLinkWhenShared />
              <WorkshopBar />
              <Workspace board={<Board />} />
            </main>
            <OnDemandWhenOpened open={startingOver}>
              <StartOverDialog open={startingOver} onClose={() => setStartingOver(false)} />
            </OnDemandWhenOpened>
            <OnDemandWhenOpened open={annotating}>
              <AnnotateDialog />
            </OnDemandWhenOpened>
          </>
        )}
      </div>
      {presenting && (
        <OnDemand>
          <PresentView source={shownSource} onSourceChange={setSource} onClose={stopPresenting} />
        </OnDemand>
      )}
      <PrintedProfile source={presenting ? shownSource : 'local'} lang={lang} />
      <LiveAnnouncer onUndo={undo} />
      <OpenElsewhereDialog />
    </>
  );
}
