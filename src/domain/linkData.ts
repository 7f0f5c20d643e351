/**
 * What a share link carries, before compression: the local profile without the texts it shares
 * with the generic profile it was built from. A link is pasted into chats, mails and text messages,
 * where every character counts, and most of a workshop profile is the generic one's text; the app
 * that opens the link has that text already. Opening fills the texts back in from that generic
 * profile, and only then does the data go through restoreProfile() like every other door.
 */
import { isRecord } from './migrate';
import type { Category, LocalizedText, Profile, ProfileElement } from './profile';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Name, hint, colour and translation records: what a category takes from the generic profile. */
function categoryLooks(category: Category) {
  return { name: category.name, hint: category.hint, color: category.color, translatedFrom: category.translatedFrom };
}

/**
 * `profile` for a link: no `$schema`; a category that looks exactly like the generic one keeps only
 * its id and elements; a copy whose text is exactly the generic element's keeps no text.
 */
export function compactForLink(profile: Profile, generic: Profile | undefined): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...profile };
  delete rest.$schema;
  if (!generic || profile.basedOn !== generic.id) return rest;
  const genericCategories = new Map(generic.categories.map((category) => [category.id, category]));
  const genericTexts = new Map<string, LocalizedText>();
  for (const category of generic.categories) for (const element of category.elements) genericTexts.set(element.id, element.text);

  rest.categories = profile.categories.map((category) => {
    const same = genericCategories.get(category.id);
    const elements = category.elements.map((element): Record<string, unknown> => {
      const text = element.sourceId ? genericTexts.get(element.sourceId) : undefined;
      if (!text || element.translatedFrom || !sameJson(text, element.text)) return element;
      const compact: Record<string, unknown> = { ...element };
      delete compact.text;
      return compact;
    });
    return same && sameJson(categoryLooks(same), categoryLooks(category)) ? { id: category.id, elements } : { ...category, elements };
  });
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
  const needsGeneric = categories.some(
    (category) =>
      isRecord(category) &&
      (category.name === undefined ||
        (Array.isArray(category.elements) &&
          category.elements.some((element: unknown) => isRecord(element) && element.text === undefined && typeof element.sourceId === 'string'))),
  );
  if (!needsGeneric) return { ok: true, data };
  const generic = typeof data.basedOn === 'string' ? findGeneric(data.basedOn) : undefined;
  if (!generic) return { ok: false, problem: 'unknown_generic' };

  const genericCategories = new Map(generic.categories.map((category) => [category.id, category]));
  const genericElements = new Map<string, ProfileElement>();
  for (const category of generic.categories) for (const element of category.elements) genericElements.set(element.id, element);

  const fillElement = (element: unknown): unknown => {
    if (!isRecord(element) || element.text !== undefined || typeof element.sourceId !== 'string') return element;
    const source = genericElements.get(element.sourceId);
    return source ? { ...element, text: source.text } : element;
  };
  const fillCategory = (category: unknown): unknown => {
    if (!isRecord(category)) return category;
    const elements = Array.isArray(category.elements) ? category.elements.map(fillElement) : category.elements;
    const same = category.name === undefined && typeof category.id === 'string' ? genericCategories.get(category.id) : undefined;
    if (!same) return { ...category, elements };
    const looks = Object.fromEntries(Object.entries(categoryLooks(same)).filter(([, value]) => value !== undefined));
    return { ...category, ...looks, elements };
  };
  return { ok: true, data: { ...data, categories: categories.map(fillCategory) } };
}
