/**
 * The app's header: name, undo/redo, start over, import/export, present, and the language tools. The
 * file and language controls belong to their own features and come in from App, so feature folders
 * do not import each other. On a phone the tools fold behind a menu button (CSS decides when; on
 * wider screens the wrapper takes no part in the layout), so the board gets the screen.
 */
import { useState, type ReactNode, type Ref } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../store/profileStore';
import { useLiveStore } from '../../store/liveStore';
import { useUndoActions } from '../common/useUndoShortcuts';

interface ToolbarProps {
  onStartOver: () => void;
  onPresent: () => void;
  /** Opens the facilitator's summary of all groups. */
  onSummary: () => void;
  /** Focus comes back here when the presentation closes. */
  presentButtonRef?: Ref<HTMLButtonElement>;
  /** Focus comes back here when the summary closes. */
  summaryButtonRef?: Ref<HTMLButtonElement>;
  /** Import and export (components/export). */
  fileControls: ReactNode;
  /** Interface and profile language, translate, replace (components/translate). */
  languageControls: ReactNode;
}

export function Toolbar({ onStartOver, onPresent, onSummary, presentButtonRef, summaryButtonRef, fileControls, languageControls }: ToolbarProps) {
  const { t } = useTranslation();
  // In a live session undo is the session's own (this member's changes only).
  const live = useLiveStore((state) => state.controller !== null);
  const liveUndo = useLiveStore((state) => state.canUndo);
  const liveRedo = useLiveStore((state) => state.canRedo);
  const localUndo = useStore(useProfileStore.temporal, (state) => state.pastStates.length > 0);
  const localRedo = useStore(useProfileStore.temporal, (state) => state.futureStates.length > 0);
  const canUndo = live ? liveUndo : localUndo;
  const canRedo = live ? liveRedo : localRedo;
  const saveFailed = useProfileStore((state) => state.notice?.kind === 'saveFailed' || (state.notice?.kind === 'unreadable' && state.notice.held));
  const { undo, redo } = useUndoActions();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>{t('app.name')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <button
        type="button"
        className="app-header__menu-button"
        aria-expanded={menuOpen}
        aria-controls="app-header-tools"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span aria-hidden="true">☰</span>
        {t('toolbar.menu')}
      </button>
      <div
        id="app-header-tools"
        className={menuOpen ? 'app-header__tools app-header__tools--open' : 'app-header__tools'}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen && !event.defaultPrevented) setMenuOpen(false);
        }}
      >
        <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
          {/* Quiet reassurance, not a live region: every change is saved, so it would speak constantly. */}
          {!saveFailed && (
            <span className="save-status">
              <span aria-hidden="true">✓ </span>
              {/* Narrow screens get the short form, so the header keeps to two rows on a 1024 px projector. */}
              <span className="save-status__long">{t('toolbar.saved')}</span>
              <span className="save-status__short">{t('toolbar.savedShort')}</span>
            </span>
          )}
          <button type="button" onClick={undo} disabled={!canUndo} title={t('toolbar.undoHint')} aria-keyshortcuts="Control+Z">
            <span aria-hidden="true">↶ </span>
            {t('toolbar.undo')}
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} title={t('toolbar.redoHint')} aria-keyshortcuts="Control+Shift+Z Control+Y">
            <span aria-hidden="true">↷ </span>
            {t('toolbar.redo')}
          </button>
          <button type="button" onClick={onStartOver}>
            {t('toolbar.startOver')}
          </button>
          {fileControls}
          <button type="button" ref={presentButtonRef} onClick={onPresent} title={t('present.openHint')} aria-keyshortcuts="P">
            <span aria-hidden="true">▶ </span>
            {t('present.open')}
          </button>
        </div>
        {/* The facilitator's entry, outside the groups' toolbar: under the name on a laptop, not among the buttons. */}
        <button type="button" ref={summaryButtonRef} className="app-header__summary" onClick={onSummary} title={t('summary.openHint')}>
          {t('summary.open')}
        </button>
        {languageControls}
      </div>
    </header>
  );
}
