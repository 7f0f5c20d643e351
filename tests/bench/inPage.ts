/**
 * In-page instruments for `npm run bench:drag`. The driver's round trip (tens of ms per Playwright
 * call on this machine) says nothing about the app, so everything is measured inside the page:
 * requestAnimationFrame deltas, `longtask` entries, layout shifts, and "input → first frame that
 * shows the result" (a watcher armed before the input takes the input's own timestamp and checks
 * the DOM at the start of every frame).
 */
import type { Page } from '@playwright/test';

/** What an armed watcher waits for on screen. */
export type OnScreen =
  | { kind: 'present'; selector: string }
  | { kind: 'absent'; selector: string }
  | { kind: 'text'; selector: string; text: string };

export interface Span {
  /** Input event → start of the first frame that shows the result, in ms. */
  toFrame: number;
  /** Longest long task overlapping that span (0 when none). */
  longestTask: number;
  /** Longest long animation frame (script + style + layout + paint, over 50 ms) overlapping that span. */
  longestFrame: number;
}

interface PerfWindow {
  __perf: {
    frames: number[];
    longtasks: { start: number; end: number }[];
    longframes: { start: number; end: number }[];
    shifts: number;
    lastInput: Record<string, number>;
    armed?: { input: string; latest: boolean; armedAt: number; inputAt?: number; result?: Promise<Span> };
  };
  __perfArm(input: string, awaited: OnScreen, latest: boolean): void;
}

/** Installs the instruments before any of the app's code runs. */
export async function installInstruments(page: Page) {
  await page.addInitScript(() => {
    const perf: PerfWindow['__perf'] = { frames: [], longtasks: [], longframes: [], shifts: 0, lastInput: {} };
    const w = window as unknown as PerfWindow;
    w.__perf = perf;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.longtasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.longframes.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) perf.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    let previous: number | undefined;
    const frame = (time: number) => {
      if (previous !== undefined) perf.frames.push(time - previous);
      previous = time;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'keydown']) {
      window.addEventListener(
        type,
        (event) => {
          perf.lastInput[type] = event.timeStamp;
          // The first such input after arming starts the clock.
          if (perf.armed?.input === type && perf.armed.inputAt === undefined) perf.armed.inputAt = event.timeStamp;
        },
        { capture: true },
      );
    }
    const shows = (awaited: OnScreen) => {
      if (awaited.kind === 'present') return document.querySelector(awaited.selector) !== null;
      if (awaited.kind === 'absent') return document.querySelector(awaited.selector) === null;
      return [...document.querySelectorAll(awaited.selector)].some((node) => node.textContent === awaited.text);
    };
    const longest = (spans: { start: number; end: number }[], from: number, to: number) =>
      Math.max(0, ...spans.filter((span) => span.end > from && span.start < to).map((span) => span.end - span.start));
    w.__perfArm = (input, awaited, latest) => {
      const armed: NonNullable<PerfWindow['__perf']['armed']> = { input, latest, armedAt: performance.now() };
      armed.result = new Promise<Span>((resolve) => {
        const check = () => {
          const last = perf.lastInput[input];
          const at = armed.latest ? (last !== undefined && last >= armed.armedAt ? last : undefined) : armed.inputAt;
          if (at !== undefined && shows(awaited)) {
            const now = performance.now();
            // Long frames are reported after they end: give them a frame to arrive.
            requestAnimationFrame(() =>
              setTimeout(() => resolve({ toFrame: now - at, longestTask: longest(perf.longtasks, at, now), longestFrame: longest(perf.longframes, at, now) })),
            );
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      perf.armed = armed;
    };
  });
}

/**
 * Arms a watcher: the next `input` event starts the clock (with `latest`, the last one before the
 * result shows: for results that need a few moves), the first frame showing `awaited` stops it.
 */
export async function arm(page: Page, input: 'pointermove' | 'pointerup' | 'keydown', awaited: OnScreen, latest = false) {
  await page.evaluate(([type, what, last]) => (window as unknown as PerfWindow).__perfArm(type, what, last), [input, awaited, latest] as const);
}

export async function armedResult(page: Page, what: string): Promise<Span> {
  const span = await page.evaluate(() =>
    Promise.race([(window as unknown as PerfWindow).__perf.armed!.result!, new Promise<undefined>((resolve) => setTimeout(resolve, 20_000))]),
  );
  if (!span) throw new Error(`${what}: the result never showed on screen`);
  return span;
}

/** Frame deltas and long tasks from now until `stop()`. */
export async function frameWindow(page: Page) {
  const from = await page.evaluate(() => {
    const perf = (window as unknown as PerfWindow).__perf;
    return { frames: perf.frames.length, at: performance.now() };
  });
  return {
    stop: () =>
      page.evaluate((start) => {
        const perf = (window as unknown as PerfWindow).__perf;
        const now = performance.now();
        const longest = (spans: { start: number; end: number }[]) =>
          Math.max(0, ...spans.filter((span) => span.end > start.at && span.start < now).map((span) => span.end - span.start));
        return { frames: perf.frames.slice(start.frames), longestTask: longest(perf.longtasks), longestFrame: longest(perf.longframes) };
      }, from),
  };
}

export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as PerfWindow).__perf.shifts);
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The main thread's CPU time in the longest task of an interaction, from Chromium's own trace. On this
 * shared 2-core machine the wall-clock figures above grow with whatever else runs (a test run beside
 * the benchmark doubles them); the CPU time a task took on the page's main thread hardly does, so it
 * tells whether a change made the app's own work smaller.
 */
export async function cpuTrace(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    /** The longest task (by CPU time) on the page's main thread since the trace started, in ms. */
    async stop(): Promise<number> {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
      return Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000));
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}
