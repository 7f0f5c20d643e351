/**
 * The generic profiles the app ships: every `profiles/*.json`, bundled at build time and validated
 * through the same door as everything else. Adding a generic profile is adding a file.
 */
import { restoreProfile } from '../domain/migrate';
import { findElement } from '../domain/operations';
import type { Profile, ProfileElement } from '../domain/profile';

const files = import.meta.glob<unknown>(['../../profiles/*.json', '!../../profiles/profile.schema.json'], {
  eager: true,
  import: 'default',
});

export const DEFAULT_GENERIC_ID = 'kontaktperson-plus';

/** The valid generic profiles, the Kontaktperson+ profile first. */
export const genericProfiles: Profile[] = Object.entries(files)
  .flatMap(([path, data]) => {
    const result = restoreProfile(data);
    if (result.ok) return [result.profile];
    console.error(`Skipping ${path}: not a valid profile`, result.problems);
    return [];
  })
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
