/**
 * Translate the local profile side by side: the source language on the left (read-only), the target
 * language on the right, for the title, the role, category names and hints and every element.
 * Untranslated texts and translations made from an earlier Danish text (out of date) are marked,
 * counted apart and can be filtered. Each saved field is one undo step.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { BASE_LANGUAGE } from '../../domain/text';
import { textItems, translationStatus } from '../../domain/translate';
import { languageName } from '../../i18n/formatDate';
import { useProfileStore } from '../../store/profileStore';
import { Modal } from '../common/Modal';
import { useDirection } from '../common/useDirection';
import { useUndoActions } from '../common/useUndoShortcuts';
import { AddLanguageForm } from './AddLanguageForm';
import { TranslateRow } from './TranslateRow';
import { useProfileLanguages } from './useProfileLanguages';
import { TranslationStatusText } from '../common/TranslationStatusText';
import { useTextLabels } from './useTextLabels';
import './translateViews.css';

interface TranslateViewProps {
  open: boolean;
  onClose: () => void;
}

export function TranslateView({ open, onClose }: TranslateViewProps) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="translate-title" className="dialog--wide translate">
      <TranslateContent onClose={onClose} />
    </Modal>
  );
}

/** Which rows the view shows. */
type Filter = 'all' | 'todo' | 'missing' | 'outdated';
const FILTERS: readonly Filter[] = ['all', 'todo', 'missing', 'outdated'];

/** The keys of the texts `filter` shows in `lang`, or null for all. */
function keysFor(profile: Profile, lang: string, filter: Filter): Set<string> | null {
  if (filter === 'all') return null;
  const status = translationStatus(profile, lang);
  if (filter === 'missing') return new Set(status.missingKeys);
  if (filter === 'outdated') return new Set(status.outdatedKeys);
  return new Set([...status.missingKeys, ...status.outdatedKeys]);
}

function TranslateContent({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const local = useProfileStore((state) => state.local);
  const contentLanguage = useProfileStore((state) => state.contentLanguage);
  const languages = useProfileLanguages();
  const dirOf = useDirection();
  const { undo } = useUndoActions();
  const labelOf = useTextLabels(local, i18n.language);
  const [source, setSource] = useState(BASE_LANGUAGE);
  const [target, setTarget] = useState(contentLanguage !== BASE_LANGUAGE ? contentLanguage : (languages.find((l) => l.code !== BASE_LANGUAGE)?.code ?? 'en'));
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  // The filtered rows are a snapshot, so a row does not vanish while you are still in it.
  const [shownKeys, setShownKeys] = useState<Set<string> | null>(null);
  // A code, not a sentence: it is said in the interface language of the moment.
  const [refused, setRefused] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);

  const items = textItems(local);
  const status = useMemo(() => translationStatus(local, target), [local, target]);
  const shown = shownKeys ? items.filter((item) => shownKeys.has(item.key)) : items;
  const nameOf = (code: string) => languageName(code, i18n.language, languages.find((l) => l.code === code)?.name ?? code);
  const targetName = nameOf(target);

  const chooseFilter = (next: Filter, lang = target) => {
    setFilter(next);
    setShownKeys(keysFor(useProfileStore.getState().local, lang, next));
  };
  const chooseTarget = (code: string) => {
    setTarget(code);
    chooseFilter(filter, code);
  };

  const focusNext = (key: string) => {
    const fields = [...document.querySelectorAll<HTMLTextAreaElement>('.translate [data-translate-field]')];
    const index = fields.findIndex((field) => field.id === `translate-${key}`);
    const next = fields[index + 1];
    if (next) next.focus();
    else closeButton.current?.focus();
  };

  return (
    <div className="translate__layout">
      <header className="translate__header">
        <h2 id="translate-title">{t('translate.title')}</h2>
        <p className="translate__intro">{t('translate.intro')}</p>
        <div className="translate__controls">
          <div className="field field--inline">
            <label className="field__label" htmlFor="translate-source">
              {t('translate.source')}
            </label>
            <select
              id="translate-source"
              value={source}
              onChange={(event) => {
                setSource(event.target.value);
                if (event.target.value === target) chooseTarget(languages.find((l) => l.code !== event.target.value)?.code ?? BASE_LANGUAGE);
              }}
            >
              {languages.map((language) => (
                <option key={language.code} value={language.code} lang={language.code} dir={dirOf(language.code)}>
                  {language.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label className="field__label" htmlFor="translate-target">
              {t('translate.target')}
            </label>
            <select id="translate-target" value={target} onChange={(event) => chooseTarget(event.target.value)}>
              {languages
                .filter((language) => language.code !== source)
                .map((language) => (
                  <option key={language.code} value={language.code} lang={language.code} dir={dirOf(language.code)}>
                    {language.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="field field--inline">
            <label className="field__label" htmlFor="translate-filter">
              {t('translate.filter')}
            </label>
            <select id="translate-filter" value={filter} onChange={(event) => chooseFilter(event.target.value as Filter)}>
              {FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`translate.filters.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" aria-expanded={adding} onClick={() => setAdding((value) => !value)}>
            {t('translate.addLanguage')}
          </button>
        </div>
        {adding && (
          <AddLanguageForm
            onAdded={(code) => {
              setAdding(false);
              chooseTarget(code);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
        <p className={`translate__status${status.missing + status.outdated > 0 ? ' translate__status--missing' : ''}`} role="status">
          <TranslationStatusText status={status} language={targetName} />
        </p>
        {refused && (
          <p className="text-editor__error" role="alert">
            {t('translate.refused')}
          </p>
        )}
      </header>
      <table className="translate__table">
        <thead>
          <tr>
            <th scope="col" lang={source}>
              {nameOf(source)}
            </th>
            <th scope="col" lang={target}>
              {targetName}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => (
            <TranslateRow
              key={item.key}
              item={item}
              label={labelOf(item)}
              source={source}
              target={target}
              targetName={targetName}
              onSaved={(ok) => setRefused(!ok)}
              onNext={() => focusNext(item.key)}
            />
          ))}
        </tbody>
      </table>
      <footer className="dialog__actions translate__footer">
        <button type="button" onClick={undo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          {t('common.close')}
        </button>
      </footer>
    </div>
  );
}
