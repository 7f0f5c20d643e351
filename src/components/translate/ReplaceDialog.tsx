/**
 * Replace a term everywhere in the local profile, in the profile's language ("kædeansvar" → "vores
 * ungenetværk"): matches are shown highlighted; replace them one text at a time or all at once,
 * which is one undo step. A text that would become empty is left alone, and the user is told.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findMatches, type ReplaceResult } from '../../domain/replace';
import { shorten } from '../../domain/text';
import { languageName } from '../../i18n/formatDate';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { Modal } from '../common/Modal';
import { useDirection } from '../common/useDirection';
import { useUndoActions } from '../common/useUndoShortcuts';
import { Highlighted } from './Highlighted';
import { useTextLabels } from './useTextLabels';
import './translateViews.css';

export function ReplaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="replace-title" className="dialog--wide replace">
      <ReplaceContent onClose={onClose} />
    </Modal>
  );
}

function ReplaceContent({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const local = useProfileStore((state) => state.local);
  const lang = useProfileStore((state) => state.contentLanguage);
  const dirOf = useDirection();
  const { undo } = useUndoActions();
  const labelOf = useTextLabels(local, i18n.language);
  const [find, setFind] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  // What was replaced, kept as data and said in words at render (in the interface language of the moment).
  const [result, setResult] = useState<ReplaceResult | null>(null);
  const options = { ignoreCase: !matchCase };
  const matches = findMatches(local, lang, find, options);
  const total = matches.reduce((sum, match) => sum + match.count, 0);
  const ownName = local.languages?.find((l) => l.code === lang)?.name ?? lang;

  const linesOf = (done: ReplaceResult) => [
    t('replace.done', { count: done.count }),
    ...(done.skipped.length > 0
      ? [t('replace.skipped', { count: done.skipped.length, texts: done.skipped.map((m) => `«${shorten(m.text, 40)}»`).join(', ') })]
      : []),
  ];
  const outcome = result ? linesOf(result) : [];
  const report = (done: ReplaceResult) => {
    setResult(done);
    announce(linesOf(done).join(' '));
  };

  return (
    <div className="replace__layout">
      <h2 id="replace-title">{t('replace.title')}</h2>
      <p>{t('replace.intro', { language: languageName(lang, i18n.language, ownName) })}</p>
      <div className="replace__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-find`}>
            {t('replace.find')}
          </label>
          <input
            id={`${id}-find`}
            type="search"
            value={find}
            lang={lang}
            dir={dirOf(lang)}
            onChange={(event) => {
              setFind(event.target.value);
              setResult(null);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-replacement`}>
            {t('replace.replacement')}
          </label>
          <input
            id={`${id}-replacement`}
            type="text"
            value={replacement}
            lang={lang}
            dir={dirOf(lang)}
            onChange={(event) => setReplacement(event.target.value)}
          />
        </div>
        <label className="radio">
          <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
          {t('replace.matchCase')}
        </label>
      </div>
      <div className="replace__summary">
        <p role="status">{find.trim() === '' ? '' : t('replace.found', { count: total })}</p>
        <button
          type="button"
          disabled={matches.length === 0}
          onClick={() => report(useProfileStore.getState().replaceText(find, replacement, options))}
        >
          {t('replace.replaceAll')}
        </button>
      </div>
      {outcome.length > 0 && (
        <div className="replace__outcome">
          {outcome.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {matches.length > 0 && (
        <ul className="replace__matches" aria-label={t('replace.matches')}>
          {matches.map((match) => (
            <li key={match.key} className="replace__match">
              <span className="translate__kind">{labelOf(match)}</span>
              <span className="replace__text" lang={lang} dir={dirOf(lang)}>
                <Highlighted text={match.text} find={find} options={options} />
              </span>
              <button
                type="button"
                aria-label={t('replace.replaceIn', { text: shorten(match.text) })}
                onClick={() => report(useProfileStore.getState().replaceText(find, replacement, { ...options, only: match.ref }))}
              >
                {t('replace.replaceOne')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={undo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
