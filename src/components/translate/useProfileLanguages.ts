/**
 * The languages the local profile is written in (its own, then the usual ones). The list holds the
 * same language objects while the profile's languages stay the same, so `useShallow` keeps the same
 * array and a change to an element renders nothing that only shows languages.
 */
import { useShallow } from 'zustand/react/shallow';
import { profileLanguages } from '../../domain/languages';
import type { Language } from '../../domain/profile';
import { useProfileStore } from '../../store/profileStore';

export function useProfileLanguages(): Language[] {
  return useProfileStore(useShallow((state) => profileLanguages(state.local)));
}
