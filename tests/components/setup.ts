/** Shared set-up for component tests: Danish UI, a clean store, and <dialog> in jsdom. */
import { act } from '@testing-library/react';
import { setupI18n } from '../../src/i18n';
import { resetStore } from '../store/resetStore';

/** jsdom has <dialog> but not showModal/close; enough of them for our modals. */
function polyfillDialog() {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

export function freshApp() {
  polyfillDialog();
  localStorage.clear();
  act(() => {
    setupI18n('da');
    resetStore();
  });
}
