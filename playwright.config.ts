import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './scripts/chromiumArgs.mjs';

// Another checkout on the same machine may be serving on the default port.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  // `npm run bench:drag` points Playwright at the browser benchmarks instead of the tests.
  testDir: process.env.PW_BENCH ? 'tests/bench' : 'tests/e2e',
  testMatch: process.env.PW_BENCH ? '**/*.bench.spec.ts' : '**/*.spec.ts',
  // Budgets, not expectations: CI is a 2-core machine running two browsers at once, where an export
  // or a 300-element render can take several times what it takes on a laptop. Tests wait on
  // conditions; these limits only decide when a hung test is called failed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'da-DK',
    // Debian's Chromium with flags that keep it from calling home (scripts/chromiumArgs.mjs).
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    // A failed test's trace, to open with `npx playwright show-trace`. Not in CI, which keeps no files (it
    // recorded every test's screenshots and DOM for nothing: about a quarter of the browser tests' time),
    // and never for the benchmarks, whose frames it slowed (a drag's p95 frame: 33.4 ms traced, 16.8 not).
    trace: process.env.CI || process.env.PW_BENCH ? 'off' : 'retain-on-failure',
    // No service worker unless a test is about working offline (they say `serviceWorkers: 'allow'`):
    // it would precache all 3 MB of the app in every test's fresh browser, about a tenth of CI's time.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 720 } } }],
  webServer: {
    // VITE_E2E_HOOKS: the store on window for tests that make hundreds of edits (src/testHooks.ts).
    command: `VITE_E2E_HOOKS=1 npm run build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
