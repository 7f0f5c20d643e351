/** Shared set-up for component tests: Danish UI and a clean store, and parts loaded on demand at hand (tests/setup.ts polyfills <dialog>). */
import { act } from '@testing-library/react';
import { beforeAll } from 'vitest';
import { setupI18n } from '../../src/i18n';
import { resetStore } from '../store/resetStore';

export function freshApp() {
  localStorage.clear();
  act(() => {
    setupI18n('da');
    resetStore();
  });
}

/**
 * Imports parts the app loads on demand before a file's first test: compiling one on its first import
 * takes seconds on a loaded machine, which is not the first test's own time to spend. The app still
 * loads them on demand (React.lazy) as it should.
 */
export function importBeforeFirstTest(...parts: (() => Promise<unknown>)[]) {
  beforeAll(() => Promise.all(parts.map((part) => part())), 120_000);
}
