/**
 * The groups in the summary: add their files (several at once, or dropped anywhere on the page) and
 * pasted links, name each group, remove one. Names are the facilitator's words: plain text.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countElements } from '../../domain/operations';
import { useSummaryStore } from '../../store/summaryStore';
import { ACCEPTED_FILES, FileDropZone } from '../common/FileDropZone';
import { useAddGroups } from './useAddGroups';

export function SummaryGroups() {
  const { t } = useTranslation();
  const groups = useSummaryStore((state) => state.groups);
  const { renameGroup, removeGroup } = useSummaryStore.getState();
  const { busy, report, addFiles, addLinks, clearReport } = useAddGroups();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [links, setLinks] = useState('');
  const ids = useId();

  return (
    <section className="summary-groups" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} ref={heading} tabIndex={-1}>
        {t('summary.groups', { count: groups.length })}
      </h3>
      <div className="summary-groups__add">
        <div className="summary-groups__files">
          <button type="button" onClick={() => input.current?.click()} aria-describedby={`${ids}-files-hint`} aria-busy={busy}>
            {t('summary.addFiles')}
          </button>
          <p id={`${ids}-files-hint`} className="summary__hint">
            {t('summary.filesHint')}
          </p>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={ACCEPTED_FILES}
            aria-label={t('summary.addFiles')}
            data-testid="summary-file-input"
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = ''; // the same files again must fire change again
              if (files.length > 0) void addFiles(files);
            }}
          />
        </div>
        <form
          className="summary-groups__links"
          onSubmit={(event) => {
            event.preventDefault();
            void addLinks(links).then((count) => count > 0 && setLinks(''));
          }}
        >
          <label htmlFor={`${ids}-links`} className="field__label">
            {t('summary.pasteLinks')}
          </label>
          <textarea id={`${ids}-links`} rows={2} value={links} onChange={(event) => setLinks(event.target.value)} spellCheck={false} />
          <button type="submit" disabled={links.trim() === ''}>
            {t('summary.addLinks')}
          </button>
        </form>
      </div>

      <p role="status" className={report && report.refused.length === 0 ? 'summary__message' : 'visually-hidden'}>
        {report && report.refused.length === 0 && t('summary.added', { count: report.added })}
      </p>
      {report && report.refused.length > 0 && (
        <div role="alert" className="summary__message summary__message--error">
          {report.added > 0 && <p>{t('summary.added', { count: report.added })}</p>}
          <p>{t('summary.refused', { count: report.refused.length })}</p>
          <ul>
            {report.refused.map(({ source, reasons }, i) => (
              <li key={i}>
                <bdi className="summary__source">{source}</bdi>: {reasons.join(' ')}
              </li>
            ))}
          </ul>
          <button type="button" onClick={clearReport}>
            {t('summary.dismiss')}
          </button>
        </div>
      )}

      {groups.length > 0 && (
        <ol className="summary-groups__list">
          {groups.map((group, index) => (
            <li key={group.id} className="summary-group">
              <label className="field__label" htmlFor={`${ids}-${group.id}`}>
                {t('summary.groupName', { n: index + 1 })}
              </label>
              <input
                id={`${ids}-${group.id}`}
                type="text"
                value={group.name}
                maxLength={100}
                onChange={(event) => renameGroup(group.id, event.target.value)}
              />
              <p className="summary-group__meta">
                {t('summary.groupMeta', { count: countElements(group.profile) })} · <bdi>{group.origin}</bdi>
              </p>
              <button
                type="button"
                className="summary-group__remove"
                aria-label={t('summary.removeLabel', { name: group.name.trim() || t('summary.groupNumber', { n: index + 1 }) })}
                onClick={() => {
                  removeGroup(group.id);
                  heading.current?.focus(); // the button is gone; the list's heading says how many are left
                }}
              >
                {t('summary.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <FileDropZone onFile={() => {}} onFiles={(files) => void addFiles(files)} label={t('summary.drop')} hint={t('summary.dropHint')} />
    </section>
  );
}
