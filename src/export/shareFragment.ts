/**
 * How a share link's fragment starts. Kept apart from shareLink.ts, so the app can notice a link on
 * start-up without loading the compression code for every visit.
 */
export const SHARE_FRAGMENT = 'profil=';

/** True when the address's fragment (with its "#") holds a shared profile. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(`#${SHARE_FRAGMENT}`);
}
