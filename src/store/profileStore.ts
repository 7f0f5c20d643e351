/**
 * The one store: the local profile being built, which generic profile is shown, and the notices about
 * saving. Actions only call pure domain operations. `persist` saves every change (validated on load);
 * `temporal` (zundo) gives undo/redo over the profile.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { addLanguage, checkLanguage, type LanguageProblem } from '../domain/languages';
import { mergeProfiles, type MergeResult } from '../domain/merge';
import * as ops from '../domain/operations';
import { resetToOriginal } from '../domain/origin';
import type { Language, Profile } from '../domain/profile';
import { exceededLimit, profileFileBytes, type LimitProblem } from '../domain/profileFile';
import { replaceText, type ReplaceOptions, type ReplaceResult } from '../domain/replace';
import { confirmText, translateText, type TextRef } from '../domain/translate';
import { DEFAULT_GENERIC_ID, genericElement, genericProfile } from './catalog';
import { newElementId } from './ids';
import { workshopActions, type WorkshopActions } from './workshopActions';
import {
  forgetUnreadable,
  onStorageEvent,
  SAVED_WORK_VERSION,
  savedWorkStorage,
  STORAGE_KEY,
  unreadableData,
  type KeptAside,
  type SavedWork,
} from './savedState';

export const UNDO_LIMIT = 200;

export type Notice = ({ kind: 'unreadable' } & KeptAside) | { kind: 'saveFailed' } | null;

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
  /**
   * Adds what `incoming` has and the local profile lacks (an import or a link): one undo step.
   * Null when the result would pass a limit (then `refused` says so and nothing changes).
   */
  mergeIntoLocal: (incoming: Profile) => MergeResult | null;
  dismissNotice: () => void;
  /** Says (in the UI) that a change was refused because the profile is full; null clears it. */
  refuse: (problem: LimitProblem | null) => void;
}

/**
 * `refused`: the last change that was refused because it would pass a limit (limits.ts), shown until
 * the next change that succeeds or until dismissed.
 */
export type ProfileState = SavedWork & { notice: Notice; refused: LimitProblem | null } & ProfileActions & WorkshopActions;

/** A change that passes a limit is refused, unless it makes an already too large profile smaller. */
function refusalOf(before: Profile, after: Profile): LimitProblem | null {
  const problem = exceededLimit(after);
  if (!problem) return null;
  const shrinks = countAll(after) <= countAll(before) && profileFileBytes(after) <= profileFileBytes(before);
  return shrinks ? null : problem;
}

const countAll = (profile: Profile) => ops.countElements(profile);

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
        /**
         * Applies a pure operation to the local profile; no-ops leave state (and history) alone, and a
         * change that would pass a limit is refused and said, so nothing is made that can't be saved.
         */
        const update = (change: (local: Profile) => Profile) => {
          const before = get().local;
          const local = change(before);
          if (local === before) return before;
          const refused = refusalOf(before, local);
          if (refused) {
            set({ refused });
            return before;
          }
          set(get().refused ? { local, refused: null } : { local });
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
          refused: null,
          showGeneric: (genericId) => set({ genericId: genericProfile(genericId).id }),
          setContentLanguage: (contentLanguage) => set({ contentLanguage }),
          addCopy: (sourceId, categoryId, index) => {
            const source = ops.findElement(genericProfile(get().genericId), sourceId)?.element;
            if (!source) return undefined;
            if (!ops.hasRoomForElement(get().local)) return void set({ refused: 'too_many_elements' });
            return addWithNewId((local, id) => ops.addCopyOf(local, source, categoryId, id, index));
          },
          addOwn: (categoryId, text, index, lang = get().contentLanguage) =>
            !ops.hasRoomForElement(get().local)
              ? void set({ refused: 'too_many_elements' })
              : addWithNewId((local, id) => ops.addOwnElement(local, categoryId, id, text, lang, index)),
          move: (id, categoryId, index) => update((local) => ops.moveElement(local, id, categoryId, index)),
          moveBy: (id, delta) => update((local) => ops.moveElementBy(local, id, delta)),
          rename: (id, text, lang = get().contentLanguage) => update((local) => ops.renameElement(local, id, lang, text)),
          duplicate: (id) =>
            !ops.hasRoomForElement(get().local)
              ? void set({ refused: 'too_many_elements' })
              : addWithNewId((local, newId) => ops.duplicateElement(local, id, newId)),
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
          mergeIntoLocal: (incoming) => {
            const before = get().local;
            const result = mergeProfiles(before, incoming, newElementId);
            return update(() => result.profile) === before && result.profile !== before ? null : result;
          },
          dismissNotice: () => {
            const notice = get().notice;
            if (notice?.kind === 'unreadable') forgetUnreadable(notice);
            // The next piece of kept-aside data, if any, gets its own notice.
            const next = unreadableData();
            set({ notice: next ? { kind: 'unreadable', ...next } : null });
          },
          refuse: (refused) => set({ refused }),
          ...workshopActions({ update, get }),
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
      version: SAVED_WORK_VERSION,
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
  // Kept-aside data is the more urgent notice: it stays until the user has dealt with it.
  if (event.kind === 'saveFailed' && current === null) useProfileStore.setState({ notice: event });
  // The oldest kept-aside data is shown first; a newer one waits for its turn (dismissNotice).
  if (event.kind === 'unreadable' && (current?.kind !== 'unreadable' || event.held)) useProfileStore.setState({ notice: event });
});

/** Shows data kept aside on an earlier visit (or just now), oldest first; once saved work has been read. */
export function noticeKeptAside() {
  const keptAside = unreadableData();
  if (keptAside !== null) useProfileStore.setState({ notice: { kind: 'unreadable', ...keptAside } });
}

