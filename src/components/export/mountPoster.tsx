/**
 * Renders the poster into a detached, invisible container for the time of one export: laid out (so
 * html-to-image can measure it and the browser loads its fonts) but off-screen, aria-hidden and
 * inert, so neither sighted users nor screen readers ever meet it.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface MountedPoster {
  node: HTMLElement;
  unmount: () => void;
}

export function mountPoster(poster: ReactElement): MountedPoster {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.dataset.testid = 'export-poster-host';
  // Not display:none or visibility:hidden: the poster must be laid out to be drawn.
  Object.assign(host.style, { position: 'fixed', left: '-20000px', top: '0', pointerEvents: 'none' });
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(poster));
  return {
    node: host.firstElementChild as HTMLElement,
    unmount: () => {
      root.unmount();
      host.remove();
    },
  };
}
