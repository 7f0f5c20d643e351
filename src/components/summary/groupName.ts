/**
 * A first name for a group's profile in the summary: the title the group gave it, else its
 * municipality, else "Gruppe 3". The facilitator can rename it; two groups never share a name.
 */
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';

/** The titles a new local profile starts with: a group that kept one has not named its profile. */
const DEFAULT_TITLES = new Set(['Lokal profil', 'Local profile', 'Lokales Profil']);

export function defaultGroupName(profile: Profile, lang: string, taken: string[], numbered: (n: number) => string): string {
  const title = textIn(profile.title, lang).text.trim();
  const base =
    (!DEFAULT_TITLES.has(title) && !Object.values(profile.title).some((text) => DEFAULT_TITLES.has(text.trim())) && title) ||
    profile.municipality?.trim() ||
    numbered(taken.length + 1);
  let name = base;
  for (let n = 2; taken.includes(name); n += 1) name = `${base} (${n})`;
  return name.slice(0, 100);
}
