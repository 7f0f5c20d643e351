/**
 * The languages a profile is written in. Danish, English and German are always offered; a profile
 * can add its own (Icelandic, Slovenian, Arabic …) by code and name, which is data, not code.
 */
import { hasForbiddenCharacters, isBlank } from './characters';
import { LANGUAGE_CODE_PATTERN } from './formatRules';
import { MAX_LANGUAGE_NAME_LENGTH, MAX_LANGUAGES } from './limits';
import type { Language, Profile } from './profile';
import { BASE_LANGUAGE, normalizeText } from './text';

/** Offered for every profile, whether or not it lists them. */
export const DEFAULT_LANGUAGES: readonly Language[] = [
  { code: 'da', name: 'Dansk' },
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
];

/** Scripts written right to left, for languages a profile lists without saying their direction. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The profile's languages first (Danish leading), then the defaults it does not list. */
export function profileLanguages(profile: Pick<Profile, 'languages'>): Language[] {
  const own = profile.languages ?? [];
  const all = [...own, ...DEFAULT_LANGUAGES.filter((d) => !own.some((l) => l.code === d.code))];
  return [...all.filter((l) => l.code === BASE_LANGUAGE), ...all.filter((l) => l.code !== BASE_LANGUAGE)];
}

/** The usual writing direction of a language code, when nothing else says. */
export function defaultDirection(code: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The direction of text in `code`: as the profile declares it, else the language's usual one. */
export function directionOf(code: string, languages: readonly Language[] = []): 'ltr' | 'rtl' {
  return languages.find((l) => l.code === code)?.dir ?? defaultDirection(code);
}

export type LanguageProblem = 'invalid_code' | 'empty_name' | 'name_too_long' | 'exists' | 'too_many';

/**
 * Why `language` can't be added to the profile, or null when it can. The rules of languageSchema
 * (profile.ts), checked without zod: the store calls this, and the first load carries no validator
 * (tests/domain/languages.test.ts holds the two together).
 */
export function checkLanguage(profile: Pick<Profile, 'languages'>, language: Language): LanguageProblem | null {
  const { code, name, dir } = language;
  if (typeof code !== 'string' || !LANGUAGE_CODE_PATTERN.test(code)) return 'invalid_code';
  if (typeof name !== 'string' || isBlank(name)) return 'empty_name';
  if (name.length > MAX_LANGUAGE_NAME_LENGTH || hasForbiddenCharacters(name)) return 'name_too_long';
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') return 'invalid_code';
  if (profileLanguages(profile).some((l) => l.code === code)) return 'exists';
  if ((profile.languages?.length ?? 1) >= MAX_LANGUAGES) return 'too_many';
  return null;
}

/**
 * Adds a language to the profile's list (Danish stays first; the defaults it did not list are not
 * added). Invalid or already listed languages leave the profile unchanged.
 */
export function addLanguage(profile: Profile, language: Language): Profile {
  const clean: Language = { ...language, code: language.code.trim(), name: normalizeText(language.name) };
  if (checkLanguage(profile, clean)) return profile;
  const own = profile.languages ?? [{ code: BASE_LANGUAGE, name: 'Dansk' }];
  const entry: Language = { code: clean.code, name: clean.name, ...(clean.dir === 'rtl' ? { dir: 'rtl' as const } : {}) };
  return { ...profile, languages: [...own.filter((l) => l.code !== clean.code), entry] };
}
