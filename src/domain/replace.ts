/**
 * "Replace a term everywhere": find a word or phrase in the profile's texts in one language and
 * replace it — one text at a time or all at once (one undo step, since it is one new profile).
 */
import type { Profile } from './profile';
import { checkText, isTranslated } from './text';
import { refKey, textItems, translateText, type TextRef } from './translate';

export interface FindOptions {
  /** Match "Kædeansvar" when looking for "kædeansvar" (default true). */
  ignoreCase?: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global matcher for `find`, or null for an empty search. Unicode-aware, so Æ/æ and Ü/ü fold. */
export function matcher(find: string, options: FindOptions = {}): RegExp | null {
  if (find.trim() === '') return null;
  return new RegExp(escapeRegExp(find), options.ignoreCase === false ? 'gu' : 'giu');
}

export interface Segment {
  text: string;
  match: boolean;
}

/** `text` split into matching and non-matching runs, for highlighting (rendered as text, never HTML). */
export function splitMatches(text: string, find: string, options: FindOptions = {}): Segment[] {
  const pattern = matcher(find, options);
  if (!pattern) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const at = found.index;
    if (at > last) segments.push({ text: text.slice(last, at), match: false });
    segments.push({ text: found[0], match: true });
    last = at + found[0].length;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/** How many times `find` occurs in `text`. */
export function countMatches(text: string, find: string, options: FindOptions = {}): number {
  const pattern = matcher(find, options);
  return pattern ? [...text.matchAll(pattern)].length : 0;
}

export interface Match {
  ref: TextRef;
  key: string;
  categoryId?: string;
  /** The text in the searched language. */
  text: string;
  count: number;
}

/** The profile's texts in `lang` that contain `find` (texts only shown as a Danish fallback are not searched). */
export function findMatches(profile: Profile, lang: string, find: string, options: FindOptions = {}): Match[] {
  return textItems(profile).flatMap((item) => {
    if (!isTranslated(item.text, lang)) return [];
    const text = item.text[lang]!;
    const count = countMatches(text, find, options);
    return count > 0 ? [{ ref: item.ref, key: item.key, categoryId: item.categoryId, text, count }] : [];
  });
}

export interface ReplaceOptions extends FindOptions {
  /** Replace only in this text (one by one); default: everywhere. */
  only?: TextRef;
}

export interface ReplaceResult {
  /** The new profile, or the same object when nothing was replaced. */
  profile: Profile;
  /** Occurrences replaced. */
  count: number;
  /** Texts changed. */
  texts: number;
  /** Texts left alone because the result would be blank or too long. */
  skipped: Match[];
}

/**
 * Replaces `find` with `replacement` in every text of the profile in `lang` (or only in `options.only`).
 * Never produces empty text: a text whose result would be blank (or over-long) is skipped and reported.
 */
export function replaceText(profile: Profile, lang: string, find: string, replacement: string, options: ReplaceOptions = {}): ReplaceResult {
  const pattern = matcher(find, options);
  const result: ReplaceResult = { profile, count: 0, texts: 0, skipped: [] };
  if (!pattern) return result;
  const onlyKey = options.only && refKey(options.only);
  for (const match of findMatches(profile, lang, find, options)) {
    if (onlyKey !== undefined && match.key !== onlyKey) continue;
    // A function replacement, so "$&" or "$1" in the user's text stays literal.
    const replaced = match.text.replace(pattern, () => replacement);
    if (checkText(replaced)) {
      result.skipped.push(match);
      continue;
    }
    const next = translateText(result.profile, match.ref, lang, replaced);
    if (next === result.profile) continue;
    result.profile = next;
    result.count += match.count;
    result.texts += 1;
  }
  return result;
}
