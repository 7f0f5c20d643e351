import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setupI18n } from '../src/i18n';

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
