/**
 * i18next set-up. Every `locales/<lang>.json` is bundled (no Suspense flash, works offline), so adding
 * a UI language is adding a file. Danish is the default and the fallback.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isolateBidi } from './isolate';
import { browserLanguages, pickLanguage } from './browserLanguage';

export type LocaleFile = { meta: { name: string; dir?: 'ltr' | 'rtl' } } & Record<string, unknown>;

const files = import.meta.glob<LocaleFile>('../../locales/*.json', { eager: true, import: 'default' });

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
export const uiLanguages = languagesFrom(files);

/** The language chosen in this browser before; on a first visit the browser's own, if we have it; else Danish. */
function savedLanguage(): string {
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
      resources: Object.fromEntries(uiLanguages.map(({ code }) => [code, { translation: files[`../../locales/${code}.json`]! }])),
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

export { i18next };
