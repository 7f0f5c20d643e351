/**
 * Browser tests make hundreds of edits at once from six devices; through menus alone that takes over
 * ten minutes on the CI machine. The browser tests' build (VITE_E2E_HOOKS=1, see playwright.config.ts)
 * puts the store, whose actions are the ones the UI calls, and the generic profiles on `window` for
 * them. The shipped build leaves this out: there the condition is a constant false, and the bundler
 * drops the code.
 */
import { genericProfile } from './store/catalog';
import { useProfileStore } from './store/profileStore';

export interface TestHooks {
  store: typeof useProfileStore;
  genericProfile: typeof genericProfile;
}

declare global {
  interface Window {
    __profilbygger?: TestHooks;
  }
}

export function exposeTestHooks() {
  window.__profilbygger = { store: useProfileStore, genericProfile };
}
