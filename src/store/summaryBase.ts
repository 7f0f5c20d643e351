/**
 * The generic profile a summary of groups compares against, for "Saml grupper" and the live overview
 * alike. Its own module so the first load (which has the catalog) does not carry the summary code.
 */
import type { Profile } from '../domain/profile';
import { mostCommonBase } from '../domain/summary';
import { DEFAULT_GENERIC_ID, genericProfileChoices } from './catalog';

/** The one most of `profiles` were built on, else the one the facilitator works from, else the default. */
export function summaryBaseId(profiles: Profile[], currentId: string | undefined): string {
  return mostCommonBase(profiles, genericProfileChoices.map((profile) => profile.id)) ?? currentId ?? DEFAULT_GENERIC_ID;
}
