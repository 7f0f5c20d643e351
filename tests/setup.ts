import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setupI18n } from '../src/i18n';
// Every interface language and generic profile at hand from the start, as in Node (tests/setupNode.ts).
import './setupNode';

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

beforeEach(() => {
  setupI18n('da');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
