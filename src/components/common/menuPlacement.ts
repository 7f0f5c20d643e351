/**
 * Keeps an open menu on screen (issue 8: on the lowest card "Dupliker" and "Fjern" opened below the
 * panel's edge, out of sight). floating-ui places it fixed to the window so the scrolling panel does not
 * clip it: below the button when there is room, above it when not, pushed sideways to stay on screen,
 * and scrolling inside itself if neither side has room for all its items (a phone held sideways).
 *
 * floating-ui is loaded when a menu first opens, not with the page: a first visit shows hundreds of menu
 * buttons and opens none (first load ≤ 150 KB, issue 8). The service worker precaches it for offline use.
 * Until the first placement the menu is transparent and lets the pointer through (styles.css), but is
 * already in the page, so focus and screen readers reach its items at once. If it cannot be fetched, the
 * menu opens plainly under its button.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between a menu and the window's edge, in px. */
const EDGE = 8;
/** Below this the menu scrolls rather than shrinking further: two items stay readable. */
const MIN_HEIGHT = 96;
/** A placed menu shows and takes the pointer (styles.css hides it from both until then). */
const SHOWN = { opacity: '1', pointerEvents: 'auto' } as const;

export function useMenuPlacement(open: boolean, reference: RefObject<HTMLElement | null>, menu: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const anchor = reference.current;
    const floating = menu.current;
    if (!open || !anchor || !floating) return;
    let stopped = false;
    let stopUpdating = () => {};
    void import('@floating-ui/dom').then(({ autoUpdate, computePosition, flip, offset, shift, size }) => {
      if (stopped) return;
      const place = () =>
        void computePosition(anchor, floating, {
          placement: 'bottom-end',
          strategy: 'fixed',
          middleware: [
            offset(4),
            flip({ padding: EDGE }),
            shift({ padding: EDGE }),
            size({
              padding: EDGE,
              apply({ availableHeight }) {
                floating.style.maxHeight = `${Math.max(MIN_HEIGHT, availableHeight)}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          if (stopped) return;
          Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, ...SHOWN });
        });
      stopUpdating = autoUpdate(anchor, floating, place);
    }, () => {
      // Offline before the service worker had cached it: under the button, the page scrolls to the rest.
      if (stopped) return;
      const button = anchor.getBoundingClientRect();
      Object.assign(floating.style, { position: 'absolute', top: '100%', left: 'auto', right: '0', ...SHOWN });
      floating.style.maxHeight = `${Math.max(MIN_HEIGHT, window.innerHeight - button.bottom - EDGE)}px`;
    });
    return () => {
      stopped = true;
      stopUpdating();
    };
  }, [open, reference, menu]);
}
