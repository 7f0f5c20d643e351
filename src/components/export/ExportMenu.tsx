/**
 * "Export" in the header: a disclosure with one button per format (PDF portrait/landscape, PNG,
 * JSON). A disclosure rather than an ARIA menu: four plain buttons are reachable with Tab and need
 * no arrow-key contract. The busy state and the result are said in a live region; a failure in an
 * alert, in words.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ShareLinkCopied, ShareLinkMessage } from './ShareLinkMessage';
import { preloadShareLink, useShareLink } from './useShareLink';
import { useProfileStore } from '../../store/profileStore';
import { TranslationWarning } from '../common/TranslationWarning';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { useExport, type FailureCause } from './useExport';
import './export.css';

/** A failed export says what helps: connect, reload, or try again. */
const FAILURE_KEYS: Record<FailureCause, string> = {
  offline: 'export.failedOffline',
  outdated: 'export.failedOutdated',
  other: 'export.failed',
};

const LABEL_KEYS: Record<ExportFormat, string> = {
  'pdf-portrait': 'export.pdfPortrait',
  'pdf-landscape': 'export.pdfLandscape',
  docx: 'export.docx',
  slides: 'export.slides.button',
  png: 'export.png',
  json: 'export.json',
};

/** The warning for the profile as it is now: only the open menu follows every change to it. */
function CurrentTranslationWarning({ id }: { id: string }) {
  const local = useProfileStore((s) => s.local);
  const lang = useProfileStore((s) => s.contentLanguage);
  return <TranslationWarning id={id} profile={local} lang={lang} className="export-menu__warning" />;
}

export function ExportMenu() {
  const { state, run, dismiss, formatName, t } = useExport();
  const share = useShareLink();
  const [open, setOpen] = useState(false);
  // Optional: adapted and own elements get a sign and the file a legend (PDF and PNG).
  const [withMarks, setWithMarks] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const busy = state.kind === 'busy';

  // Close on a click outside or Escape, as a disclosure that floats over the board should.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      ref={root}
      className="export-menu"
      aria-busy={busy}
      onBlur={(event) => {
        // Tabbing out of the open panel closes it, so it never covers the board unseen. A null
        // relatedTarget is a click (Safari does not focus clicked buttons): pointerdown handles it.
        const next = event.relatedTarget as Node | null;
        if (open && next && !root.current?.contains(next)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('export.menuLabel')}
        onClick={() => {
          if (!open) void preloadShareLink();
          share.dismiss();
          setOpen((value) => !value);
        }}
      >
        {t('export.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div
        id={panelId}
        className="export-menu__panel"
        hidden={!open}
        role="group"
        aria-label={t('export.menuLabel')}
        aria-describedby={`${panelId}-warning`}
      >
        {/* Said before choosing a format: the file will be in the profile language, gaps and all. */}
        {open && <CurrentTranslationWarning id={`${panelId}-warning`} />}
        <label className="export-menu__option">
          <input type="checkbox" checked={withMarks} onChange={(event) => setWithMarks(event.target.checked)} />
          {t('export.withMarks')}
        </label>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            // aria-disabled, not disabled: focus stays on the button while its export runs.
            aria-disabled={busy}
            onClick={() => {
              if (busy) return;
              // Close and give focus back to the toggle, where the status appears and is announced.
              setOpen(false);
              toggle.current?.focus();
              void run(format, withMarks);
            }}
          >
            {t(LABEL_KEYS[format])}
          </button>
        ))}
        {/* Sharing is not a file, but it is how a group's work leaves this browser: it lives here. */}
        <button
          type="button"
          className="export-menu__share"
          title={t('link.copyHint')}
          onClick={() => {
            setOpen(false);
            toggle.current?.focus();
            void share.copy();
          }}
        >
          {t('link.copy')}
        </button>
      </div>
      <ShareLinkMessage state={share.state} onDismiss={share.dismiss} onDownloadFile={() => void run('json')} />
      <p role="status" className={state.kind === 'busy' || state.kind === 'done' || share.state.kind === 'copied' ? 'export-status' : 'visually-hidden'}>
        {state.kind === 'busy' && (
          <>
            <span className="export-status__spinner" aria-hidden="true" />
            {t('export.busy', { format: formatName(state.format) })}
          </>
        )}
        {state.kind === 'done' && t('export.done', { file: state.fileName })}
        {share.state.kind === 'copied' && state.kind !== 'busy' && <ShareLinkCopied {...share.state} />}
      </p>
      {state.kind === 'failed' && (
        <div role="alert" className="export-alert">
          <p>{t(FAILURE_KEYS[state.cause], { format: formatName(state.format) })}</p>
          <button type="button" onClick={dismiss}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
