/**
 * Problems from reading a profile (codes with a place, from the pure domain) put into sentences in the
 * user's language: "Element 3 i Færdigheder har ingen tekst."
 */
import type { TFunction } from 'i18next';
import { MAX_ELEMENTS, MAX_JSON_FILE_BYTES, MAX_PNG_FILE_BYTES, MAX_TEXT_LENGTH } from '../domain/limits';
import type { Problem, ProblemCode } from '../domain/migrate';

/** How many problems are listed before "and N more": a wall of errors helps nobody fix a file. */
export const MAX_SHOWN_PROBLEMS = 3;

/** Every code has a sentence; the Record type makes a new code without one a compile error. */
const PROBLEM_KEYS: Record<ProblemCode, string> = {
  not_json: 'import.problem.not_json',
  too_large: 'import.problem.too_large',
  not_a_profile: 'import.problem.not_a_profile',
  newer_version: 'import.problem.newer_version',
  missing_text: 'import.problem.missing_text',
  empty_text: 'import.problem.empty_text',
  text_too_long: 'import.problem.text_too_long',
  too_many_elements: 'import.problem.too_many_elements',
  duplicate_id: 'import.problem.duplicate_id',
  bad_id: 'import.problem.bad_id',
  bad_value: 'import.problem.bad_value',
  binary_file: 'import.problem.binary_file',
  html_file: 'import.problem.html_file',
  png_without_profile: 'import.problem.png_without_profile',
  png_too_large: 'import.problem.png_too_large',
  unreadable_file: 'import.problem.unreadable_file',
};

/** Fields with a name in the locale files; any other field is shown as it is spelled in the file. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  ...['title', 'role', 'municipality', 'description', 'languages', 'id', 'version', 'categories', 'questions'],
  ...['name', 'hint', 'color', 'elements', 'text', 'sourceId', 'marks', 'note', 'answer', 'translatedFrom'],
]);

/** Where the problem is, as the subject of the sentence: "Element 3 i Færdigheder". */
function placeOf(problem: Problem, t: TFunction): string {
  const field =
    problem.field === undefined ? undefined : KNOWN_FIELDS.has(problem.field) ? t(`import.field.${problem.field}`) : problem.field;
  if (problem.category !== undefined && problem.element !== undefined) {
    return t('import.place.element', { element: problem.element, category: problem.category });
  }
  if (problem.category !== undefined) {
    return field === undefined
      ? t('import.place.category', { category: problem.category })
      : t('import.place.categoryField', { category: problem.category, field });
  }
  if (field !== undefined) return t('import.place.field', { field });
  return t('import.place.profile');
}

/** One problem as one sentence in the current UI language. */
export function describeProblem(problem: Problem, t: TFunction): string {
  return t(PROBLEM_KEYS[problem.code], {
    place: placeOf(problem, t),
    max: problem.code === 'too_many_elements' ? MAX_ELEMENTS : MAX_TEXT_LENGTH,
    megabytes: (problem.code === 'png_too_large' ? MAX_PNG_FILE_BYTES : MAX_JSON_FILE_BYTES) / 1_000_000,
  });
}

/** The first few problems as sentences, then "and N more" when there are more. */
export function describeProblems(problems: Problem[], t: TFunction, max = MAX_SHOWN_PROBLEMS): string[] {
  const shown = problems.slice(0, max).map((problem) => describeProblem(problem, t));
  const hidden = problems.length - shown.length;
  return hidden > 0 ? [...shown, t('import.moreProblems', { count: hidden })] : shown;
}
