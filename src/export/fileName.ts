/**
 * File names for exports, from what the group wrote: `ungekoordinator-helsingoer-2026-11-26-liggende.pdf`
 * (the role's name, the municipality, the date, the language when not Danish, the variant). Pure, so
 * it is tested without a browser; ASCII only, because e-mail gateways and SharePoint still mangle "ø"
 * in names. Letters of other scripts are dropped cleanly, never left as a row of hyphens.
 */
import type { Profile } from '../domain/profile';
import { BASE_LANGUAGE, textIn } from '../domain/text';

/** Danish and German letters spelled the way Danes and Germans write them without the letter. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', œ: 'oe', '+': '-plus-' };

/** Lower-case a-z, 0-9 and single hyphens; every other character is spelled out, stripped or a hyphen. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüßðþłđœ+]/g, (letter) => SPELLED[letter] ?? '')
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

export interface FileNameOptions {
  /** The language the export is in: its code is added when it is not Danish, so versions do not collide. */
  lang?: string;
  /** The variant of a format, as the labels' language says it ("liggende", "landscape"). */
  variant?: string;
  /** One of several files (a poster in pages): the name ends in `-del-2-af-3`. */
  part?: { number: number; count: number };
}

/**
 * The part that says what the file is: the role's name in the export's language ("Ungekoordinator"),
 * else the title, else the profile's id — the first that leaves something in ASCII.
 */
function subjectSlug(profile: Profile, lang: string): string {
  const candidates = [profile.role && textIn(profile.role, lang).text, textIn(profile.title, lang).text, profile.role?.[BASE_LANGUAGE], profile.title[BASE_LANGUAGE], profile.basedOn, profile.id];
  for (const candidate of candidates) {
    const slug = slugify(candidate ?? '').slice(0, 60).replace(/-+$/, '');
    if (slug) return slug;
  }
  return 'profil';
}

/**
 * `<role>-<municipality>-<date>[-<language>][-<variant>][-del-<n>-af-<m>].<ext>`; parts that are empty
 * are left out.
 */
export function exportFileName(profile: Profile, ext: string, date: Date, options: FileNameOptions = {}): string {
  const lang = options.lang ?? BASE_LANGUAGE;
  const parts = [
    subjectSlug(profile, lang),
    municipalitySlug(profile.municipality).slice(0, 60).replace(/-+$/, ''),
    localIsoDate(date),
    lang === BASE_LANGUAGE ? '' : slugify(lang),
    slugify(options.variant ?? ''),
    options.part && options.part.count > 1 ? `del-${options.part.number}-af-${options.part.count}` : '',
  ];
  return `${parts.filter(Boolean).join('-')}.${slugify(ext) || 'txt'}`;
}
