/**
 * The facilitator's summary of all groups, instead of the board: collect the groups' files and
 * links, see per generic element how many groups kept it and under which names, the groups' own
 * elements, the Bør / Gør marks and the reflection answers; present it on the projector or save it
 * as a PDF. Loaded with import() only when opened, so a group's first load stays light.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarize } from '../../domain/summary';
import { textIn } from '../../domain/text';
import { summaryDocument } from '../../export/summaryDocument';
import { genericProfile, genericProfiles } from '../../store/catalog';
import { summaryBaseId } from '../../store/summaryBase';
import { useProfileStore } from '../../store/profileStore';
import { useSummaryStore } from '../../store/summaryStore';
import { SummaryGroups } from './SummaryGroups';
import { SummaryPresentView } from './SummaryPresentView';
import { SummaryResults } from '../common/SummaryResults';
import { summaryWords } from '../common/summaryWords';
import { useSummaryPdf } from './useSummaryPdf';
import '../common/summary.css';

export default function SummaryView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const groups = useSummaryStore((state) => state.groups);
  const lang = useProfileStore((state) => state.contentLanguage);
  const currentGenericId = useProfileStore((state) => state.genericId);
  const [chosenGeneric, setChosenGeneric] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(false);

  const genericId =
    chosenGeneric ??
    summaryBaseId(
      groups.map((group) => group.profile),
      currentGenericId,
    );
  const generic = genericProfile(genericId);
  const names = useMemo(() => groups.map((group, i) => group.name.trim() || t('summary.groupNumber', { n: i + 1 })), [groups, t]);
  // Recounted when the groups, their names, the generic profile or the language change: linear and cheap.
  const summary = useMemo(() => summarize(groups, generic, lang), [groups, generic, lang]);
  const words = useMemo(() => summaryWords(t), [t]);
  const doc = useMemo(() => summaryDocument(summary, names, words), [summary, names, words]);
  const pdf = useSummaryPdf();

  // Focus moves in the commit that shows the view (a layout effect), not a frame later: a view
  // loaded on demand appears when its code arrives, and a key pressed in between must land in it.
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  // Back to the button once the page is no longer inert (focus cannot land there before).
  useEffect(() => {
    if (wasPresenting.current && !presenting) presentButton.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <>
      <div className="summary" inert={presenting}>
        <header className="summary__header">
          <button type="button" className="summary__back" onClick={onClose}>
            <span aria-hidden="true">← </span>
            {t('summary.back')}
          </button>
          <div className="summary__titles">
            <h2 ref={heading} tabIndex={-1}>
              {t('summary.title')}
            </h2>
            <p className="summary__intro">{t('summary.intro')}</p>
          </div>
          <div className="summary__actions">
            <button type="button" ref={presentButton} disabled={groups.length === 0} onClick={() => setPresenting(true)}>
              <span aria-hidden="true">▶ </span>
              {t('summary.present')}
            </button>
            <button
              type="button"
              disabled={groups.length === 0}
              aria-busy={pdf.state.kind === 'busy'}
              onClick={() => void pdf.run(doc, textIn(generic.title, lang).text, lang)}
            >
              {t('summary.pdf')}
            </button>
            <p role="status" className={pdf.state.kind === 'idle' ? 'visually-hidden' : 'summary__message'}>
              {pdf.state.kind === 'busy' && t('summary.pdfBusy')}
              {pdf.state.kind === 'done' && t('export.done', { file: pdf.state.fileName })}
              {pdf.state.kind === 'failed' && t('export.failed', { format: 'PDF' })}
            </p>
          </div>
        </header>

        <main className="summary__main">
          <SummaryGroups />
          {genericProfiles().length > 1 && (
            <div className="field summary__generic">
              <label className="field__label" htmlFor="summary-generic">
                {t('summary.comparedWith')}
              </label>
              <select id="summary-generic" value={generic.id} onChange={(event) => setChosenGeneric(event.target.value)}>
                {genericProfiles().map((profile) => (
                  <option key={profile.id} value={profile.id}>
                    {textIn(profile.title, lang).text}
                  </option>
                ))}
              </select>
            </div>
          )}
          {groups.length === 0 ? <p className="summary__empty">{t('summary.empty')}</p> : <SummaryResults document={doc} notAnswered={words.notAnswered} />}
        </main>
      </div>
      {presenting && (
        <SummaryPresentView document={doc} title={t('summary.slidesTitle', { count: groups.length })} onClose={() => setPresenting(false)} />
      )}
    </>
  );
}
