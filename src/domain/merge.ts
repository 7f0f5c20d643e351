/**
 * "Add instead of replace": the elements of an incoming profile (a file, a link) added to the local
 * one without doubling anything. A copy of a generic element that the local profile already has
 * (same `sourceId`) is left out, and so is any element whose text the local profile already has;
 * categories are matched by id. Pure, so the dialog can show the result before the user confirms,
 * and the store applies the very same result as one undo step.
 */
import { MAX_CATEGORIES, MAX_ELEMENTS, MAX_LANGUAGES, MAX_QUESTIONS } from './limits';
import type { Profile, ProfileElement, Question } from './profile';
import { textKey } from './text';

export interface MergeResult {
  /** The merged profile; the very same object as `local` when nothing is added. */
  profile: Profile;
  /** The incoming elements that are added, with the category they go to (ids may be new). */
  added: { categoryId: string; element: ProfileElement }[];
  /** Incoming elements left out because the local profile (or the incoming one) already has them. */
  alreadyThere: ProfileElement[];
  /** Incoming elements left out because the local profile is full (elements or categories). */
  noRoom: ProfileElement[];
  /** Ids of categories that are new to the local profile. */
  addedCategories: string[];
  addedQuestions: Question[];
}

function questionKey(question: Question): string {
  return question.sourceId ? `source:${question.sourceId}` : `text:${textKey(question.text.da ?? '')}`;
}

/**
 * `local` with the elements, categories, questions and languages of `incoming` that it lacks.
 * Title, role and municipality stay as they are. An incoming id that is already taken gets a new
 * one from `newId`.
 */
export function mergeProfiles(local: Profile, incoming: Profile, newId: () => string): MergeResult {
  const taken = new Set<string>();
  const knownSources = new Set<string>();
  const knownTexts = new Set<string>();
  const remember = (element: ProfileElement) => {
    if (element.sourceId) knownSources.add(element.sourceId);
    knownTexts.add(textKey(element.text.da ?? ''));
  };
  /** The same generic element, or (for any element) the same Danish text, case and spacing aside. */
  const isKnown = (element: ProfileElement) =>
    (element.sourceId !== undefined && knownSources.has(element.sourceId)) || knownTexts.has(textKey(element.text.da ?? ''));
  let elementCount = 0;
  for (const category of local.categories) {
    taken.add(category.id);
    for (const element of category.elements) {
      taken.add(element.id);
      remember(element);
      elementCount += 1;
    }
  }
  const freeId = (id: string) => {
    let next = id;
    while (taken.has(next)) next = newId();
    taken.add(next);
    return next;
  };

  const result: Omit<MergeResult, 'profile'> = { added: [], alreadyThere: [], noRoom: [], addedCategories: [], addedQuestions: [] };
  const categories = local.categories.map((category) => ({ ...category, elements: [...category.elements] }));
  for (const incomingCategory of incoming.categories) {
    let target = categories.find((category) => category.id === incomingCategory.id);
    const fresh = incomingCategory.elements.filter((element) => !isKnown(element));
    if (!target && fresh.length > 0) {
      if (categories.length < MAX_CATEGORIES && !taken.has(incomingCategory.id)) {
        target = { ...incomingCategory, elements: [] };
        categories.push(target);
        taken.add(target.id);
        result.addedCategories.push(target.id);
      }
    }
    for (const element of incomingCategory.elements) {
      if (isKnown(element)) {
        result.alreadyThere.push(element);
        continue;
      }
      if (!target || elementCount >= MAX_ELEMENTS) {
        result.noRoom.push(element);
        continue;
      }
      const added = { ...element, id: freeId(element.id) };
      target.elements.push(added);
      remember(added);
      elementCount += 1;
      result.added.push({ categoryId: target.id, element: added });
    }
  }

  const questions = [...(local.questions ?? [])];
  const questionIds = new Set(questions.map((question) => question.id));
  const knownQuestions = new Set(questions.map(questionKey));
  for (const question of incoming.questions ?? []) {
    const key = questionKey(question);
    if (knownQuestions.has(key) || questions.length >= MAX_QUESTIONS) continue;
    let id = question.id;
    while (questionIds.has(id)) id = newId();
    const added = { ...question, id };
    questions.push(added);
    questionIds.add(id);
    knownQuestions.add(key);
    result.addedQuestions.push(added);
  }

  const languages = [...(local.languages ?? [])];
  let languagesChanged = false;
  for (const language of incoming.languages ?? []) {
    if (languages.length >= MAX_LANGUAGES || languages.some((existing) => existing.code === language.code)) continue;
    languages.push(language);
    languagesChanged = true;
  }

  // Languages come along only with text that may use them.
  if (result.added.length === 0 && result.addedQuestions.length === 0) return { ...result, profile: local };
  const touched = new Set(result.added.map(({ categoryId }) => categoryId));
  return {
    ...result,
    profile: {
      ...local,
      ...(languagesChanged ? { languages } : {}),
      ...(result.addedQuestions.length > 0 ? { questions } : {}),
      // Categories that gain nothing stay the same objects, so memoised views skip them.
      categories: categories.map((category, i) => (touched.has(category.id) ? category : (local.categories[i] ?? category))),
    },
  };
}
