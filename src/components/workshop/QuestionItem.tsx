/**
 * One reflection question: its text as the label of the group's answer, and a menu to reword, move
 * or delete it. Rewording happens in place (Enter saves, Escape cancels), like renaming an element.
 */
import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../domain/profile';
import { shorten, textIn } from '../../domain/text';
import { useProfileStore } from '../../store/profileStore';
import { announce } from '../common/announcer';
import { useDirection } from '../common/useDirection';
import { CardMenu, type MenuItem } from '../common/CardMenu';
import { TextEditor } from '../common/TextEditor';
import { DraftTextArea } from './DraftTextArea';

interface QuestionItemProps {
  question: Question;
  number: number;
  count: number;
  lang: string;
}

const focusMenuOf = (id: string) => document.querySelector<HTMLButtonElement>(`[data-question-id="${id}"] button[aria-haspopup]`)?.focus();

export function QuestionItem({ question, number, count, lang }: QuestionItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const shown = textIn(question.text, lang);
  const dir = useDirection()(shown.lang);
  const answerId = `answer-${question.id}`;
  const short = shorten(shown.text);

  const stopEditing = useCallback(() => {
    flushSync(() => setEditing(false));
    focusMenuOf(question.id);
  }, [question.id]);

  const items: MenuItem[] = useMemo(() => {
    const move = (delta: -1 | 1) => {
      useProfileStore.getState().moveQuestion(question.id, delta);
      announce(t('questions.moved', { text: short, position: number + delta, total: count }));
      // The list re-renders in its new order; the menu button of the moved question keeps focus.
      requestAnimationFrame(() => focusMenuOf(question.id));
    };
    return [
      { label: t('questions.edit'), onSelect: () => setEditing(true) },
      { label: t('questions.moveUp'), onSelect: () => move(-1), disabled: number === 1 },
      { label: t('questions.moveDown'), onSelect: () => move(1), disabled: number === count },
      {
        label: t('questions.remove'),
        onSelect: () => {
          const { local } = useProfileStore.getState();
          const questions = local.questions ?? [];
          const neighbour = questions[number] ?? questions[number - 2];
          useProfileStore.getState().removeQuestion(question.id);
          announce(t('questions.removed', { text: short }));
          requestAnimationFrame(() => (neighbour ? focusMenuOf(neighbour.id) : document.getElementById('add-question')?.focus()));
        },
      },
    ];
  }, [t, question.id, number, count, short]);

  return (
    <li className="question" data-question-id={question.id}>
      <div className="question__head">
        {editing ? (
          <TextEditor
            label={t('questions.editLabel', { number })}
            initial={shown.text}
            lang={shown.lang}
            dir={dir}
            onSave={(text) => {
              useProfileStore.getState().editQuestion(question.id, text);
              stopEditing();
            }}
            onCancel={stopEditing}
          />
        ) : (
          <label htmlFor={answerId} className="question__text">
            <span className="question__number">{number}.</span>{' '}
            <span lang={shown.lang} dir={dir}>
              {shown.text}
            </span>
            {shown.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
          </label>
        )}
        {!editing && <CardMenu label={t('questions.actions', { number })} items={items} />}
      </div>
      <DraftTextArea
        id={answerId}
        value={question.answer ?? ''}
        placeholder={t('questions.answerPlaceholder')}
        onCommit={(answer) => useProfileStore.getState().answerQuestion(question.id, answer)}
      />
    </li>
  );
}
