/**
 * What happened when the link was made: copied (and whether it is long), refused by the clipboard
 * (the link to copy by hand), or too long for a link (the profile file instead).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LINK_LENGTH } from '../../export/shareFragment';
import type { ShareState } from './useShareLink';

interface ShareLinkMessageProps {
  state: ShareState;
  onDismiss: () => void;
  onDownloadFile: () => void;
}

export function ShareLinkMessage({ state, onDismiss, onDownloadFile }: ShareLinkMessageProps) {
  const { t, i18n } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  useEffect(() => {
    if (state.kind !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  // "Copied" is said in the export menu's status line (ShareLinkCopied), the one live region there.
  return (
    <>
      {state.kind === 'manual' && (
        <div className="export-alert share-manual">
          <label htmlFor="share-link-field">{t('link.manual')}</label>
          <input id="share-link-field" ref={field} type="text" readOnly value={state.link} onFocus={(event) => event.target.select()} />
          {state.long && <p>{t('link.long')}</p>}
          <button type="button" onClick={onDismiss}>
            {t('link.dismiss')}
          </button>
        </div>
      )}
      {state.kind === 'tooLong' && (
        <div role="alert" className="export-alert">
          <p>{t('link.tooLong', { chars: number(state.length), max: number(MAX_LINK_LENGTH) })}</p>
          <div className="share-actions">
            <button
              type="button"
              onClick={() => {
                onDismiss();
                onDownloadFile();
              }}
            >
              {t('link.downloadFile')}
            </button>
            <button type="button" onClick={onDismiss}>
              {t('link.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** The sentence for the status line once the link is on the clipboard. */
export function ShareLinkCopied({ length, long }: { length: number; long: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t('link.copied', { chars: new Intl.NumberFormat(i18n.language).format(length) })}
      {long && ` ${t('link.long')}`}
    </>
  );
}
