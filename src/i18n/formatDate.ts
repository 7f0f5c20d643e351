/**
 * Dates and language names in the reader's language, from the browser's own data (Intl), so a new
 * language needs no code. Months count from 1 here: the 2020 tool printed dates a month off.
 */

/** A date as its language writes it, e.g. "5. januar 2026", "5 January 2026", "5. Januar 2026". */
export function formatDate(date: Date, lang: string, style: 'long' | 'short' = 'long'): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: style }).format(date);
  } catch {
    // An unknown or malformed language tag: ISO dates are read the same everywhere.
    return date.toISOString().slice(0, 10);
  }
}

/**
 * The name of language `code` as written in language `inLang` ("engelsk" in Danish, "Englisch" in
 * German), or `fallback` (the profile's own name for it) when the browser does not know it.
 */
export function languageName(code: string, inLang: string, fallback = code): string {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(code);
    return name ?? fallback;
  } catch {
    return fallback;
  }
}
