/**
 * How a share link's fragment starts. Kept apart from shareLink.ts, so the app can notice a link on
 * start-up without loading the compression code for every visit.
 */
export const SHARE_FRAGMENT = 'profil=';

/** True when the address's fragment (with its "#") holds a shared profile. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(`#${SHARE_FRAGMENT}`);
}

/**
 * Links up to this many characters work everywhere we know of: Outlook (which has been seen to cut
 * clickable links at 1,024), text messages of a few parts, chats, every browser. Longer links get a
 * warning. See README, "Share links and their limits", for the sources.
 */
export const SAFE_LINK_LENGTH = 1000;
/**
 * Beyond this (the length HTTP asks every client to support, RFC 9110 §4.1), links break in too many
 * places: the app offers the profile file instead.
 */
export const MAX_LINK_LENGTH = 8000;

/** The address without its fragment: what the address bar shows once a shared profile is taken in. */
export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
