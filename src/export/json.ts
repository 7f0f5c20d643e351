/** The JSON export: the profile in the file format that `parseProfileJson` reads back. */
import { serializeProfile } from '../domain/migrate';
import type { Profile } from '../domain/profile';

/** A UTF-8 JSON file of the profile, ready to download. */
export function profileJsonBlob(profile: Profile): Blob {
  return new Blob([serializeProfile(profile)], { type: 'application/json' });
}
