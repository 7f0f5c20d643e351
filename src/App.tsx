import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Board } from './components/board/Board';
import { LiveAnnouncer } from './components/common/announcer';
import { NoticeBanner } from './components/header/NoticeBanner';
import { StartOverDialog } from './components/header/StartOverDialog';
import { Toolbar } from './components/header/Toolbar';
import { useUndoShortcuts } from './components/header/useUndoShortcuts';

export function App() {
  const { t } = useTranslation();
  const [startingOver, setStartingOver] = useState(false);
  useUndoShortcuts();
  return (
    <>
      <a className="skip-link" href="#local-profile">
        {t('app.skipToLocal')}
      </a>
      <Toolbar onStartOver={() => setStartingOver(true)} />
      <main className="app-main">
        <NoticeBanner />
        <Board />
      </main>
      <StartOverDialog open={startingOver} onClose={() => setStartingOver(false)} />
      <LiveAnnouncer />
    </>
  );
}
