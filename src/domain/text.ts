/** Reading and writing text per language, with the Danish fallback the format guarantees. */
import { cleanText, isBlank } from './characters';
import { MAX_TEXT_LENGTH } from './limits';
import type { LocalizedText } from './profile';

export const BASE_LANGUAGE = 'da';

export interface ShownText {
  text: string;
  /** The language the text is actually in (differs from the wanted one when falling back). */
  lang: string;
  /** True when the wanted language had no text and Danish is shown instead. */
  isFallback: boolean;
}

/** The text in `lang`, or the Danish text marked as a fallback. Never empty for valid data. */
export function textIn(text: LocalizedText, lang: string): ShownText {
  if (isTranslated(text, lang)) return { text: text[lang]!, lang, isFallback: false };
  return { text: text[BASE_LANGUAGE] ?? '', lang: BASE_LANGUAGE, isFallback: lang !== BASE_LANGUAGE };
}

/** True when `text` has its own (non-blank) text in `lang`; zero-width characters alone are blank. */
export function isTranslated(text: LocalizedText, lang: string): boolean {
  return !isBlank(text[lang] ?? '');
}

export type TextProblem = 'empty_text' | 'too_long';

/** Why `text` can't be used as an element's text, or null when it can. */
export function checkText(text: string): TextProblem | null {
  if (isBlank(text)) return 'empty_text';
  if (text.length > MAX_TEXT_LENGTH) return 'too_long';
  return null;
}

/**
 * The one door for typed and pasted text: characters no profile may hold are dropped (characters.ts),
 * runs of whitespace collapse (pasted text often carries line breaks and tabs), and text of only
 * invisible characters becomes empty.
 */
export function normalizeText(text: string): string {
  const clean = cleanText(text).replace(/\s+/g, ' ').trim();
  return isBlank(clean) ? '' : clean;
}

/** `text` with `lang` set; an empty value removes a translation but never the Danish text. */
export function withText(text: LocalizedText, lang: string, value: string): LocalizedText {
  const clean = normalizeText(value);
  if (clean === '' && lang === BASE_LANGUAGE) return text;
  if ((text[lang] ?? '') === clean) return text;
  if (clean === '') {
    const rest = { ...text };
    delete rest[lang];
    return rest as LocalizedText;
  }
  return { ...text, [lang]: clean };
}

/** Long element texts (up to 2,000 characters) are cut for labels and announcements. */
export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
