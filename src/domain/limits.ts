/**
 * Every limit in one table, so the schema, the UI and the readers cannot disagree: a profile the app
 * lets you make always saves, exports and imports back. The README shows LIMITS_TABLE, and a test
 * holds the two together.
 */

/** Elements in a profile, all categories together. */
export const MAX_ELEMENTS = 1000;
/** Categories in a profile. */
export const MAX_CATEGORIES = 12;
/** Languages a profile lists. */
export const MAX_LANGUAGES = 40;
/** Reflection questions beside a profile. */
export const MAX_QUESTIONS = 50;
/** Characters in any text: title, role, category name and hint, element, note, question, answer. */
export const MAX_TEXT_LENGTH = 2000;
/** Characters in the municipality's name. */
export const MAX_MUNICIPALITY_LENGTH = 200;
/** Characters in a language's own name ("Íslenska"). */
export const MAX_LANGUAGE_NAME_LENGTH = 60;
/**
 * Bytes of the profile as its (pretty-printed, UTF-8) JSON export. The app refuses a change that would
 * pass it, and a file whose profile would pass it, so every profile's own export can be read back.
 */
export const MAX_PROFILE_BYTES = 1_000_000;
/** Bytes of a JSON file to import: exactly what the largest profile's export can take. */
export const MAX_JSON_FILE_BYTES = MAX_PROFILE_BYTES;
/**
 * Bytes of a PNG to import. A poster of the largest profile is at most 16,000 px tall (canvas limit)
 * and carries its JSON (≤ 1 MB): a few megabytes, well below.
 */
export const MAX_PNG_FILE_BYTES = 25_000_000;

/** The limits as the README shows them: what, how much, and the unit. */
export const LIMITS_TABLE: readonly { what: string; limit: number; unit: string }[] = [
  { what: 'elements in a profile', limit: MAX_ELEMENTS, unit: 'elements' },
  { what: 'categories in a profile', limit: MAX_CATEGORIES, unit: 'categories' },
  { what: 'languages in a profile', limit: MAX_LANGUAGES, unit: 'languages' },
  { what: 'reflection questions in a profile', limit: MAX_QUESTIONS, unit: 'questions' },
  { what: 'title, role, category name, hint, element text, note, question, answer (each language)', limit: MAX_TEXT_LENGTH, unit: 'characters' },
  { what: 'municipality', limit: MAX_MUNICIPALITY_LENGTH, unit: 'characters' },
  { what: 'language name', limit: MAX_LANGUAGE_NAME_LENGTH, unit: 'characters' },
  { what: 'the whole profile, as its JSON export', limit: MAX_PROFILE_BYTES, unit: 'bytes' },
  { what: 'a JSON file to import', limit: MAX_JSON_FILE_BYTES, unit: 'bytes' },
  { what: 'a PNG file to import', limit: MAX_PNG_FILE_BYTES, unit: 'bytes' },
];

/** UTF-8 length of `text` without encoding it (surrogate pairs count 4, lone surrogates 3 as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
