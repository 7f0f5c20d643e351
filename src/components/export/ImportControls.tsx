/**
 * "Import" in the header, and drop-a-file-anywhere: reads a JSON file or an exported PNG, asks
 * whether it replaces the local profile or adds to it, and says in words why a file cannot be used.
 * A refused file never touches the profile; an accepted one goes through the store's undoable
 * replaceLocal or mergeIntoLocal.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, RestoreResult } from '../../domain/migrate';
import type { Profile } from '../../domain/profile';
import { describeProblems } from '../../i18n/problemMessage';
import { useProfileStore } from '../../store/profileStore';
import { ACCEPTED_FILES, FileDropZone } from '../common/FileDropZone';
import { lazyNamed, OnDemand } from '../common/onDemand';
import './export.css';

// Shown only once a file has been read: loaded then (shared with IncomingLink, one chunk).
const IncomingProfileDialog = lazyNamed(() => import('./IncomingProfileDialog').then((module) => module.IncomingProfileDialog));

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'confirm'; fileName: string; profile: Profile; migrated: boolean; othersDropped: number }
  | { kind: 'failed'; fileName: string; problems: Problem[]; othersDropped: number }
  /** Imported, added or cancelled: what the status line says — as a code, so it is said in the interface language of the moment. */
  | { kind: 'said'; outcome: 'done' | 'added' | 'cancelled'; fileName: string; count?: number };

export function ImportControls({ acceptDrops = true }: { acceptDrops?: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const lang = useProfileStore((s) => s.contentLanguage);

  useEffect(() => {
    if (state.kind !== 'said') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 8000);
    return () => clearTimeout(timer);
  }, [state]);

  const importFile = useCallback(async (file: File, othersDropped = 0) => {
    setState({ kind: 'reading', fileName: file.name });
    // The reader never throws; if it ever did, the status must still not hang at "Reading …".
    // The reader (PNG text chunks, JSON, checks) loads with the first file; a failed fetch is said as unreadable.
    const result = await import('../../export/importFile')
      .then(({ readProfileFile }) => readProfileFile(file))
      .catch((): RestoreResult => ({ ok: false, problems: [{ code: 'unreadable_file' }] }));
    setState(
      result.ok
        ? { kind: 'confirm', fileName: file.name, profile: result.profile, migrated: result.migratedFrom !== undefined, othersDropped }
        : { kind: 'failed', fileName: file.name, problems: result.problems, othersDropped },
    );
  }, []);

  const finish = (outcome: 'done' | 'added' | 'cancelled', fileName: string, count?: number) => {
    setState({ kind: 'said', outcome, fileName, ...(count !== undefined ? { count } : {}) });
    button.current?.focus(); // the dialog is gone; focus goes back where the user started
  };

  return (
    <div className="import-controls">
      <button ref={button} type="button" title={t('import.hint')} onClick={() => input.current?.click()} aria-busy={state.kind === 'reading'}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label={t('import.hint')}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // picking the same file again must fire change again
          if (file) void importFile(file);
        }}
      />
      <p role="status" className={state.kind === 'reading' || state.kind === 'said' ? 'import-message' : 'visually-hidden'}>
        {state.kind === 'reading' && t('import.reading', { file: state.fileName })}
        {state.kind === 'said' &&
          (state.outcome === 'done'
            ? t('import.done', { file: state.fileName })
            : state.outcome === 'added'
              ? t('import.added', { file: state.fileName, count: state.count ?? 0 })
              : t('import.cancelled'))}
      </p>
      {state.kind === 'failed' && (
        <div role="alert" className="import-message import-message--error">
          <p>{t('import.failed', { file: state.fileName })}</p>
          {state.othersDropped > 0 && <p>{t('import.onlyFirst', { file: state.fileName, count: state.othersDropped })}</p>}
          <ul>
            {describeProblems(state.problems, t).map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('import.dismiss')}
          </button>
        </div>
      )}
      {state.kind === 'confirm' && (
        <OnDemand>
          <IncomingProfileDialog
            profile={state.profile}
            origin={state.fileName}
            migrated={state.migrated}
            note={state.othersDropped > 0 ? t('import.onlyFirst', { file: state.fileName, count: state.othersDropped }) : undefined}
            lang={lang}
            onReplace={() => {
              useProfileStore.getState().replaceLocal(state.profile);
              finish('done', state.fileName);
            }}
            onAdd={() => {
              const merged = useProfileStore.getState().mergeIntoLocal(state.profile);
              // Refused (the profile would pass a limit): the notice says why; the profile is as it was.
              if (merged) finish('added', state.fileName, merged.added.length);
              else finish('cancelled', state.fileName);
            }}
            onCancel={() => finish('cancelled', state.fileName)}
          />
        </OnDemand>
      )}
      {acceptDrops && <FileDropZone onFile={(file, othersDropped) => void importFile(file, othersDropped)} />}
    </div>
  );
}
