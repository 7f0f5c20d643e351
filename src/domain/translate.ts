/**
 * The translatable texts of a profile — title, category names and hints, elements — addressed by a
 * `TextRef`, so the translate view, "replace everywhere" and counting all walk the same list.
 */
import type { LocalizedText, Profile } from './profile';
import { findElement } from './operations';
import { BASE_LANGUAGE, checkText, isTranslated, withText } from './text';

export type TextRef =
  | { kind: 'title' }
  | { kind: 'categoryName'; categoryId: string }
  | { kind: 'categoryHint'; categoryId: string }
  | { kind: 'element'; elementId: string };

export interface TextItem {
  ref: TextRef;
  /** A stable key for lists and field ids. */
  key: string;
  text: LocalizedText;
  /** For hints and elements: the category they belong to. */
  categoryId?: string;
}

export function refKey(ref: TextRef): string {
  switch (ref.kind) {
    case 'title':
      return 'title';
    case 'categoryName':
      return `name:${ref.categoryId}`;
    case 'categoryHint':
      return `hint:${ref.categoryId}`;
    case 'element':
      return `element:${ref.elementId}`;
  }
}

/** Every translatable text in reading order: the title, then each category's name, hint and elements. */
export function textItems(profile: Profile): TextItem[] {
  const items: TextItem[] = [{ ref: { kind: 'title' }, key: 'title', text: profile.title }];
  for (const category of profile.categories) {
    const name: TextRef = { kind: 'categoryName', categoryId: category.id };
    items.push({ ref: name, key: refKey(name), text: category.name, categoryId: category.id });
    if (category.hint) {
      const hint: TextRef = { kind: 'categoryHint', categoryId: category.id };
      items.push({ ref: hint, key: refKey(hint), text: category.hint, categoryId: category.id });
    }
    for (const element of category.elements) {
      const ref: TextRef = { kind: 'element', elementId: element.id };
      items.push({ ref, key: refKey(ref), text: element.text, categoryId: category.id });
    }
  }
  return items;
}

/** The text at `ref`, or undefined when the profile has no such text. */
export function textAt(profile: Profile, ref: TextRef): LocalizedText | undefined {
  switch (ref.kind) {
    case 'title':
      return profile.title;
    case 'categoryName':
      return profile.categories.find((c) => c.id === ref.categoryId)?.name;
    case 'categoryHint':
      return profile.categories.find((c) => c.id === ref.categoryId)?.hint;
    case 'element':
      return findElement(profile, ref.elementId)?.element.text;
  }
}

/** Puts `text` at `ref` (which must exist); the same profile when it is unchanged. */
function putText(profile: Profile, ref: TextRef, text: LocalizedText): Profile {
  if (textAt(profile, ref) === text) return profile;
  switch (ref.kind) {
    case 'title':
      return { ...profile, title: text };
    case 'categoryName':
    case 'categoryHint': {
      const field = ref.kind === 'categoryName' ? 'name' : 'hint';
      return { ...profile, categories: profile.categories.map((c) => (c.id === ref.categoryId ? { ...c, [field]: text } : c)) };
    }
    case 'element':
      return {
        ...profile,
        categories: profile.categories.map((c) => ({
          ...c,
          elements: c.elements.some((e) => e.id === ref.elementId) ? c.elements.map((e) => (e.id === ref.elementId ? { ...e, text } : e)) : c.elements,
        })),
      };
  }
}

/**
 * Sets the text at `ref` in `lang`. Blank text removes a translation (the item is then shown in
 * Danish again) but is refused for Danish, which every text needs; over-long text is refused.
 */
export function translateText(profile: Profile, ref: TextRef, lang: string, value: string): Profile {
  const current = textAt(profile, ref);
  if (!current) return profile;
  const problem = checkText(value);
  if (problem === 'too_long' || (problem === 'empty_text' && lang === BASE_LANGUAGE)) return profile;
  return putText(profile, ref, withText(current, lang, value));
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
}

/** How many of the profile's texts have no text of their own in `lang`. */
export function translationStatus(profile: Profile, lang: string): TranslationStatus {
  const items = textItems(profile);
  const missingKeys = items.filter((item) => !isTranslated(item.text, lang)).map((item) => item.key);
  return { total: items.length, missing: missingKeys.length, missingKeys };
}
