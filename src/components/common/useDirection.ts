/**
 * The writing direction of profile text in a language: as the local profile declares it (a language
 * added with right-to-left), else the language's usual one. Put it as `dir` next to every `lang`.
 */
import { useCallback } from 'react';
import { directionOf } from '../../domain/languages';
import { useProfileStore } from '../../store/profileStore';

export function useDirection(): (lang: string) => 'ltr' | 'rtl' {
  const languages = useProfileStore((state) => state.local.languages);
  return useCallback((lang: string) => directionOf(lang, languages ?? []), [languages]);
}
