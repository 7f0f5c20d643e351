/**
 * The live document ⇄ the app's store. Each local change to the profile goes into the document as
 * a minimal diff in one transaction with the LOCAL origin; every other change (another member, the
 * device's saved copy, undo) rebuilds the profile and sets it in the store without an undo step of
 * its own. Undo in a session is Yjs' UndoManager tracking only LOCAL, so Ctrl+Z never undoes
 * someone else's work.
 */
import * as Y from 'yjs';
import type { Profile } from '../domain/profile';
import { genericProfiles } from '../store/catalog';
import { useLiveStore } from '../store/liveStore';
import { useProfileStore } from '../store/profileStore';
import { isEmptyDoc, readProfile, rootsOf, writeProfile } from './doc/profileDoc';

export const LOCAL = Symbol('this member');

export interface Binding {
  undoManager: Y.UndoManager;
  destroy: () => void;
}

export function bindStore(doc: Y.Doc, seed: Profile | undefined): Binding {
  let shown: Profile | null = null;
  let applying = false;
  const history = useProfileStore.temporal.getState();
  history.pause();
  history.clear();

  const show = () => {
    const { profile, repaired } = readProfile(doc, shown);
    if (!profile) {
      useLiveStore.setState({ waiting: shown === null, repaired });
      return;
    }
    const first = shown === null;
    shown = profile;
    applying = true;
    try {
      if (useProfileStore.getState().local !== profile) useProfileStore.setState({ local: profile });
      if (first && profile.basedOn && genericProfiles().some((generic) => generic.id === profile.basedOn)) {
        useProfileStore.getState().showGeneric(profile.basedOn);
      }
    } finally {
      applying = false;
    }
    useLiveStore.setState({ waiting: false, repaired });
  };

  if (seed && isEmptyDoc(doc)) {
    writeProfile(doc, null, seed, LOCAL);
    shown = seed;
  } else {
    show();
  }

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== LOCAL && transaction.changed.size > 0) show();
  };
  doc.on('afterTransaction', onTransaction);
  const unsubscribe = useProfileStore.subscribe((state, previous) => {
    if (applying || state.local === previous.local || shown === null) return;
    writeProfile(doc, shown, state.local, LOCAL);
    shown = state.local;
  });

  const roots = rootsOf(doc);
  const undoManager = new Y.UndoManager([roots.fields, roots.categories, roots.elements], {
    trackedOrigins: new Set([LOCAL]),
    // Every action is its own step, as outside a session (typing is committed whole, on Enter).
    captureTimeout: 0,
  });
  const updateUndo = () => useLiveStore.setState({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  undoManager.on('stack-item-added', updateUndo);
  undoManager.on('stack-item-popped', updateUndo);
  undoManager.on('stack-cleared', updateUndo);

  return {
    undoManager,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      unsubscribe();
      undoManager.destroy();
      history.clear();
      history.resume();
    },
  };
}
