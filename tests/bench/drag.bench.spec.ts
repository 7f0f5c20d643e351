// `npm run bench:drag`: drag, drop, a placeholder entering a list and a rename at 9, 100 and 300 local
// elements, and the layout shift of a phone-sized first load, measured inside the page (see inPage.ts)
// on the production build. Prints figures; asserts nothing about speed (that is not a test).
import { expect, test, type Page } from '@playwright/test';
import { card, generic, handleOf, local } from '../e2e/helpers';
import { arm, armedResult, cpuTrace, frameWindow, installInstruments, layoutShift, percentile, type Span } from './inPage';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

async function openWith(page: Page, count: number) {
  const elements = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: { da: `Element nummer ${i + 1}` } }));
  const third = Math.ceil(count / 3);
  const profile = {
    version: 1,
    id: 'bench',
    title: { da: 'Benchmark' },
    categories: [
      { id: 'viden', name: { da: 'Viden' }, color: '#1d5b94', elements: elements.slice(0, third) },
      { id: 'faerdigheder', name: { da: 'Færdigheder' }, color: '#1e6b45', elements: elements.slice(third, 2 * third) },
      { id: 'kompetencer', name: { da: 'Kompetencer' }, color: '#8a4500', elements: elements.slice(2 * third) },
    ],
  };
  await page.goto('/');
  await page.evaluate((saved) => localStorage.setItem('profilbygger:work', JSON.stringify(saved)), {
    state: { genericId: 'kontaktperson-plus', local: profile, contentLanguage: 'da' },
    version: 1,
  });
  await page.reload();
  await expect(card(local(page), `Element nummer ${count}`)).toBeAttached();
}

interface RunFigures {
  /** Frame times while the pointer glides the same path with no drag: what this machine gives at best. */
  idleFrames: number[];
  frames: number[];
  dragLongestTask: number;
  dragLongestFrame: number;
  pickUp: Span;
  drop: Span;
  placeholder: Span;
  rename: Span;
  /** CPU time of the longest main-thread task in each (Chromium's trace; see cpuTrace). */
  cpu: Record<'pickUp' | 'drag' | 'drop' | 'placeholder' | 'rename', number>;
}

/**
 * One pass over the steps. Traced (`traced`), it gives only the CPU figures: Chromium's trace slows every
 * frame it records (a drag's p95 frame was 33.4 ms traced, 16.7 ms not), so the wall-clock figures come
 * from an untraced pass.
 */
async function oneRun(page: Page, count: number, run: number, traced: boolean): Promise<RunFigures> {
  const startTrace = () => (traced ? cpuTrace(page) : Promise.resolve({ stop: async () => NaN }));
  await openWith(page, count);
  // Pick up the first card and reorder it down through the visible part of its list.
  const box = (await handleOf(card(local(page), 'Element nummer 1')).boundingBox())!;
  // First the same glide without a drag: the frames of a page that only follows the pointer.
  await page.mouse.move(box.x + 20, box.y + 20);
  const gliding = await frameWindow(page);
  await page.mouse.move(box.x + 20, box.y + 340, { steps: 60 });
  const idleFrames = (await gliding.stop()).frames;
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  let trace = await startTrace();
  await arm(page, 'pointermove', { kind: 'present', selector: '.card--overlay' });
  await page.mouse.move(box.x + 20, box.y + 20);
  const pickUp = await armedResult(page, 'pickUp');
  const cpu = { pickUp: await trace.stop(), drag: 0, drop: 0, placeholder: 0, rename: 0 };
  trace = await startTrace();
  const dragging = await frameWindow(page);
  await page.mouse.move(box.x + 20, box.y + 340, { steps: 60 });
  const { frames, longestTask: dragLongestTask, longestFrame: dragLongestFrame } = await dragging.stop();
  cpu.drag = await trace.stop();
  trace = await startTrace();
  await arm(page, 'pointerup', { kind: 'absent', selector: '.card--overlay' });
  await page.mouse.up();
  const drop = await armedResult(page, 'drop');
  cpu.drop = await trace.stop();

  // A generic card dragged over a local list: its placeholder enters the list. A fresh page, so
  // nothing is still scrolling after the drop's focus move.
  await openWith(page, count);
  const from = (await generic(page).locator('.card__handle').first().boundingBox())!;
  const target = (await card(local(page), 'Element nummer 3').boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 2 });
  await expect(page.locator('.card--overlay')).toBeAttached();
  await page.mouse.move(from.x + 60, from.y + 20, { steps: 2 });
  trace = await startTrace();
  await arm(page, 'pointermove', { kind: 'present', selector: '#local-profile .card--placeholder' }, true);
  // Across the gap into the list; the clock starts at the last move before the placeholder shows.
  await page.mouse.move(target.x + target.width / 2, target.y + 8, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + 10);
  const placeholder = await armedResult(page, 'placeholder');
  cpu.placeholder = await trace.stop();
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator('.card--overlay')).toHaveCount(0);

  // A rename: Enter in the editor → the new text on screen.
  const renamed = `Omdøbt ${count}-${run}`;
  await handleOf(card(local(page), 'Element nummer 2')).focus();
  await page.keyboard.press('Enter');
  const field = local(page).getByRole('textbox', { name: 'Ny tekst til elementet' });
  await field.fill(renamed);
  trace = await startTrace();
  await arm(page, 'keydown', { kind: 'text', selector: '.card__text', text: renamed });
  await field.press('Enter');
  const rename = await armedResult(page, 'rename');
  cpu.rename = await trace.stop();
  return { idleFrames, frames, dragLongestTask, dragLongestFrame, pickUp, drop, placeholder, rename, cpu };
}

const cpuSummary = (values: number[]) => `${percentile(values, 50).toFixed(0)} / ${Math.max(...values).toFixed(0)} ms`;

const summary = (label: string, spans: Span[]) =>
  `${label} p50 ${ms(percentile(spans.map((s) => s.toFrame), 50))}, max ${ms(Math.max(...spans.map((s) => s.toFrame)))}, longest task ${ms(Math.max(...spans.map((s) => s.longestTask)))}`;

for (const count of [9, 100, 300]) {
  test(`drag with ${count} elements`, async ({ page }) => {
    test.setTimeout(180_000 * RUNS); // two passes a run: untraced, then traced
    await installInstruments(page);
    const runs: RunFigures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const wall = await oneRun(page, count, run, false);
      const { cpu } = await oneRun(page, count, run, true);
      runs.push({ ...wall, cpu });
    }
    const frames = runs.flatMap((r) => r.frames);
    const over = frames.filter((f) => f > 25).length;
    const idleFrames = runs.flatMap((r) => r.idleFrames);
    console.log(
      [
        `\n${count} local elements, ${RUNS} runs (times inside the page; "to frame" = input event → first frame showing the result)`,
        `  drag frames     p50 ${ms(percentile(frames, 50))}, p95 ${ms(percentile(frames, 95))}, max ${ms(Math.max(...frames))}, ${((100 * over) / frames.length).toFixed(1)} % over 25 ms (${frames.length} frames), longest task ${ms(Math.max(...runs.map((r) => r.dragLongestTask)))}, longest frame ${ms(Math.max(...runs.map((r) => r.dragLongestFrame)))}`,
        `  no drag         p50 ${ms(percentile(idleFrames, 50))}, p95 ${ms(percentile(idleFrames, 95))}, max ${ms(Math.max(...idleFrames))} (the same glide with the button up: the machine's own frame pacing)`,
        `  ${summary('pick-up         ', runs.map((r) => r.pickUp))}`,
        `  ${summary('drop            ', runs.map((r) => r.drop))}`,
        `  ${summary('placeholder in  ', runs.map((r) => r.placeholder))}`,
        `  ${summary('rename (Enter)  ', runs.map((r) => r.rename))}`,
        `  longest task, main-thread CPU time (p50 / max): ${(['pickUp', 'drop', 'placeholder', 'rename', 'drag'] as const)
          .map((key) => `${key} ${cpuSummary(runs.map((r) => r.cpu[key]))}`)
          .join(', ')}`,
      ].join('\n'),
    );
  });
}

test('layout shift of a first load on a phone', async ({ browser }) => {
  const shifts: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: nothing cached, no service worker.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    const page = await context.newPage();
    await installInstruments(page);
    // Like Lighthouse's mobile run: a slow 4G network and a 4× slower CPU, so the web fonts arrive late.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/', { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await expect(generic(page)).toBeVisible(); // a phone opens on the generic profile
    await page.waitForTimeout(1000); // late shifts (a settle window for a benchmark, not a test)
    shifts.push(await layoutShift(page));
    await context.close();
  }
  console.log(`\nFirst load at 390×844 (slow 4G, 4× CPU): CLS ${shifts.map((s) => s.toFixed(3)).join(', ')} (max ${Math.max(...shifts).toFixed(3)})`);
});
