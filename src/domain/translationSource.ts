/**
 * Translations that stay true: each translation remembers the Danish text it was made from, so a
 * change to the Danish text (a rename, "replace everywhere", a reset) leaves the other languages
 * visibly out of date instead of silently saying something else. Pure; the profile format stores
 * the records in `translatedFrom` (see profile.ts).
 */
import type { LocalizedText } from './profile';
import { BASE_LANGUAGE, isTranslated, withText } from './text';

/** Per language: the Danish text that language's translation was made from. */
export type SourceTexts = Record<string, string>;

/** One translatable field: its text per language and its translations' sources. */
export interface TrackedText {
  text: LocalizedText;
  from?: SourceTexts;
}

/**
 * The Danish text a translation in `lang` was made from, when that is no longer today's Danish
 * text (the translation is out of date); otherwise undefined. No record means "made from today's".
 */
export function outdatedSource({ text, from }: TrackedText, lang: string): string | undefined {
  if (lang === BASE_LANGUAGE || !isTranslated(text, lang)) return undefined;
  const source = from?.[lang];
  return source !== undefined && source !== text[BASE_LANGUAGE] ? source : undefined;
}

/** True when the translation in `lang` was made from another Danish text than today's. */
export function isOutOfDate(tracked: TrackedText, lang: string): boolean {
  return outdatedSource(tracked, lang) !== undefined;
}

function without(from: SourceTexts | undefined, lang: string): SourceTexts | undefined {
  if (!from || !(lang in from)) return from;
  const rest = { ...from };
  delete rest[lang];
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * Records that the Danish text changed from `oldDanish`: every translation without a record now
 * remembers `oldDanish` (it is out of date); one that already had a record keeps it (its real
 * source). A record equal to today's Danish text says nothing and is dropped, as are records of
 * languages without a translation.
 */
function afterDanishChange(text: LocalizedText, from: SourceTexts | undefined, oldDanish: string): SourceTexts | undefined {
  const next: SourceTexts = {};
  for (const lang of Object.keys(text)) {
    if (lang === BASE_LANGUAGE || !isTranslated(text, lang)) continue;
    const source = from?.[lang] ?? oldDanish;
    if (source !== text[BASE_LANGUAGE]) next[lang] = source;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/**
 * Sets the text in `lang` (blank removes a translation, never the Danish text) and keeps the
 * sources true: a new Danish text makes the other translations out of date; writing, editing or
 * clearing a translation makes it current. The same object when nothing changes.
 */
export function changeText(tracked: TrackedText, lang: string, value: string): TrackedText {
  const text = withText(tracked.text, lang, value);
  if (text === tracked.text) return tracked;
  if (lang !== BASE_LANGUAGE) return { text, from: without(tracked.from, lang) };
  return { text, from: afterDanishChange(text, tracked.from, tracked.text[BASE_LANGUAGE] ?? '') };
}

/** "The translation still holds": the translation in `lang` counts as made from today's Danish text. */
export function confirmTranslation(tracked: TrackedText, lang: string): TrackedText {
  if (tracked.from?.[lang] === undefined) return tracked;
  return { text: tracked.text, from: without(tracked.from, lang) };
}

/**
 * Puts `original` back (an element reset to its generic original): every language the original
 * has is taken from it and is current; translations only this text has are kept, and are out of
 * date when the Danish text changed under them.
 */
export function restoreOriginal(tracked: TrackedText, original: LocalizedText): TrackedText {
  const danish = changeText(tracked, BASE_LANGUAGE, original[BASE_LANGUAGE] ?? '');
  let { text, from } = danish;
  for (const lang of Object.keys(original)) {
    if (lang === BASE_LANGUAGE || !isTranslated(original, lang)) continue;
    text = withText(text, lang, original[lang]!);
    from = without(from, lang);
  }
  return text === tracked.text && from === tracked.from ? tracked : { text, from };
}

/** The field's entry in a `translatedFrom` object, set or removed; undefined when nothing is left. */
export function withFieldSource<Field extends string>(
  record: Partial<Record<Field, SourceTexts>> | undefined,
  field: Field,
  from: SourceTexts | undefined,
): Partial<Record<Field, SourceTexts>> | undefined {
  if (record?.[field] === from) return record;
  const next = { ...record } as Partial<Record<Field, SourceTexts>>;
  if (from) next[field] = from;
  else delete next[field];
  return Object.keys(next).length > 0 ? next : undefined;
}

/** `owner` with `translatedFrom` set, or without the key when there is nothing to remember. */
export function withTranslatedFrom<Owner extends { translatedFrom?: object }>(owner: Owner, translatedFrom: Owner['translatedFrom']): Owner {
  if (owner.translatedFrom === translatedFrom) return owner;
  const next = { ...owner };
  if (translatedFrom) next.translatedFrom = translatedFrom;
  else delete next.translatedFrom;
  return next;
}
