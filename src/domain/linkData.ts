/**
 * What a share link carries, before compression: the local profile without the texts it shares
 * with the generic profile it was built from. A link is pasted into chats, mails and text messages,
 * where every character counts, and most of a workshop profile is the generic one's text; the app
 * that opens the link has that text already. Opening fills the texts back in from that generic
 * profile, and only then does the data go through restoreProfile() like every other door.
 */
import { isRecord } from './isRecord';
import type { Category, Profile } from './profile';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Name, hint, colour and translation records: what a category takes from the generic profile. */
function categoryLooks(category: Category) {
  return { name: category.name, hint: category.hint, color: category.color, translatedFrom: category.translatedFrom };
}

/** What a copy takes from its generic original: the text and the record of what it was translated from. */
interface Wording {
  text: unknown;
  translatedFrom?: unknown;
}

const wordingOf = (item: Wording) => ({ text: item.text, translatedFrom: item.translatedFrom });

/** A copy (element or question) without its wording when that is exactly its original's. */
function withoutSharedWording(item: Wording & object, original: Wording | undefined): Record<string, unknown> {
  if (!original || !sameJson(wordingOf(original), wordingOf(item))) return { ...item };
  const compact: Record<string, unknown> = { ...item };
  delete compact.text;
  delete compact.translatedFrom;
  return compact;
}

/** Profile fields a link leaves out when they are the generic profile's, named in `fromGeneric`. */
const SHARED_FIELDS = ['role', 'description', 'languages', 'translatedFrom'] as const;

/** A copy left without text gets its original's wording back; anything else is left as it is. */
function withSharedWording(item: unknown, originals: Map<string, Wording>, sourceKey: string): unknown {
  if (!isRecord(item) || item.text !== undefined || typeof item[sourceKey] !== 'string') return item;
  const original = originals.get(item[sourceKey] as string);
  if (!original) return item;
  return { ...item, text: original.text, ...(original.translatedFrom !== undefined ? { translatedFrom: original.translatedFrom } : {}) };
}

/**
 * `profile` for a link: no `$schema`; a category that looks exactly like the generic one keeps only
 * its id and elements; a copy (element or reflection question) whose wording is exactly the generic
 * original's keeps no text.
 */
export function compactForLink(profile: Profile, generic: Profile | undefined): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...profile };
  delete rest.$schema;
  if (!generic || profile.basedOn !== generic.id) return rest;
  const genericCategories = new Map(generic.categories.map((category) => [category.id, category]));
  const genericElements = new Map<string, Wording>();
  for (const category of generic.categories) for (const element of category.elements) genericElements.set(element.id, element);
  const genericQuestions = new Map<string, Wording>((generic.questions ?? []).map((question) => [question.id, question]));

  const fromGeneric = SHARED_FIELDS.filter((field) => profile[field] !== undefined && sameJson(profile[field], generic[field]));
  for (const field of fromGeneric) delete rest[field];
  if (fromGeneric.length > 0) rest.fromGeneric = fromGeneric;
  rest.categories = profile.categories.map((category) => {
    const same = genericCategories.get(category.id);
    const elements = category.elements.map((element) => withoutSharedWording(element, element.sourceId ? genericElements.get(element.sourceId) : undefined));
    return same && sameJson(categoryLooks(same), categoryLooks(category)) ? { id: category.id, elements } : { ...category, elements };
  });
  if (profile.questions) {
    rest.questions = profile.questions.map((question) => withoutSharedWording(question, question.sourceId ? genericQuestions.get(question.sourceId) : undefined));
  }
  return rest;
}

export type ExpandResult = { ok: true; data: unknown } | { ok: false; problem: 'unknown_generic' };

/**
 * Link data with the left-out texts filled back in from the generic profile named by `basedOn`.
 * Takes anything (a link is untrusted) and never throws; whatever it cannot fill is left for
 * restoreProfile() to name as missing.
 */
export function expandLinkData(data: unknown, findGeneric: (id: string) => Profile | undefined): ExpandResult {
  if (!isRecord(data) || !Array.isArray(data.categories)) return { ok: true, data };
  const categories: unknown[] = data.categories;
  const questions: unknown[] = Array.isArray(data.questions) ? data.questions : [];
  const leftOut = (item: unknown) => isRecord(item) && item.text === undefined && typeof item.sourceId === 'string';
  const fromGeneric = Array.isArray(data.fromGeneric) ? data.fromGeneric : [];
  const needsGeneric =
    fromGeneric.length > 0 ||
    questions.some(leftOut) ||
    categories.some((category) => isRecord(category) && (category.name === undefined || (Array.isArray(category.elements) && category.elements.some(leftOut))));
  if (!needsGeneric) return { ok: true, data };
  const generic = typeof data.basedOn === 'string' ? findGeneric(data.basedOn) : undefined;
  if (!generic) return { ok: false, problem: 'unknown_generic' };

  const genericCategories = new Map(generic.categories.map((category) => [category.id, category]));
  const genericElements = new Map<string, Wording>();
  for (const category of generic.categories) for (const element of category.elements) genericElements.set(element.id, element);
  const genericQuestions = new Map<string, Wording>((generic.questions ?? []).map((question) => [question.id, question]));

  const fillElement = (element: unknown): unknown => withSharedWording(element, genericElements, 'sourceId');
  const fillCategory = (category: unknown): unknown => {
    if (!isRecord(category)) return category;
    const elements = Array.isArray(category.elements) ? category.elements.map(fillElement) : category.elements;
    const same = category.name === undefined && typeof category.id === 'string' ? genericCategories.get(category.id) : undefined;
    if (!same) return { ...category, elements };
    const looks = Object.fromEntries(Object.entries(categoryLooks(same)).filter(([, value]) => value !== undefined));
    return { ...category, ...looks, elements };
  };
  const filled: Record<string, unknown> = { ...data, categories: categories.map(fillCategory) };
  delete filled.fromGeneric;
  for (const field of SHARED_FIELDS) if (fromGeneric.includes(field) && generic[field] !== undefined) filled[field] = generic[field];
  if (Array.isArray(data.questions)) filled.questions = questions.map((question) => withSharedWording(question, genericQuestions, 'sourceId'));
  return { ok: true, data: filled };
}
