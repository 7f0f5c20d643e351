/**
 * The translatable texts of a profile — title, role, category names and hints, elements — addressed
 * by a `TextRef`, so the translate view, "replace everywhere", counting and out-of-date tracking all
 * walk the same list. Every change of a text goes through `translateText`, which keeps each
 * translation's record of the Danish text it was made from (translationSource.ts).
 */
import type { Category, LocalizedText, Profile, ProfileElement } from './profile';
import { BASE_LANGUAGE, checkText, isTranslated, normalizeText } from './text';
import { changeText, confirmTranslation, outdatedSource, withFieldSource, withTranslatedFrom, type TrackedText } from './translationSource';

export type TextRef =
  | { kind: 'title' }
  | { kind: 'role' }
  | { kind: 'categoryName'; categoryId: string }
  | { kind: 'categoryHint'; categoryId: string }
  | { kind: 'element'; elementId: string };

export interface TextItem {
  ref: TextRef;
  /** A stable key for lists and field ids. */
  key: string;
  text: LocalizedText;
  /** The Danish text each translation was made from, where it is not today's (see translationSource.ts). */
  from?: Record<string, string>;
  /** For hints and elements: the category they belong to. */
  categoryId?: string;
}

export function refKey(ref: TextRef): string {
  switch (ref.kind) {
    case 'title':
    case 'role':
      return ref.kind;
    case 'categoryName':
      return `name:${ref.categoryId}`;
    case 'categoryHint':
      return `hint:${ref.categoryId}`;
    case 'element':
      return `element:${ref.elementId}`;
  }
}

/** Every translatable text in reading order: the title, the role, then each category's name, hint and elements. */
export function textItems(profile: Profile): TextItem[] {
  const item = (ref: TextRef, tracked: TrackedText, categoryId?: string): TextItem => ({
    ref,
    key: refKey(ref),
    text: tracked.text,
    ...(tracked.from ? { from: tracked.from } : {}),
    ...(categoryId !== undefined ? { categoryId } : {}),
  });
  const items: TextItem[] = [item({ kind: 'title' }, { text: profile.title, from: profile.translatedFrom?.title })];
  if (profile.role) items.push(item({ kind: 'role' }, { text: profile.role, from: profile.translatedFrom?.role }));
  for (const category of profile.categories) {
    items.push(item({ kind: 'categoryName', categoryId: category.id }, { text: category.name, from: category.translatedFrom?.name }, category.id));
    if (category.hint) {
      items.push(item({ kind: 'categoryHint', categoryId: category.id }, { text: category.hint, from: category.translatedFrom?.hint }, category.id));
    }
    for (const element of category.elements) {
      items.push(item({ kind: 'element', elementId: element.id }, { text: element.text, from: element.translatedFrom?.text }, category.id));
    }
  }
  return items;
}

function elementById(profile: Profile, id: string): ProfileElement | undefined {
  for (const category of profile.categories) {
    const element = category.elements.find((e) => e.id === id);
    if (element) return element;
  }
  return undefined;
}

/** The text at `ref` with its translations' sources, or undefined when the profile has no such text. */
export function trackedAt(profile: Profile, ref: TextRef): TrackedText | undefined {
  switch (ref.kind) {
    case 'title':
      return { text: profile.title, from: profile.translatedFrom?.title };
    case 'role':
      return profile.role && { text: profile.role, from: profile.translatedFrom?.role };
    case 'categoryName':
    case 'categoryHint': {
      const category = profile.categories.find((c) => c.id === ref.categoryId);
      if (!category) return undefined;
      if (ref.kind === 'categoryName') return { text: category.name, from: category.translatedFrom?.name };
      return category.hint && { text: category.hint, from: category.translatedFrom?.hint };
    }
    case 'element': {
      const element = elementById(profile, ref.elementId);
      return element && { text: element.text, from: element.translatedFrom?.text };
    }
  }
}

/** The text at `ref`, or undefined when the profile has no such text. */
export function textAt(profile: Profile, ref: TextRef): LocalizedText | undefined {
  return trackedAt(profile, ref)?.text;
}

function putCategory(profile: Profile, categoryId: string, field: 'name' | 'hint', tracked: TrackedText): Profile {
  const categories = profile.categories.map((category): Category => {
    if (category.id !== categoryId) return category;
    return withTranslatedFrom({ ...category, [field]: tracked.text }, withFieldSource(category.translatedFrom, field, tracked.from));
  });
  return { ...profile, categories };
}

/** Puts `tracked` at `ref` (which must exist); the same profile when it is unchanged. */
export function putTracked(profile: Profile, ref: TextRef, tracked: TrackedText): Profile {
  const current = trackedAt(profile, ref);
  if (current && current.text === tracked.text && current.from === tracked.from) return profile;
  switch (ref.kind) {
    case 'title':
    case 'role':
      return withTranslatedFrom({ ...profile, [ref.kind]: tracked.text }, withFieldSource(profile.translatedFrom, ref.kind, tracked.from));
    case 'categoryName':
      return putCategory(profile, ref.categoryId, 'name', tracked);
    case 'categoryHint':
      return putCategory(profile, ref.categoryId, 'hint', tracked);
    case 'element':
      return {
        ...profile,
        categories: profile.categories.map((c) =>
          c.elements.some((e) => e.id === ref.elementId)
            ? {
                ...c,
                elements: c.elements.map((e) =>
                  e.id === ref.elementId ? withTranslatedFrom({ ...e, text: tracked.text }, withFieldSource(e.translatedFrom, 'text', tracked.from)) : e,
                ),
              }
            : c,
        ),
      };
  }
}

/**
 * Sets the text at `ref` in `lang`. Blank text removes a translation (the item is then shown in
 * Danish again) but is refused for Danish, which every text needs; over-long text is refused.
 * A new Danish text leaves the other languages' translations out of date; a new translation is current.
 * A profile without a role gets one (in Danish too, since every text needs Danish).
 */
export function translateText(profile: Profile, ref: TextRef, lang: string, value: string): Profile {
  const problem = checkText(value);
  if (problem === 'too_long' || (problem === 'empty_text' && lang === BASE_LANGUAGE)) return profile;
  const current = trackedAt(profile, ref) ?? (ref.kind === 'role' && !problem ? { text: { da: normalizeText(value) } } : undefined);
  if (!current) return profile;
  return putTracked(profile, ref, changeText(current, lang, value));
}

/** "The translation still holds": the text at `ref` in `lang` is no longer out of date. */
export function confirmText(profile: Profile, ref: TextRef, lang: string): Profile {
  const current = trackedAt(profile, ref);
  return current ? putTracked(profile, ref, confirmTranslation(current, lang)) : profile;
}

/** Translates one element (blank removes the translation). */
export function translateElement(profile: Profile, elementId: string, lang: string, value: string): Profile {
  return translateText(profile, { kind: 'element', elementId }, lang, value);
}

/** Renames a category in `lang` (blank removes the translation; Danish can't be blank). */
export function renameCategory(profile: Profile, categoryId: string, lang: string, name: string): Profile {
  return translateText(profile, { kind: 'categoryName', categoryId }, lang, name);
}

/** Sets a category's hint in `lang`; only categories that have a (Danish) hint can get one. */
export function setCategoryHint(profile: Profile, categoryId: string, lang: string, hint: string): Profile {
  return translateText(profile, { kind: 'categoryHint', categoryId }, lang, hint);
}

export interface TranslationStatus {
  total: number;
  missing: number;
  /** Keys (see `refKey`) of the texts without their own text in the language. */
  missingKeys: string[];
  /** Translations made from a Danish text that has changed since. */
  outdated: number;
  outdatedKeys: string[];
}

/** The item's translation in `lang` is out of date: the Danish text it was made from, else undefined. */
export function itemOutdatedSource(item: Pick<TextItem, 'text' | 'from'>, lang: string): string | undefined {
  return outdatedSource({ text: item.text, from: item.from }, lang);
}

/** How many of the profile's texts have no text of their own in `lang`, and how many are out of date. */
export function translationStatus(profile: Profile, lang: string): TranslationStatus {
  const items = textItems(profile);
  const missingKeys = items.filter((item) => !isTranslated(item.text, lang)).map((item) => item.key);
  const outdatedKeys = items.filter((item) => itemOutdatedSource(item, lang) !== undefined).map((item) => item.key);
  return { total: items.length, missing: missingKeys.length, missingKeys, outdated: outdatedKeys.length, outdatedKeys };
}
