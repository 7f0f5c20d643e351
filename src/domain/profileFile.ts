/**
 * The profile as a file: its pretty-printed JSON, and the size that has to stay within
 * MAX_PROFILE_BYTES for the file to be read back.
 */
import { MAX_ELEMENTS, MAX_PROFILE_BYTES, utf8Length } from './limits';
import type { Profile } from './profile';

/** The profile as the pretty-printed JSON file format. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Bytes of the profile's JSON export. */
export function profileFileBytes(profile: Profile): number {
  return utf8Length(serializeProfile(profile));
}

export type LimitProblem = 'too_many_elements' | 'too_large';

/** Which limit the profile passes, or null when it is within all of them. */
export function exceededLimit(profile: Profile): LimitProblem | null {
  const elements = profile.categories.reduce((sum, category) => sum + category.elements.length, 0);
  if (elements > MAX_ELEMENTS) return 'too_many_elements';
  if (profileFileBytes(profile) > MAX_PROFILE_BYTES) return 'too_large';
  return null;
}
