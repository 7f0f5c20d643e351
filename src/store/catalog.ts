/**
 * The generic profiles the app ships: every `profiles/*.json`, bundled at build time. Adding a generic
 * profile is adding a file (named by its id). They are validated by the tests, not at run time: each
 * must come through the door (restoreProfile) exactly as it is (tests/domain/profileFiles.test.ts), so
 * a first visit needs no validator. The first load carries only the default profile (without the texts
 * only "Om profilen" shows) and the titles of the others (issue 8's 150 KB budget); the whole files
 * arrive with loadGenericProfiles, which everything that can show or use them awaits first (the
 * profile pickers, "Om profilen" and the other parts loaded on demand, saved work, live work), and
 * which the first change to the local profile starts (persistence.ts).
 */
import { create } from 'zustand';
import { findElement } from '../domain/operations';
import type { LocalizedText, Profile, ProfileElement } from '../domain/profile';

export const DEFAULT_GENERIC_ID = 'kontaktperson-plus';

const idOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');
// Only `title` of every file is in the first load, for the pickers; the whole files on demand, as text:
// `?raw` makes them modules apart from the eager `title` import, which would otherwise pull every file in.
const titles = import.meta.glob<LocalizedText>(['../../profiles/*.json', '!../../profiles/profile.schema.json'], { eager: true, import: 'title' });
const loaders = import.meta.glob<string>(['../../profiles/*.json', '!../../profiles/profile.schema.json'], {
  query: '?raw',
  import: 'default',
});

// The default profile without the texts only "Om profilen" shows (vite.config.ts): the dialog waits for the whole file.
const defaultProfile = Object.values(
  import.meta.glob<Profile>('../../profiles/kontaktperson-plus.json', { eager: true, query: '?without-about', import: 'default' }),
)[0]!;

/** The default first, then by id: the order of every list of generic profiles. */
const byDefaultFirst = (a: { id: string }, b: { id: string }) => (a.id === DEFAULT_GENERIC_ID ? -1 : b.id === DEFAULT_GENERIC_ID ? 1 : a.id.localeCompare(b.id));

/** Every generic profile's id and title, known from the start (the pickers list them). */
export const genericProfileChoices: readonly { id: string; title: LocalizedText }[] = Object.entries(titles)
  .map(([path, title]) => ({ id: idOf(path), title }))
  .sort(byDefaultFirst);

/**
 * The generic profiles loaded so far (the default one from the start, without its "Om profilen" texts);
 * components re-render when the whole files arrive.
 */
export const useGenericCatalog = create<{ profiles: Profile[]; complete: boolean }>()(() => ({
  profiles: [defaultProfile],
  complete: false,
}));

let loading: Promise<void> | null = null;

/** Loads every generic profile (once); resolves when they are all here. A failed fetch is tried again on the next call. */
export function loadGenericProfiles(): Promise<void> {
  if (useGenericCatalog.getState().complete) return Promise.resolve();
  loading ??= Promise.all(Object.values(loaders).map((load) => load())).then(
    (files) => {
      // The default profile keeps the objects it had (its categories and elements), so the cards on
      // screen are not drawn again: only the texts the first load left out are added.
      const whole = (profile: Profile) => (profile.id === DEFAULT_GENERIC_ID ? { ...profile, ...defaultProfile } : profile);
      const profiles = files.map((raw) => whole(JSON.parse(raw) as Profile)).sort(byDefaultFirst);
      useGenericCatalog.setState({ profiles, complete: true });
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The generic profiles loaded so far, the Kontaktperson+ profile first (all of them after loadGenericProfiles). */
export function genericProfiles(): Profile[] {
  return useGenericCatalog.getState().profiles;
}

/** The generic profile with this id, or the default one (also while the one asked for is still loading). */
export function genericProfile(id: string): Profile {
  const profiles = genericProfiles();
  return profiles.find((profile) => profile.id === id) ?? profiles[0]!;
}

/** The generic profile with exactly this id, or undefined (a link or file from another installation). */
export function findGenericProfile(id: string): Profile | undefined {
  return genericProfiles().find((profile) => profile.id === id);
}

/**
 * The generic element a local copy came from: looked up first in the generic profile the local one
 * is based on, then in the others (a group may have copied from a second generic profile too).
 */
export function genericElement(sourceId: string, basedOn?: string): ProfileElement | undefined {
  const profiles = genericProfiles();
  const first = profiles.find((profile) => profile.id === basedOn);
  const ordered = first ? [first, ...profiles.filter((profile) => profile !== first)] : profiles;
  for (const profile of ordered) {
    const found = findElement(profile, sourceId);
    if (found) return found.element;
  }
  return undefined;
}
