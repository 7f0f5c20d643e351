/**
 * Saves what is being typed when the page goes away: a reload, closing the tab, or (unless `onUnloadOnly`)
 * the page being hidden — the last chance on phones, which may discard a hidden tab without unloading
 * it. Typed text that has not been committed yet (the title's pause, an open rename) is not lost.
 * https://developer.chrome.com/docs/web-platform/page-lifecycle-api
 */
import { useEffect, useEffectEvent } from 'react';

export function useSaveBeforeLeaving(save: () => void, { onUnloadOnly = false } = {}) {
  const saveNow = useEffectEvent(save);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const onPageHide = () => saveNow();
    window.addEventListener('pagehide', onPageHide);
    if (!onUnloadOnly) document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [onUnloadOnly]);
}
