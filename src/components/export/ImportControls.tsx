/**
 * "Import" in the header, and drop-a-file-anywhere: reads a JSON file or an exported PNG, asks
 * before replacing the local profile, and says in words why a file cannot be used. A refused file
 * never touches the profile; an accepted one replaces it through the store's undoable replaceLocal.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, RestoreResult } from '../../domain/migrate';
import type { Profile } from '../../domain/profile';
import { readProfileFile } from '../../export/importFile';
import { describeProblems } from '../../i18n/problemMessage';
import { useProfileStore } from '../../store/profileStore';
import { FileDropZone } from './FileDropZone';
import { ImportConfirmDialog } from './ImportConfirmDialog';
import './export.css';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'confirm'; fileName: string; profile: Profile; migrated: boolean }
  | { kind: 'failed'; fileName: string; problems: Problem[] }
  /** Imported, or cancelled: a message for the status line. */
  | { kind: 'said'; message: string };

export const ACCEPTED_FILES = '.json,.png,application/json,image/png';

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

  const importFile = useCallback(async (file: File) => {
    setState({ kind: 'reading', fileName: file.name });
    // The reader never throws; if it ever did, the status must still not hang at "Reading …".
    const result = await readProfileFile(file).catch((): RestoreResult => ({ ok: false, problems: [{ code: 'unreadable_file' }] }));
    setState(
      result.ok
        ? { kind: 'confirm', fileName: file.name, profile: result.profile, migrated: result.migratedFrom !== undefined }
        : { kind: 'failed', fileName: file.name, problems: result.problems },
    );
  }, []);

  const finish = (message: string) => {
    setState({ kind: 'said', message });
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
        {state.kind === 'said' && state.message}
      </p>
      {state.kind === 'failed' && (
        <div role="alert" className="import-message import-message--error">
          <p>{t('import.failed', { file: state.fileName })}</p>
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
        <ImportConfirmDialog
          profile={state.profile}
          fileName={state.fileName}
          migrated={state.migrated}
          lang={lang}
          onConfirm={() => {
            useProfileStore.getState().replaceLocal(state.profile);
            finish(t('import.done', { file: state.fileName }));
          }}
          onCancel={() => finish(t('import.cancelled'))}
        />
      )}
      {acceptDrops && <FileDropZone onFile={(file) => void importFile(file)} />}
    </div>
  );
}
