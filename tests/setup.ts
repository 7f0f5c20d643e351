import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { addUiLanguage, setupI18n, type LocaleFile } from '../src/i18n';
import { loadGenericProfiles } from '../src/store/catalog';

// jsdom has <dialog> but not its methods; browsers do (the Playwright tests use the real thing).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// findBy/waitFor wait on a condition; the limit only decides when a hung test fails. Parts loaded on
// demand (src/components/common/onDemand.tsx) are compiled on first use, seconds on a loaded machine.
configure({ asyncUtilTimeout: 10_000 });

// The app fetches a language other than Danish when it is chosen (src/i18n); tests switch language
// synchronously, so every file is at hand from the start.
const localeFiles = import.meta.glob<LocaleFile>('../locales/*.json', { eager: true, import: 'default' });
for (const [path, texts] of Object.entries(localeFiles)) addUiLanguage(path.replace(/^.*\/([^/]+)\.json$/, '$1'), texts);

// The app loads the generic profiles other than the default one on demand (src/store/catalog.ts);
// tests choose them synchronously, so all are at hand from the start (tests/store/catalog.test.tsx
// starts from fresh modules to test the loading itself).
await loadGenericProfiles();

// Relay tests run in Node (`@vitest-environment node`): no DOM to set up or clean.
const hasDom = typeof document !== 'undefined';

beforeEach(() => {
  if (hasDom) setupI18n('da');
});

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  localStorage.clear();
});
