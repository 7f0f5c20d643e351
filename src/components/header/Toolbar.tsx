/** The app's header: name, undo/redo, start over, import/export, present, language. */
import type { Ref } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../i18n';
import { useProfileStore } from '../../store/profileStore';
import { ExportMenu } from '../export/ExportMenu';
import { ImportControls } from '../export/ImportControls';
import { useUndoActions } from './useUndoShortcuts';

interface ToolbarProps {
  onStartOver: () => void;
  onPresent: () => void;
  /** Focus comes back here when the presentation closes. */
  presentButtonRef?: Ref<HTMLButtonElement>;
}

export function Toolbar({ onStartOver, onPresent, presentButtonRef }: ToolbarProps) {
  const { t, i18n } = useTranslation();
  const canUndo = useStore(useProfileStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useProfileStore.temporal, (state) => state.futureStates.length > 0);
  const setContentLanguage = useProfileStore((state) => state.setContentLanguage);
  const saveFailed = useProfileStore((state) => state.notice?.kind === 'saveFailed');
  const { undo, redo } = useUndoActions();

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>{t('app.name')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        {/* Quiet reassurance, not a live region: every change is saved, so it would speak constantly. */}
        {!saveFailed && (
          <span className="save-status">
            <span aria-hidden="true">✓ </span>
            {t('toolbar.saved')}
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
        <ImportControls />
        <ExportMenu />
        <button type="button" ref={presentButtonRef} onClick={onPresent} title={t('present.openHint')} aria-keyshortcuts="P">
          <span aria-hidden="true">▶ </span>
          {t('present.open')}
        </button>
        <label className="field field--inline">
          <span className="field__label">{t('toolbar.language')}</span>
          <select
            value={i18n.language}
            onChange={(event) => {
              void i18n.changeLanguage(event.target.value);
              // Until the profile language gets its own switch, the profile follows the interface.
              setContentLanguage(event.target.value);
            }}
          >
            {uiLanguages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
