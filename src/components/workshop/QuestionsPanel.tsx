/**
 * The reflection questions beside the profile: the group answers them, rewords them, reorders them,
 * adds its own. Answers are saved with the profile (and exported with it). Questions come in the
 * profile language, with Danish marked "Ikke oversat" where a translation is missing.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS } from '../../domain/limits';
import { countAnswered } from '../../domain/questions';
import { genericProfile } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { TextEditor } from '../common/TextEditor';
import { QuestionItem } from './QuestionItem';
import { useWorkshopView } from '../../store/workshopView';
import './workshopViews.css';

export function QuestionsPanel() {
  const { t } = useTranslation();
  const questions = useProfileStore((state) => state.local.questions) ?? [];
  const answered = useProfileStore((state) => countAnswered(state.local));
  const lang = useProfileStore((state) => state.contentLanguage);
  const genericHasQuestions = useProfileStore((state) => (genericProfile(state.genericId).questions?.length ?? 0) > 0);
  const close = useWorkshopView((state) => state.setQuestionsOpen);
  const [adding, setAdding] = useState(false);
  const full = questions.length >= MAX_QUESTIONS;

  return (
    <aside id="reflection-questions" className="questions panel" aria-labelledby="questions-heading">
      <div className="questions__header">
        <h2 id="questions-heading">{t('questions.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('questions.close')}
          title={t('questions.close')}
          onClick={() => {
            close(false);
            document.querySelector<HTMLButtonElement>('.workshop-bar__questions')?.focus();
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p className="questions__intro">{t('questions.intro')}</p>
      {questions.length > 0 && <p className="questions__progress">{t('questions.progress', { answered, total: questions.length })}</p>}
      {questions.length === 0 && <p className="questions__empty">{t('questions.empty')}</p>}
      {genericHasQuestions && !questions.some((question) => question.sourceId) && (
        <button type="button" onClick={() => useProfileStore.getState().addMissingQuestions()}>
          {t('questions.fromGeneric')}
        </button>
      )}
      <ol className="questions__list">
        {questions.map((question, index) => (
          <QuestionItem key={question.id} question={question} number={index + 1} count={questions.length} lang={lang} />
        ))}
      </ol>
      {full ? (
        <p className="questions__full">{t('questions.full', { max: MAX_QUESTIONS })}</p>
      ) : adding ? (
        <TextEditor
          label={t('questions.addLabel')}
          lang={lang}
          saveOnBlur={false}
          clearAfterSave
          onSave={(text) => {
            if (useProfileStore.getState().addQuestion(text)) announce(t('questions.added', { count: questions.length + 1 }));
          }}
          onCancel={() => {
            // Render the button now so focus can return to it at once, not to <body>.
            flushSync(() => setAdding(false));
            document.getElementById('add-question')?.focus();
          }}
        />
      ) : (
        <button id="add-question" type="button" className="add-button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+ </span>
          {t('questions.add')}
        </button>
      )}
    </aside>
  );
}
