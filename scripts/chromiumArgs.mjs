// Debian's Chromium, never a downloaded browser (CI has no internet). The flags keep it from calling
// home, which the closed network would refuse, many times over. Shared by the browser tests
// (playwright.config.ts) and the Lighthouse benchmark (scripts/bench-lighthouse.mjs).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
