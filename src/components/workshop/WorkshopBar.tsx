/**
 * The workshop's row above the work: build the profile or see the Bør / Gør matrix, filter the local
 * profile by its marks ("vis det, vi bør styrke"), and open the reflection questions beside it.
 */
import { useTranslation } from 'react-i18next';
import { countMatching, MARK_FILTERS, type MarkFilter } from '../../domain/marks';
import { countElements } from '../../domain/operations';
import { countAnswered } from '../../domain/questions';
import { useProfileStore } from '../../store/profileStore';
import { useWorkshopView, type WorkspaceView } from '../../store/workshopView';

const VIEWS: readonly WorkspaceView[] = ['board', 'matrix'];

export function WorkshopBar() {
  const { t } = useTranslation();
  const { view, filter, questionsOpen, setView, setFilter, setQuestionsOpen } = useWorkshopView();
  // Numbers, not the profile: a rename or a move elsewhere does not render the bar again.
  const total = useProfileStore((state) => countElements(state.local));
  const shown = useProfileStore((state) => countMatching(state.local, filter));
  const questions = useProfileStore((state) => state.local.questions?.length ?? 0);
  const answered = useProfileStore((state) => countAnswered(state.local));

  return (
    <div className="workshop-bar" role="group" aria-label={t('workshop.label')}>
      <div className="workshop-bar__views" role="group" aria-label={t('workshop.view')}>
        {VIEWS.map((value) => (
          <button key={value} type="button" aria-pressed={view === value} onClick={() => setView(value)}>
            {t(`workshop.views.${value}`)}
          </button>
        ))}
      </div>
      {view === 'board' && (
        <div className="field field--inline">
          <label className="field__label" htmlFor="mark-filter">
            {t('workshop.filter')}
          </label>
          <select id="mark-filter" value={filter} onChange={(event) => setFilter(event.target.value as MarkFilter)}>
            {MARK_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`workshop.filters.${value}`)}
              </option>
            ))}
          </select>
          {filter !== 'all' && (
            <span className="workshop-bar__shown" role="status">
              {t('workshop.shown', { shown, total })}
            </span>
          )}
        </div>
      )}
      <button
        type="button"
        className="workshop-bar__questions"
        aria-expanded={questionsOpen}
        aria-controls={questionsOpen ? 'reflection-questions' : undefined}
        onClick={() => setQuestionsOpen(!questionsOpen)}
      >
        <span aria-hidden="true">? </span>
        {t('questions.title')}
        {questions > 0 && <span className="workshop-bar__count"> {t('questions.progress', { answered: answered, total: questions })}</span>}
      </button>
    </div>
  );
}
