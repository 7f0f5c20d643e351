/**
 * Reflection questions beside the profile: a generic profile suggests them, a local profile keeps its
 * own copies, which the group may reword, reorder, add to and answer. Pure, like every operation:
 * a new profile, or the same object when nothing changes.
 */
import { MAX_QUESTIONS, MAX_TEXT_LENGTH } from './limits';
import type { LocalizedText, Profile, Question } from './profile';
import { checkText, cleanParagraphs, normalizeText, withText } from './text';

/** Copies of the generic profile's questions, each with a new id and a link back to its source. */
export function copyQuestions(generic: Profile, newId: () => string): Question[] {
  return (generic.questions ?? []).map((question) => ({ id: newId(), text: { ...question.text }, sourceId: question.id }));
}

function replaceQuestions(profile: Profile, questions: Question[]): Profile {
  return { ...profile, questions };
}

function updateQuestion(profile: Profile, id: string, change: (question: Question) => Question): Profile {
  const questions = profile.questions ?? [];
  const index = questions.findIndex((question) => question.id === id);
  if (index < 0) return profile;
  const updated = change(questions[index]!);
  if (updated === questions[index]) return profile;
  return replaceQuestions(profile, questions.map((question, i) => (i === index ? updated : question)));
}

/** Adds the group's own question (text in `lang`, and in Danish, which every text needs). */
export function addQuestion(profile: Profile, id: string, text: string, lang: string, index?: number): Profile {
  const questions = profile.questions ?? [];
  if (checkText(text) || questions.length >= MAX_QUESTIONS || questions.some((question) => question.id === id)) return profile;
  const base: LocalizedText = { da: normalizeText(text) };
  const next = [...questions];
  next.splice(index === undefined ? next.length : Math.max(0, Math.min(index, next.length)), 0, { id, text: withText(base, lang, text) });
  return replaceQuestions(profile, next);
}

/** Rewords a question in `lang`; blank or over-long text is refused. */
export function editQuestion(profile: Profile, id: string, lang: string, text: string): Profile {
  if (checkText(text)) return profile;
  return updateQuestion(profile, id, (question) => {
    const updated = withText(question.text, lang, text);
    return updated === question.text ? question : { ...question, text: updated };
  });
}

export function removeQuestion(profile: Profile, id: string): Profile {
  const questions = profile.questions ?? [];
  if (!questions.some((question) => question.id === id)) return profile;
  return replaceQuestions(
    profile,
    questions.filter((question) => question.id !== id),
  );
}

/** Moves a question one place up (-1) or down (+1); stops at the ends. */
export function moveQuestion(profile: Profile, id: string, delta: -1 | 1): Profile {
  const questions = profile.questions ?? [];
  const from = questions.findIndex((question) => question.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= questions.length) return profile;
  const next = [...questions];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return replaceQuestions(profile, next);
}

/** Saves the group's answer (their own line breaks kept); blank removes it, over-long is refused. */
export function answerQuestion(profile: Profile, id: string, answer: string): Profile {
  const clean = cleanParagraphs(answer);
  if (clean.length > MAX_TEXT_LENGTH) return profile;
  return updateQuestion(profile, id, (question) => {
    if ((question.answer ?? '') === clean) return question;
    const rest = { ...question };
    delete rest.answer;
    return clean === '' ? rest : { ...rest, answer: clean };
  });
}

/**
 * Adds the generic profile's questions the local one has no copy of (work saved before questions
 * existed, or a group that deleted them and wants them back). Kept ones are left as they are.
 */
export function addMissingQuestions(local: Profile, generic: Profile, newId: () => string): Profile {
  const questions = local.questions ?? [];
  const have = new Set(questions.map((question) => question.sourceId).filter(Boolean));
  const missing = copyQuestions(generic, newId).filter((question) => !have.has(question.sourceId));
  const room = MAX_QUESTIONS - questions.length;
  if (missing.length === 0 || room <= 0) return local;
  return replaceQuestions(local, [...questions, ...missing.slice(0, room)]);
}

export function countAnswered(profile: Profile): number {
  return (profile.questions ?? []).filter((question) => (question.answer ?? '') !== '').length;
}
