/**
 * i18next set-up. Adding a UI language is adding `locales/<lang>.json`. A first visit downloads only
 * what its first screen says (first load ≤ 150 KB, issue 8): Danish, the default and the fallback, is
 * bundled with just the texts the first screen uses (`?first-screen`, see vite.config.ts), and the
 * whole file loads with the first part loaded on demand (loadAllTexts). Every other language is a
 * chunk of its own, fetched before the first render when it is the chosen one (main.tsx awaits it:
 * no flash of Danish) and when the user switches to it. The service worker precaches them all, so
 * all of this works offline.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import firstScreenDanish from '../../locales/da.json?first-screen';
import { isolateBidi } from './isolate';
import { browserLanguages, pickLanguage } from './browserLanguage';

export type LocaleFile = { meta: { name: string; dir?: 'ltr' | 'rtl' } } & Record<string, unknown>;

// Only `meta` (name, direction) of every file is in the first load, for the language menu.
const metas = import.meta.glob<LocaleFile['meta']>('../../locales/*.json', { eager: true, import: 'meta' });
// The whole file, on demand, as text: `?raw` makes it a module apart from the eager `meta` import
// above, which would otherwise pull every file into the first load.
// Danish (DEFAULT_UI_LANGUAGE) is bundled above, so it is left out here.
const loaders = import.meta.glob<string>(['../../locales/*.json', '!../../locales/da.json'], { query: '?raw', import: 'default' });
const loaderOf = (code: string) => Object.entries(loaders).find(([path]) => path.startsWith(`../../locales/${code}.json`))?.[1];

export const DEFAULT_UI_LANGUAGE = 'da';
const STORAGE_KEY = 'profilbygger:ui-language';

export interface UiLanguage {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The languages given by locale files (path → content): code from the file name, the rest from `meta`. */
export function languagesFrom(localeFiles: Record<string, LocaleFile>): UiLanguage[] {
  return Object.entries(localeFiles)
    .map(([path, file]) => ({
      code: path.replace(/^.*\/([^/]+)\.json$/, '$1'),
      name: file.meta.name,
      dir: file.meta.dir ?? ('ltr' as const),
    }))
    .sort((a, b) => (a.code === DEFAULT_UI_LANGUAGE ? -1 : b.code === DEFAULT_UI_LANGUAGE ? 1 : a.name.localeCompare(b.name)));
}

/** The interface languages, from the files in locales/: code, own name and writing direction. */
export const uiLanguages = languagesFrom(Object.fromEntries(Object.entries(metas).map(([path, meta]) => [path, { meta }])));

/** The language chosen in this browser before; on a first visit the browser's own, if we have it; else Danish. */
export function savedLanguage(): string {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && uiLanguages.some((language) => language.code === saved)) return saved;
  } catch {
    // Storage can be blocked (private mode, policy); the browser's language or Danish then.
  }
  return pickLanguage(uiLanguages.map((language) => language.code), browserLanguages()) ?? DEFAULT_UI_LANGUAGE;
}

/** Keeps <html lang dir> in step with the interface language, and remembers the choice. */
function followLanguage(code: string) {
  const language = uiLanguages.find((l) => l.code === code);
  document.documentElement.lang = code;
  document.documentElement.dir = language?.dir ?? 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembering the language is harmless.
  }
}

export function setupI18n(language = savedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      // Danish for the first screen, and any language loaded before (a whole file wins over the part).
      resources: { [DEFAULT_UI_LANGUAGE]: { translation: firstScreenDanish }, ...loadedBundles },
      lng: language,
      fallbackLng: DEFAULT_UI_LANGUAGE,
      returnEmptyString: false,
      // React escapes HTML, so the escape step isolates bidi instead (HTML escaping would show &amp;):
      // every interpolated value passes through it.
      interpolation: { escapeValue: true, escape: isolateBidi },
      initAsync: false,
    });
    i18next.on('languageChanged', followLanguage);
  } else {
    void i18next.changeLanguage(language);
  }
  followLanguage(i18next.language);
  return i18next;
}

const loadedBundles: Record<string, { translation: LocaleFile }> = {};

/**
 * Makes `code`'s texts available (fetching its chunk the first time); resolves when they are.
 * Unknown codes and a failed fetch resolve too: i18next then falls back to Danish, never to keys.
 */
export async function loadUiLanguage(code: string): Promise<void> {
  if (code === DEFAULT_UI_LANGUAGE || loadedBundles[code]) return;
  const load = loaderOf(code);
  if (!load) return;
  try {
    addUiLanguage(code, JSON.parse(await load()) as LocaleFile);
  } catch (error) {
    console.warn(`Interface language ${code} could not be loaded`, error);
  }
}

/** Adds a language's texts that are already at hand (loadUiLanguage; tests add every file at once). */
export function addUiLanguage(code: string, texts: LocaleFile) {
  loadedBundles[code] = { translation: texts };
  if (i18next.isInitialized) i18next.addResourceBundle(code, 'translation', texts, true, true);
}

let allDanish: Promise<void> | undefined;

/**
 * Makes every Danish text available (the first load has only the first screen's). Parts loaded on
 * demand await this with their code (components/common/onDemand.tsx), and exports before they label
 * a file: Danish is also the fallback for any language. Rejects if the chunk cannot be fetched (a
 * later call tries again).
 */
export function loadAllTexts(): Promise<void> {
  allDanish ??= import('../../locales/da.json?raw').then(
    ({ default: raw }) => addUiLanguage(DEFAULT_UI_LANGUAGE, JSON.parse(raw) as LocaleFile),
    (error: unknown) => {
      allDanish = undefined;
      throw error;
    },
  );
  return allDanish;
}

/** Switches the interface language once its texts are here (at once when they are already). */
export async function changeUiLanguage(code: string): Promise<void> {
  if (code !== DEFAULT_UI_LANGUAGE && !loadedBundles[code]) await loadUiLanguage(code);
  await i18next.changeLanguage(code);
}

export { i18next };
