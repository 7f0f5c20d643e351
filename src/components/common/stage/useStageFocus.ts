/**
 * A full-page stage (the presentation, the summary on the projector) takes the keyboard and the page
 * the moment it is shown. Focus moves in the commit that shows the view (a layout effect), not a frame
 * later: a view loaded on demand appears when its code arrives, and a key pressed in between must land
 * in it. `present-open` stops the page behind it from scrolling (stage.css, print.css).
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useStageFocus(view: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    view.current?.focus();
    document.documentElement.classList.add('present-open');
    return () => document.documentElement.classList.remove('present-open');
  }, [view]);
}
