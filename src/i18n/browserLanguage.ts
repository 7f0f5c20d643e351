/**
 * A first visit may start in the browser's language: the first of the browser's preferred languages
 * (`navigator.languages`, e.g. ["de-AT", "en"]) that we have, matched by the whole code or by its
 * language part ("de-AT" → "de"). Only when nothing is saved yet: a choice made in the app wins.
 */

/** The first code of `preferred` that `available` has, or undefined. */
export function pickLanguage(available: readonly string[], preferred: readonly string[]): string | undefined {
  for (const wanted of preferred) {
    const exact = available.find((code) => code.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const base = wanted.split('-')[0]!.toLowerCase();
    const loose = available.find((code) => code.toLowerCase() === base);
    if (loose) return loose;
  }
  return undefined;
}

/** The browser's preferred languages, most wanted first (empty where the browser does not say). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
