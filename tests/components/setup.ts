/** Shared set-up for the language component tests: Danish UI and a clean store (tests/setup.ts polyfills <dialog>). */
import { act } from '@testing-library/react';
import { setupI18n } from '../../src/i18n';
import { resetStore } from '../store/resetStore';

export function freshApp() {
  localStorage.clear();
  act(() => {
    setupI18n('da');
    resetStore();
  });
}
