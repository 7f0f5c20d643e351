/**
 * The one door every profile comes through (profiles/, localStorage, imported files): older versions
 * are upgraded step by step, then the result is validated. Problems come back as codes with a place
 * ("element 3 in Færdigheder"), which the UI turns into words in the user's language.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { cleanStrings } from './characters';
import { isRecord } from './isRecord';
import { MAX_JSON_FILE_BYTES, MAX_PROFILE_BYTES, utf8Length } from './limits';
import { MAX_ELEMENTS, PROFILE_VERSION, profileSchema, type Profile } from './profile';
import { profileFileBytes } from './profileFile';

export { serializeProfile } from './profileFile';

export type ProblemCode =
  | 'not_json'
  | 'too_large'
  | 'not_a_profile'
  | 'newer_version'
  | 'missing_text'
  | 'empty_text'
  | 'text_too_long'
  | 'too_many_elements'
  | 'duplicate_id'
  | 'bad_id'
  | 'bad_value'
  // Raised when reading a file (src/export/importFile.ts), before any JSON is parsed:
  | 'binary_file'
  | 'html_file'
  | 'png_without_profile'
  | 'png_too_large'
  | 'not_utf8'
  | 'unreadable_file';

export interface Problem {
  code: ProblemCode;
  /** The category's Danish name as found in the data, or its 1-based number. */
  category?: string;
  /** 1-based position of the element within its category. */
  element?: number;
  /** The field the problem is in, e.g. "title" or "color". */
  field?: string;
}

export type RestoreResult =
  | { ok: true; profile: Profile; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

const asDanish = (value: unknown) => (typeof value === 'string' ? { da: value } : value);

/**
 * MIGRATIONS[n] upgrades version n to n + 1. Version 0 was the draft format, in which every text
 * was a plain Danish string rather than text per language. Version 2 added optional fields only
 * (translation sources, marks, notes, reflection questions), so a version 1 file is a valid version 2
 * file once its number says so: every translation in it counts as made from today's Danish text.
 */
const MIGRATIONS: Record<number, Migration> = {
  // Only entries that are objects are upgraded; anything else is left for validation to name.
  0: (old) => ({
    ...old,
    version: 1,
    title: asDanish(old.title),
    categories: Array.isArray(old.categories)
      ? old.categories.map((category: unknown) =>
          isRecord(category)
            ? {
                ...category,
                name: asDanish(category.name),
                elements: Array.isArray(category.elements)
                  ? category.elements.map((element: unknown) => (isRecord(element) ? { ...element, text: asDanish(element.text) } : element))
                  : category.elements,
              }
            : category,
        )
      : old.categories,
  }),
  1: (old) => ({ ...old, version: 2 }),
};


/** Validates (and if needed upgrades) any value that claims to be a profile. */
export function restoreProfile(input: unknown): RestoreResult {
  if (!isRecord(input) || !Array.isArray(input.categories)) return fail({ code: 'not_a_profile' });
  const startVersion = input.version ?? 0;
  if (typeof startVersion !== 'number' || !Number.isInteger(startVersion) || startVersion < 0) {
    return fail({ code: 'not_a_profile' });
  }
  if (startVersion > PROFILE_VERSION) return fail({ code: 'newer_version' });
  let data: Record<string, unknown> = input;
  for (let version = startVersion; version < PROFILE_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return fail({ code: 'not_a_profile' });
    data = migrate(data);
  }
  // Repair before judging: characters no profile may hold (they broke the PNG export) are dropped.
  data = cleanStrings(data) as Record<string, unknown>;
  const tooMany = countRawElements(data) > MAX_ELEMENTS;
  if (tooMany) return fail({ code: 'too_many_elements' });
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(data, parsed.error.issues) };
  return startVersion === PROFILE_VERSION
    ? { ok: true, profile: parsed.data }
    : { ok: true, profile: parsed.data, migratedFrom: startVersion };
}

/**
 * Parses JSON text (a file, or the text inside a PNG) and restores the profile in it. Saved work is
 * read with restoreProfile alone, so work saved before the size limit existed still opens.
 */
export function parseProfileJson(raw: string): RestoreResult {
  if (utf8Length(raw) > MAX_JSON_FILE_BYTES) return fail({ code: 'too_large' });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail({ code: 'not_json' });
  }
  const restored = restoreProfile(data);
  // Its own export must be readable again: a minified file can hold a profile too large once pretty-printed.
  if (restored.ok && profileFileBytes(restored.profile) > MAX_PROFILE_BYTES) return fail({ code: 'too_large' });
  return restored;
}

function fail(problem: Problem): RestoreResult {
  return { ok: false, problems: [problem] };
}

function countRawElements(data: Record<string, unknown>): number {
  if (!Array.isArray(data.categories)) return 0;
  return data.categories.reduce(
    (sum: number, category: unknown) =>
      sum + (isRecord(category) && Array.isArray(category.elements) ? category.elements.length : 0),
    0,
  );
}

/** Turns zod issues into a short, de-duplicated list of problems a person can act on. */
function describeIssues(data: Record<string, unknown>, issues: $ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const problem = describeIssue(data, issue);
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
    if (problems.length >= 10) break;
  }
  return problems;
}

function describeIssue(data: Record<string, unknown>, issue: $ZodIssue): Problem {
  const path = issue.path;
  const place: Omit<Problem, 'code'> = {};
  if (path[0] === 'categories' && typeof path[1] === 'number') {
    const category: unknown = (data.categories as unknown[])[path[1]];
    const name = isRecord(category) && isRecord(category.name) ? category.name.da : undefined;
    place.category = typeof name === 'string' && name.trim() ? name.slice(0, 60) : String(path[1] + 1);
    if (path[2] === 'elements' && typeof path[3] === 'number') {
      place.element = path[3] + 1;
      if (path[4] !== undefined) place.field = String(path[4]);
    } else if (path[2] !== undefined) {
      place.field = String(path[2]);
    }
  } else if (path[0] !== undefined) {
    place.field = String(path[0]);
  }
  return { code: codeOf(issue), ...place };
}

function codeOf(issue: $ZodIssue): ProblemCode {
  const message = issue.message;
  if (message === 'duplicate_id' || message === 'too_many_elements') return message;
  if (message === 'missing_danish') return 'missing_text';
  if (message === 'empty_text') return 'empty_text';
  if (message === 'id') return 'bad_id';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'text_too_long';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'empty_text';
  if (issue.code === 'invalid_type' && issue.path.at(-1) === 'text') return 'missing_text';
  return 'bad_value';
}
