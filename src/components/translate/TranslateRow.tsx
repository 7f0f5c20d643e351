/**
 * One row of the translate view: the source text (read-only) beside the target-language field. A
 * translation made from an earlier Danish text shows that text beside today's, and one button says
 * it still holds.
 */
import { useTranslation } from 'react-i18next';
import { BASE_LANGUAGE, isTranslated, normalizeText, shorten, textIn } from '../../domain/text';
import { itemOutdatedSource, textAt, translateText, type TextItem } from '../../domain/translate';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { useDirection } from '../common/useDirection';
import { TranslationField } from './TranslationField';

interface TranslateRowProps {
  item: TextItem;
  label: string;
  source: string;
  target: string;
  targetName: string;
  /** Called with false when a save was refused (blank Danish text), true when one went through. */
  onSaved: (ok: boolean) => void;
  onNext: () => void;
}

export function TranslateRow({ item, label, source, target, targetName, onSaved, onNext }: TranslateRowProps) {
  const { t } = useTranslation();
  const dirOf = useDirection();
  const from = textIn(item.text, source);
  const missing = !isTranslated(item.text, target);
  const oldSource = itemOutdatedSource(item, target);
  const rowClass = `translate__row translate__row--${item.ref.kind}${missing ? ' translate__row--missing' : ''}${oldSource !== undefined ? ' translate__row--outdated' : ''}`;

  const save = (text: string) => {
    const before = useProfileStore.getState().local;
    // Enter saves and moves on, and leaving the field saves again: the second is no change, not a refusal.
    if (normalizeText(text) === (textAt(before, item.ref)?.[target] ?? '')) return true;
    if (translateText(before, item.ref, target, text) === before) {
      onSaved(false);
      return false;
    }
    onSaved(true);
    useProfileStore.getState().translate(item.ref, target, text);
    announce(text.trim() ? t('translate.saved', { text: shorten(text.trim()) }) : t('translate.removed'));
    return true;
  };

  const confirm = () => {
    useProfileStore.getState().confirmTranslation(item.ref, target);
    announce(t('translate.confirmed', { text: shorten(item.text[target] ?? '') }));
  };

  return (
    <tr className={rowClass}>
      <td>
        <span className="translate__kind">{label}</span>
        <span className="translate__source" lang={from.lang} dir={dirOf(from.lang)}>
          {from.text}
        </span>
        {from.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
        {oldSource !== undefined && (
          <div className="translate__changed">
            <p>{t('translate.changed')}</p>
            <p>
              <span className="translate__changed-label">{t('translate.before')}</span>{' '}
              <del lang={BASE_LANGUAGE}>{oldSource}</del>
            </p>
            <p>
              <span className="translate__changed-label">{t('translate.now')}</span>{' '}
              <ins lang={BASE_LANGUAGE}>{item.text[BASE_LANGUAGE]}</ins>
            </p>
          </div>
        )}
      </td>
      <td>
        <TranslationField
          id={`translate-${item.key}`}
          label={t('translate.field', { language: targetName, text: shorten(from.text) })}
          value={missing ? '' : (item.text[target] ?? '')}
          lang={target}
          dir={dirOf(target)}
          missing={missing || oldSource !== undefined}
          onSave={save}
          onNext={onNext}
        />
        {missing && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
        {oldSource !== undefined && (
          <span className="translate__outdated">
            <span className="badge badge--outdated">{t('card.outdated')}</span>
            <button type="button" onClick={confirm} aria-label={t('translate.confirmFor', { text: shorten(item.text[target] ?? '') })}>
              {t('translate.confirm')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
