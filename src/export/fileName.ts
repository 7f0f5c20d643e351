/**
 * File names for exports: `kontaktperson-plus-helsingoer-2026-11-26.pdf`. Pure, so it is tested
 * without a browser; ASCII only, because e-mail gateways and SharePoint still mangle "ø" in names.
 */
import type { Profile } from '../domain/profile';

/** Danish and German letters spelled the way Danes and Germans write them without the letter. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', œ: 'oe' };

/** Lower-case a-z, 0-9 and single hyphens; every other character is spelled out, stripped or a hyphen. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüßðþłđœ]/g, (letter) => SPELLED[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // combining marks left by NFKD: é → e, š → s
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * "Helsingør Kommune" and "Helsingør" are the same place; the word only makes names longer, so it is
 * dropped (in the languages we ship).
 */
function municipalitySlug(municipality: string | undefined): string {
  const words = slugify(municipality ?? '').split('-');
  return words.filter((word) => !['kommune', 'municipality', 'gemeinde', 'of'].includes(word)).join('-');
}

/** YYYY-MM-DD in the user's time zone: an export made at 00:30 on the 1st is dated the 1st, not the 31st. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  // getMonth() is 0-based; the 2020 tool forgot the + 1 and dated every export a month early.
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `<generic profile id>-<municipality>-<date>.<ext>`; parts that are empty are left out. A file that is
 * one of several (a poster in pages) ends in `-del-2-af-3`.
 */
export function exportFileName(profile: Profile, ext: string, date: Date, part?: { number: number; count: number }): string {
  const base = slugify(profile.basedOn ?? profile.id) || 'profil';
  const parts = [base.slice(0, 60), municipalitySlug(profile.municipality).slice(0, 60), localIsoDate(date), part && part.count > 1 ? `del-${part.number}-af-${part.count}` : ''];
  return `${parts.filter(Boolean).join('-')}.${slugify(ext) || 'txt'}`;
}
