// Lighthouse (mobile: a Moto G Power screen, slow 4G and a 4× slower CPU, simulated) on the built app,
// served by `vite preview`: prints CLS, LCP, TBT and the total byte weight per run and their medians,
// then the layout shift of a first load at 390×844 measured inside the page (PerformanceObserver),
// once as it comes and once with the web fonts held back until the board shows (the worst case).
// Lighthouse is run with `npx -y lighthouse@12.8.2` (the last release for Node 20) rather than being a
// dependency: its 140 MB would be on every CI install. Needs Debian's Chromium at CHROME_PATH.
// Figures, not a test: nothing here passes or fails on time. Usage: npm run bench:lighthouse
/* global window, document, requestAnimationFrame -- inside page.evaluate and addInitScript, which run in the page */
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs.mjs';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const APP_PORT = Number(process.env.LIGHTHOUSE_APP_PORT ?? 4175);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9223);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const url = `http://localhost:${APP_PORT}/`;
const chromeFlags = ['--headless=new', ...chromiumArgs];

const preview = spawn('npx', ['vite', 'preview', '--port', String(APP_PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopPreview = () => {
  try {
    process.kill(-preview.pid, 'SIGTERM'); // the npx wrapper and vite under it
  } catch {
    // already gone
  }
};
process.on('exit', stopPreview);

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

function lighthouse() {
  const result = spawnSync(
    'npx',
    ['-y', 'lighthouse@12.8.2', url, `--port=${DEBUG_PORT}`, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${chromeFlags.join(' ')}`],
    { env: { ...process.env, CHROME_PATH }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr}`);
  const { audits, categories } = JSON.parse(result.stdout);
  return {
    score: Math.round(categories.performance.score * 100),
    cls: audits['cumulative-layout-shift'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    bytes: audits['total-byte-weight'].numericValue,
  };
}

/** Sum of layout shifts of one first load at 390×844 (slow 4G, 4× CPU), fonts held back or not. */
async function layoutShiftInPage(holdFonts) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'da-DK', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let release = () => {};
  const boardShown = new Promise((resolve) => (release = resolve));
  if (holdFonts) {
    await page.route(/\.woff2$/, async (route) => {
      await boardShown;
      await route.continue();
    });
  }
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByText('Respektere målgruppen').first().waitFor();
  release();
  await page.waitForFunction(() => document.fonts.check('16px Inter') && document.fonts.status === 'loaded');
  const shift = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.layoutShift))))),
  );
  await browser.close();
  return shift;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (label, r) =>
  `  ${label.padEnd(8)} score ${String(r.score).padStart(3)}  CLS ${r.cls.toFixed(3)}  LCP ${(r.lcp / 1000).toFixed(2)} s  TBT ${Math.round(r.tbt)} ms  total ${(r.bytes / 1024).toFixed(0)} KB`;

try {
  await waitForServer();
  console.log(`\nLighthouse 12.8.2, mobile (simulated slow 4G, 4× CPU), ${url}:`);
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1) {
    runs.push(lighthouse());
    console.log(row(`run ${run}`, runs.at(-1)));
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  console.log(row('median', { score: pick('score'), cls: pick('cls'), lcp: pick('lcp'), tbt: pick('tbt'), bytes: pick('bytes') }));
  console.log('\nLayout shift of a first load at 390×844 inside the page (slow 4G, 4× CPU):');
  console.log(`  as it comes                          CLS ${(await layoutShiftInPage(false)).toFixed(4)}`);
  console.log(`  web fonts held until the board shows CLS ${(await layoutShiftInPage(true)).toFixed(4)}`);
} finally {
  stopPreview();
}
