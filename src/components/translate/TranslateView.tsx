/**
 * Translate the local profile side by side: the source language on the left (read-only), the target
 * language on the right, for the title, category names and hints and every element. Untranslated
 * texts are highlighted and counted. Each saved field is one undo step.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { profileLanguages } from '../../domain/languages';
import { BASE_LANGUAGE, normalizeText, shorten, textIn } from '../../domain/text';
import { isTranslated } from '../../domain/text';
import { textAt, textItems, translateText, translationStatus } from '../../domain/translate';
import { languageName } from '../../i18n/formatDate';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { Modal } from '../common/Modal';
import { useDirection } from '../common/useDirection';
import { useUndoActions } from '../common/useUndoShortcuts';
import { AddLanguageForm } from './AddLanguageForm';
import { TranslationField } from './TranslationField';
import { useTextLabels } from './useTextLabels';

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

function TranslateContent({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const local = useProfileStore((state) => state.local);
  const contentLanguage = useProfileStore((state) => state.contentLanguage);
  const languages = useProfileStore(useShallow((state) => profileLanguages(state.local)));
  const dirOf = useDirection();
  const { undo } = useUndoActions();
  const labelOf = useTextLabels(local, i18n.language);
  const [source, setSource] = useState(BASE_LANGUAGE);
  const [target, setTarget] = useState(contentLanguage !== BASE_LANGUAGE ? contentLanguage : (languages.find((l) => l.code !== BASE_LANGUAGE)?.code ?? 'en'));
  const [adding, setAdding] = useState(false);
  // "Only what is missing" is a snapshot, so a row does not vanish while you are still in it.
  const [onlyMissing, setOnlyMissing] = useState<Set<string> | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const items = textItems(local);
  const status = translationStatus(local, target);
  const missingKeys = useMemo(() => new Set(status.missingKeys), [status.missingKeys]);
  const shown = onlyMissing ? items.filter((item) => onlyMissing.has(item.key)) : items;
  const nameOf = (code: string) => languageName(code, i18n.language, languages.find((l) => l.code === code)?.name ?? code);
  const targetName = nameOf(target);

  const chooseTarget = (code: string) => {
    setTarget(code);
    if (onlyMissing) setOnlyMissing(new Set(translationStatus(useProfileStore.getState().local, code).missingKeys));
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
          <button type="button" aria-expanded={adding} onClick={() => setAdding((value) => !value)}>
            {t('translate.addLanguage')}
          </button>
          <label className="radio">
            <input
              type="checkbox"
              checked={onlyMissing !== null}
              onChange={(event) => setOnlyMissing(event.target.checked ? new Set(status.missingKeys) : null)}
            />
            {t('translate.onlyMissing')}
          </label>
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
        <p className={`translate__status${status.missing > 0 ? ' translate__status--missing' : ''}`} role="status">
          {t('translate.remaining', { count: status.missing, total: status.total, language: targetName })}
        </p>
        {refused && (
          <p className="text-editor__error" role="alert">
            {refused}
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
          {shown.map((item) => {
            const from = textIn(item.text, source);
            const missing = missingKeys.has(item.key);
            return (
              <tr key={item.key} className={`translate__row translate__row--${item.ref.kind}${missing ? ' translate__row--missing' : ''}`}>
                <td>
                  <span className="translate__kind">{labelOf(item)}</span>
                  <span className="translate__source" lang={from.lang} dir={dirOf(from.lang)}>
                    {from.text}
                  </span>
                  {from.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
                </td>
                <td>
                  <TranslationField
                    id={`translate-${item.key}`}
                    label={t('translate.field', { language: targetName, text: shorten(from.text) })}
                    value={isTranslated(item.text, target) ? (item.text[target] ?? '') : ''}
                    lang={target}
                    dir={dirOf(target)}
                    missing={missing}
                    onSave={(text) => {
                      const before = useProfileStore.getState().local;
                      // Enter saves and moves on, and leaving the field saves again: the second is no change, not a refusal.
                      if (normalizeText(text) === (textAt(before, item.ref)?.[target] ?? '')) return true;
                      if (translateText(before, item.ref, target, text) === before) {
                        setRefused(t('translate.refused'));
                        return false;
                      }
                      setRefused(null);
                      useProfileStore.getState().translate(item.ref, target, text);
                      announce(text.trim() ? t('translate.saved', { text: shorten(text.trim()) }) : t('translate.removed'));
                      return true;
                    }}
                    onNext={() => focusNext(item.key)}
                  />
                  {missing && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
                </td>
              </tr>
            );
          })}
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
