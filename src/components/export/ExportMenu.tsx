/**
 * "Export" in the header: a disclosure with one button per format (PDF portrait/landscape, PNG,
 * JSON). A disclosure rather than an ARIA menu: four plain buttons are reachable with Tab and need
 * no arrow-key contract. The busy state and the result are said in a live region; a failure in an
 * alert, in words.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useProfileStore } from '../../store/profileStore';
import { TranslationWarning } from '../translate/TranslationWarning';
import { EXPORT_FORMATS, type ExportFormat } from './createExport';
import { useExport } from './useExport';
import './export.css';

const LABEL_KEYS: Record<ExportFormat, string> = {
  'pdf-portrait': 'export.pdfPortrait',
  'pdf-landscape': 'export.pdfLandscape',
  png: 'export.png',
  json: 'export.json',
};

export function ExportMenu() {
  const { state, run, dismiss, formatName, t } = useExport();
  const [open, setOpen] = useState(false);
  // Optional: adapted and own elements get a sign and the file a legend (PDF and PNG).
  const [withMarks, setWithMarks] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const busy = state.kind === 'busy';
  const local = useProfileStore((s) => s.local);
  const lang = useProfileStore((s) => s.contentLanguage);

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
        onClick={() => setOpen((value) => !value)}
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
        {open && <TranslationWarning id={`${panelId}-warning`} profile={local} lang={lang} className="export-menu__warning" />}
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
      </div>
      <p role="status" className={state.kind === 'busy' || state.kind === 'done' ? 'export-status' : 'visually-hidden'}>
        {state.kind === 'busy' && (
          <>
            <span className="export-status__spinner" aria-hidden="true" />
            {t('export.busy', { format: formatName(state.format) })}
          </>
        )}
        {state.kind === 'done' && t('export.done', { file: state.fileName })}
      </p>
      {state.kind === 'failed' && (
        <div role="alert" className="export-alert">
          <p>{t('export.failed', { format: formatName(state.format) })}</p>
          <button type="button" onClick={dismiss}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
