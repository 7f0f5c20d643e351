/**
 * The one store: the local profile being built, which generic profile is shown, and the notices about
 * saving. Actions only call pure domain operations. `persist` saves every change (validated on load);
 * `temporal` (zundo) gives undo/redo over the profile.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { addLanguage, checkLanguage, type LanguageProblem } from '../domain/languages';
import * as ops from '../domain/operations';
import { resetToOriginal } from '../domain/origin';
import type { Language, Profile } from '../domain/profile';
import { replaceText, type ReplaceOptions, type ReplaceResult } from '../domain/replace';
import { confirmText, translateText, type TextRef } from '../domain/translate';
import { DEFAULT_GENERIC_ID, genericElement, genericProfile } from './catalog';
import { newElementId } from './ids';
import { forgetUnreadable, onStorageEvent, savedWorkStorage, STORAGE_KEY, unreadableData, type SavedWork } from './savedState';

export const UNDO_LIMIT = 200;

export type Notice = { kind: 'unreadable'; raw: string } | { kind: 'saveFailed' } | null;

interface ProfileActions {
  showGeneric: (genericId: string) => void;
  setContentLanguage: (lang: string) => void;
  /** Copies a generic element into the local profile; returns the new element's id. */
  addCopy: (sourceId: string, categoryId: string, index?: number) => string | undefined;
  /** Adds an own element written in `lang` (default: the profile language). */
  addOwn: (categoryId: string, text: string, index?: number, lang?: string) => string | undefined;
  move: (id: string, categoryId: string, index: number) => void;
  moveBy: (id: string, delta: -1 | 1) => void;
  /**
   * Renames an element in `lang`: the language the editor was opened in, whatever the language
   * settings are by the time it is saved (default: the profile language).
   */
  rename: (id: string, text: string, lang?: string) => void;
  duplicate: (id: string) => string | undefined;
  remove: (id: string) => void;
  setTitle: (title: string, lang?: string) => void;
  /** Names the role the local profile describes, in `lang` (default: the profile language). */
  setRole: (role: string, lang?: string) => void;
  setMunicipality: (municipality: string) => void;
  startOver: (mode: ops.StartMode, genericId?: string) => void;
  /** Sets one text (title, category name or hint, element) in `lang`; blank removes a translation. */
  translate: (ref: TextRef, lang: string, text: string) => void;
  /** "The translation still holds": the text at `ref` in `lang` is no longer out of date. */
  confirmTranslation: (ref: TextRef, lang: string) => void;
  /** Puts an adapted element's generic original back (one undo step). */
  resetToOriginal: (id: string) => void;
  /** Adds a language to the local profile; says why not when it can't. */
  addLanguage: (language: Language) => LanguageProblem | null;
  /** Replaces a term in the profile language: everywhere (one undo step) or in `options.only`. */
  replaceText: (find: string, replacement: string, options?: ReplaceOptions) => ReplaceResult;
  /** Replaces the local profile (an import); undoable like any change. */
  replaceLocal: (profile: Profile) => void;
  dismissNotice: () => void;
}

export type ProfileState = SavedWork & { notice: Notice } & ProfileActions;

export function initialWork(genericId = DEFAULT_GENERIC_ID): SavedWork {
  const generic = genericProfile(genericId);
  return {
    genericId: generic.id,
    local: ops.createLocalProfile(generic, 'empty', newElementId),
    contentLanguage: 'da',
  };
}

export const useProfileStore = create<ProfileState>()(
  persist(
    temporal(
      (set, get) => {
        /** Applies a pure operation to the local profile; no-ops leave state (and history) alone. */
        const update = (change: (local: Profile) => Profile) => {
          const local = change(get().local);
          if (local !== get().local) set({ local });
          return local;
        };
        const addWithNewId = (change: (local: Profile, id: string) => Profile) => {
          const id = newElementId();
          const before = get().local;
          return update((local) => change(local, id)) === before ? undefined : id;
        };
        return {
          ...initialWork(),
          notice: null,
          showGeneric: (genericId) => set({ genericId: genericProfile(genericId).id }),
          setContentLanguage: (contentLanguage) => set({ contentLanguage }),
          addCopy: (sourceId, categoryId, index) => {
            const source = ops.findElement(genericProfile(get().genericId), sourceId)?.element;
            if (!source) return undefined;
            return addWithNewId((local, id) => ops.addCopyOf(local, source, categoryId, id, index));
          },
          addOwn: (categoryId, text, index, lang = get().contentLanguage) =>
            addWithNewId((local, id) => ops.addOwnElement(local, categoryId, id, text, lang, index)),
          move: (id, categoryId, index) => update((local) => ops.moveElement(local, id, categoryId, index)),
          moveBy: (id, delta) => update((local) => ops.moveElementBy(local, id, delta)),
          rename: (id, text, lang = get().contentLanguage) => update((local) => ops.renameElement(local, id, lang, text)),
          duplicate: (id) => addWithNewId((local, newId) => ops.duplicateElement(local, id, newId)),
          remove: (id) => update((local) => ops.removeElement(local, id)),
          setTitle: (title, lang = get().contentLanguage) => update((local) => ops.setTitle(local, lang, title)),
          setRole: (role, lang = get().contentLanguage) => update((local) => ops.setRole(local, lang, role)),
          setMunicipality: (municipality) => update((local) => ops.setMunicipality(local, municipality)),
          startOver: (mode, genericId = get().genericId) => {
            const generic = genericProfile(genericId);
            set({ genericId: generic.id, local: ops.createLocalProfile(generic, mode, newElementId) });
          },
          translate: (ref, lang, text) => update((local) => translateText(local, ref, lang, text)),
          confirmTranslation: (ref, lang) => update((local) => confirmText(local, ref, lang)),
          resetToOriginal: (id) => update((local) => resetToOriginal(local, id, (sourceId) => genericElement(sourceId, local.basedOn))),
          addLanguage: (language) => {
            const problem = checkLanguage(get().local, language);
            if (!problem) update((local) => addLanguage(local, language));
            return problem;
          },
          replaceText: (find, replacement, options) => {
            const result = replaceText(get().local, get().contentLanguage, find, replacement, options);
            update(() => result.profile);
            return result;
          },
          replaceLocal: (local) => set({ local }),
          dismissNotice: () => {
            if (get().notice?.kind === 'unreadable') forgetUnreadable();
            set({ notice: null });
          },
        };
      },
      {
        limit: UNDO_LIMIT,
        // Only the local profile is history: which generic profile is shown, notices and the
        // profile language are views, and undoing them would surprise.
        partialize: (state) => ({ local: state.local }),
        equality: (past, current) => past.local === current.local,
      },
    ),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: savedWorkStorage,
      partialize: (state): SavedWork => ({ genericId: state.genericId, local: state.local, contentLanguage: state.contentLanguage }),
      // Envelope migrations go here when SavedWork changes shape; the profile inside migrates itself.
      migrate: (persisted) => persisted as SavedWork,
    },
  ),
);

onStorageEvent((event) => {
  const current = useProfileStore.getState().notice;
  // Only act on a change of kind: setting a notice saves again, and a failing save must not loop.
  if (event.kind === 'saved' && current?.kind === 'saveFailed') useProfileStore.setState({ notice: null });
  if (event.kind === 'saveFailed' && current?.kind !== 'saveFailed') useProfileStore.setState({ notice: event });
  if (event.kind === 'unreadable') useProfileStore.setState({ notice: event });
});

const keptAside = unreadableData();
if (keptAside !== null) useProfileStore.setState({ notice: { kind: 'unreadable', raw: keptAside } });
