/**
 * Asks the browser to show `ref`'s element full screen while it is mounted. A refusal (no user
 * gesture, an iframe without permission, an old iPhone) is fine: the view is a fixed overlay that
 * fills the window anyway. When the user leaves full screen (Escape, F11), `onExit` runs, since the
 * browser may keep that Escape from ever reaching the page.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useFullscreen(ref: RefObject<HTMLElement | null>, onExit: () => void) {
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === node) entered = true;
      else if (entered) {
        entered = false;
        exit.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof node.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      try {
        node.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
          // Refused: the fixed overlay fills the viewport instead.
        });
      } catch {
        // Older engines throw instead of rejecting; same fallback.
      }
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === node) void document.exitFullscreen().catch(() => {});
    };
  }, [ref]);
}
