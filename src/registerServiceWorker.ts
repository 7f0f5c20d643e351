/**
 * Registers the service worker that keeps the app working offline. Relative to the page, so it works
 * in any folder. Where a browser refuses (a cross-site iframe with storage blocked, private modes,
 * file://), the app still works online: the refusal is expected, not an error for the console.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {});
  });
}
