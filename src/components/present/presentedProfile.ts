/** Which profile the presentation (and printing from it) shows: the chosen generic one or the local one. */
import type { Profile } from '../../domain/profile';
import { genericProfile, useGenericCatalog } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';

export type PresentSource = 'generic' | 'local';

export function usePresentedProfile(source: PresentSource): Profile {
  const local = useProfileStore((state) => state.local);
  const genericId = useProfileStore((state) => state.genericId);
  useGenericCatalog((state) => state.profiles); // shown again when the chosen one has loaded
  return source === 'local' ? local : genericProfile(genericId);
}

/** The local profile once the groups have put something in it, the generic one before that. */
export function defaultSource(local: Profile): PresentSource {
  return local.categories.some((category) => category.elements.length > 0) ? 'local' : 'generic';
}
