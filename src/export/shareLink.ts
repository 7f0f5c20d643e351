/**
 * Share links: the whole local profile in the URL's fragment (`#profil=1.<data>`), deflated with
 * fflate (already in the bundle for jsPDF) and written in base64url. Browsers never send the
 * fragment to a server. Loaded with import() only when a link is made or opened.
 *
 * Reading a link never throws: a damaged, foreign or hostile link comes back as a reason, and the
 * profile in it goes through parseProfileJson() (and so restoreProfile()) like a file.
 */
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { compactForLink, expandLinkData } from '../domain/linkData';
import { MAX_JSON_FILE_BYTES } from '../domain/limits';
import { parseProfileJson, type Problem } from '../domain/migrate';
import type { Profile } from '../domain/profile';
import { SHARE_FRAGMENT } from './shareFragment';

/** The format of the data after the prefix; a later format gets another number. */
const FORMAT = '1.';
/** Longer fragments are refused before decoding: far beyond any link a chat would carry. */
export const MAX_FRAGMENT_LENGTH = 200_000;

export type LinkProblem = 'not_a_link' | 'damaged_link' | 'unknown_format' | 'too_large' | 'unknown_generic' | 'invalid_profile';

export type LinkReadResult =
  | { ok: true; profile: Profile; migratedFrom?: number }
  | { ok: false; reason: LinkProblem; problems: Problem[] };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url, or null when the text is not base64url (a mangled or hand-made link). */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The fragment's data: `profil=1.<data>` → `<data>` in format 1. */
export function encodeProfileForLink(profile: Profile, generic: Profile | undefined): string {
  const json = JSON.stringify(compactForLink(profile, generic));
  return `${SHARE_FRAGMENT}${FORMAT}${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The page's address with the profile in its fragment (any fragment it had is replaced). */
export function createShareLink(profile: Profile, generic: Profile | undefined, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = encodeProfileForLink(profile, generic);
  return url.toString();
}

const fail = (reason: LinkProblem, problems: Problem[] = []): LinkReadResult => ({ ok: false, reason, problems });

/**
 * The profile in a share link: a whole address, a fragment with or without "#", or text around a
 * link (a pasted chat message). `findGeneric` gives the generic profiles this app has.
 */
export function readShareLink(text: string, findGeneric: (id: string) => Profile | undefined): LinkReadResult {
  try {
    return readLink(text, findGeneric);
  } catch {
    return fail('damaged_link');
  }
}

function readLink(text: string, findGeneric: (id: string) => Profile | undefined): LinkReadResult {
  const at = text.indexOf(SHARE_FRAGMENT);
  if (at < 0) return fail('not_a_link');
  // A chat may put the link in brackets or follow it with a full stop; the data is base64url.
  const data = /^[^\s"'<>()[\]]*/.exec(text.slice(at + SHARE_FRAGMENT.length))![0].replace(/[.,;:!?]+$/, '');
  if (data.length > MAX_FRAGMENT_LENGTH) return fail('too_large');
  if (!data.startsWith(FORMAT)) return fail(/^\d+\./.test(data) ? 'unknown_format' : 'damaged_link');
  const bytes = fromBase64Url(data.slice(FORMAT.length));
  if (!bytes || bytes.length === 0) return fail('damaged_link');
  // A fixed output buffer: a few kilobytes that inflate to gigabytes cannot take the page down.
  let json: string;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_JSON_FILE_BYTES + 1) });
    if (out.length > MAX_JSON_FILE_BYTES) return fail('too_large');
    json = new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return fail('damaged_link');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('damaged_link');
  }
  const expanded = expandLinkData(parsed, findGeneric);
  if (!expanded.ok) return fail('unknown_generic');
  // The same door as a file, limits included: the profile must save and read back like any other.
  const restored = parseProfileJson(JSON.stringify(expanded.data));
  return restored.ok ? restored : fail('invalid_profile', restored.problems);
}
