/**
 * Pure operations on a profile: each takes a profile and returns a new one, or the very same object
 * when nothing changes (so the store and undo history can skip no-ops). Nothing here mutates.
 */
import { MAX_ELEMENTS, MAX_MUNICIPALITY_LENGTH } from './limits';
import type { Category, LocalizedText, Profile, ProfileElement } from './profile';
import { PROFILE_VERSION } from './formatRules';
import { copyQuestions } from './questions';
import { BASE_LANGUAGE, checkText, normalizeText, withText } from './text';
import { translateText } from './translate';

export interface ElementLocation {
  category: Category;
  categoryIndex: number;
  index: number;
  element: ProfileElement;
}

/** Where the element with `id` is, or undefined. */
export function findElement(profile: Profile, id: string): ElementLocation | undefined {
  for (const [categoryIndex, category] of profile.categories.entries()) {
    const index = category.elements.findIndex((element) => element.id === id);
    const element = category.elements[index];
    if (element) return { category, categoryIndex, index, element };
  }
  return undefined;
}

export function countElements(profile: Profile): number {
  return profile.categories.reduce((sum, category) => sum + category.elements.length, 0);
}

/** The ids of the generic elements that have a copy in `local`. */
export function usedSourceIds(local: Profile): Set<string> {
  const used = new Set<string>();
  for (const category of local.categories) {
    for (const element of category.elements) if (element.sourceId) used.add(element.sourceId);
  }
  return used;
}

function replaceCategory(profile: Profile, categoryId: string, elements: ProfileElement[]): Profile {
  return {
    ...profile,
    categories: profile.categories.map((category) => (category.id === categoryId ? { ...category, elements } : category)),
  };
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || index > length) return length;
  return Math.max(0, index);
}

/** True when the profile has room for one more element (MAX_ELEMENTS in limits.ts). */
export function hasRoomForElement(profile: Profile): boolean {
  return countElements(profile) < MAX_ELEMENTS;
}

/** Inserts `element` into a category at `index` (default: last). Refuses duplicate ids, bad text and a full profile. */
export function addElement(profile: Profile, categoryId: string, element: ProfileElement, index?: number): Profile {
  const category = profile.categories.find((c) => c.id === categoryId);
  if (!category || !hasRoomForElement(profile) || findElement(profile, element.id) || checkText(element.text[BASE_LANGUAGE] ?? '')) return profile;
  const elements = [...category.elements];
  elements.splice(clampIndex(index, elements.length), 0, element);
  return replaceCategory(profile, categoryId, elements);
}

/** Adds a copy of a generic element to a local profile, remembering where it came from. */
export function addCopyOf(
  local: Profile,
  source: ProfileElement,
  categoryId: string,
  newId: string,
  index?: number,
): Profile {
  const copy: ProfileElement = { id: newId, text: { ...source.text }, sourceId: source.id };
  // A translation that was already out of date in the generic profile stays so in the copy.
  if (source.translatedFrom) copy.translatedFrom = source.translatedFrom;
  return addElement(local, categoryId, copy, index);
}

/** Adds an own element with Danish (or `lang`) text; invalid text leaves the profile unchanged. */
export function addOwnElement(
  profile: Profile,
  categoryId: string,
  newId: string,
  text: string,
  lang: string = BASE_LANGUAGE,
  index?: number,
): Profile {
  if (checkText(text)) return profile;
  // An element always needs Danish text: an element written in another language starts with it in Danish too.
  const base: LocalizedText = { da: normalizeText(text) };
  return addElement(profile, categoryId, { id: newId, text: withText(base, lang, text) }, index);
}

export function removeElement(profile: Profile, id: string): Profile {
  const at = findElement(profile, id);
  if (!at) return profile;
  return replaceCategory(
    profile,
    at.category.id,
    at.category.elements.filter((element) => element.id !== id),
  );
}

/**
 * Sets the element's text in `lang`. Blank or over-long text is refused (profile unchanged). A new
 * Danish text leaves the element's other translations out of date (see translationSource.ts).
 */
export function renameElement(profile: Profile, id: string, lang: string, text: string): Profile {
  if (checkText(text)) return profile;
  return translateText(profile, { kind: 'element', elementId: id }, lang, text);
}

/** Moves an element to `toIndex` in `toCategoryId` (the index counts without the moved element). */
export function moveElement(profile: Profile, id: string, toCategoryId: string, toIndex: number): Profile {
  const at = findElement(profile, id);
  const target = profile.categories.find((c) => c.id === toCategoryId);
  if (!at || !target) return profile;
  const without = removeElement(profile, id);
  const targetElements = without.categories.find((c) => c.id === toCategoryId)?.elements ?? [];
  const index = clampIndex(toIndex, targetElements.length);
  if (at.category.id === toCategoryId && index === at.index) return profile;
  const elements = [...targetElements];
  elements.splice(index, 0, at.element);
  return replaceCategory(without, toCategoryId, elements);
}

/** Moves an element one step up (-1) or down (+1) within its category. */
export function moveElementBy(profile: Profile, id: string, delta: -1 | 1): Profile {
  const at = findElement(profile, id);
  if (!at) return profile;
  return moveElement(profile, id, at.category.id, at.index + delta);
}

/** Inserts a copy of the element right after it, with a new id. */
export function duplicateElement(profile: Profile, id: string, newId: string): Profile {
  const at = findElement(profile, id);
  if (!at) return profile;
  return addElement(profile, at.category.id, { ...at.element, id: newId, text: { ...at.element.text } }, at.index + 1);
}

/** Sets the title in `lang`; blank removes a translation but never the Danish title. */
export function setTitle(profile: Profile, lang: string, title: string): Profile {
  return translateText(profile, { kind: 'title' }, lang, title);
}

/** Names the role the profile describes ("Ungekoordinator") in `lang`; blank removes a translation, never the Danish name. */
export function setRole(profile: Profile, lang: string, role: string): Profile {
  return translateText(profile, { kind: 'role' }, lang, role);
}

export function setMunicipality(profile: Profile, municipality: string): Profile {
  const value = normalizeText(municipality).slice(0, MAX_MUNICIPALITY_LENGTH);
  if ((profile.municipality ?? '') === value) return profile;
  return { ...profile, municipality: value };
}

export type StartMode = 'empty' | 'copy';

/**
 * A new local profile built on `generic`: its categories, and either no elements or a copy of
 * every element (each with a fresh id from `newId` and a `sourceId` back to the generic one).
 * The generic profile's reflection questions are copied either way: they sit beside the work.
 */
export function createLocalProfile(
  generic: Profile,
  mode: StartMode,
  newId: () => string,
  title: LocalizedText = { da: 'Lokal profil', en: 'Local profile', de: 'Lokales Profil' },
): Profile {
  return {
    version: PROFILE_VERSION,
    id: `lokal-${generic.id}`.slice(0, 80),
    title,
    ...(generic.role ? { role: generic.role } : {}),
    municipality: '',
    ...(generic.languages ? { languages: generic.languages } : {}),
    basedOn: generic.id,
    categories: generic.categories.map((category) => ({
      ...category,
      elements:
        mode === 'copy'
          ? category.elements.map((element) => ({ id: newId(), text: { ...element.text }, sourceId: element.id }))
          : [],
    })),
    ...(generic.questions?.length ? { questions: copyQuestions(generic, newId) } : {}),
  };
}
