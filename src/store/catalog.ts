/**
 * The generic profiles the app ships: every `profiles/*.json`, bundled at build time. Adding a generic
 * profile is adding a file. They are validated by the tests, not at run time: each must come through
 * the door (restoreProfile) exactly as it is (tests/domain/profileFiles.test.ts), so a first visit
 * needs no validator (issue 8's first-load budget; saved work still goes through it, profileDoor.ts).
 */
import { findElement } from '../domain/operations';
import type { Profile, ProfileElement } from '../domain/profile';

const files = import.meta.glob<Profile>(['../../profiles/*.json', '!../../profiles/profile.schema.json'], {
  eager: true,
  import: 'default',
});

export const DEFAULT_GENERIC_ID = 'kontaktperson-plus';

/** The generic profiles, the Kontaktperson+ profile first. */
export const genericProfiles: Profile[] = Object.values(files)
  .sort((a, b) => (a.id === DEFAULT_GENERIC_ID ? -1 : b.id === DEFAULT_GENERIC_ID ? 1 : a.id.localeCompare(b.id)));

export function genericProfile(id: string): Profile {
  return genericProfiles.find((profile) => profile.id === id) ?? genericProfiles[0]!;
}

/** The generic profile with exactly this id, or undefined (a link or file from another installation). */
export function findGenericProfile(id: string): Profile | undefined {
  return genericProfiles.find((profile) => profile.id === id);
}

/**
 * The generic element a local copy came from: looked up first in the generic profile the local one
 * is based on, then in the others (a group may have copied from a second generic profile too).
 */
export function genericElement(sourceId: string, basedOn?: string): ProfileElement | undefined {
  const first = genericProfiles.find((profile) => profile.id === basedOn);
  const ordered = first ? [first, ...genericProfiles.filter((profile) => profile !== first)] : genericProfiles;
  for (const profile of ordered) {
    const found = findElement(profile, sourceId);
    if (found) return found.element;
  }
  return undefined;
}
