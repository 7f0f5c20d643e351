/**
 * A log kept inside the page of what moves the board under a test's pointer: panel scrolls, layout
 * shifts (with the elements that moved) and pointer presses, each with the page's time. A stress
 * failure prints the entries around the failing drag, so a board that moved between aiming and
 * pressing shows what moved it.
 */
import type { Page } from '@playwright/test';

export interface PageEvent {
  t: number;
  what: string;
}

declare global {
  interface Window {
    __stressLog?: PageEvent[];
  }
}

export async function recordPageEvents(page: Page) {
  await page.addInitScript(() => {
    const log: PageEvent[] = [];
    window.__stressLog = log;
    const name = (node: Node | null | undefined) => {
      if (!(node instanceof Element)) return String(node?.nodeName ?? '?');
      const card = node.closest('[data-element-id]') as HTMLElement | null;
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}${card ? `[${card.dataset.elementId}]` : ''}`;
    };
    const push = (what: string) => {
      log.push({ t: Math.round(performance.now()), what });
      if (log.length > 400) log.splice(0, 200);
    };
    document.addEventListener('scroll', (event) => push(`scroll ${name(event.target as Node)} to ${Math.round((event.target as Element).scrollTop ?? 0)}`), true);
    window.addEventListener('pointerdown', (event) => push(`pointerdown at ${Math.round(event.clientX)},${Math.round(event.clientY)} on ${name(event.target as Node)}`), true);
    window.addEventListener('pointerup', (event) => push(`pointerup at ${Math.round(event.clientX)},${Math.round(event.clientY)}`), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
        const moved = (entry.sources ?? []).map((s) => `${name(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`);
        push(`layout shift ${entry.value.toFixed(4)}: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Marks a moment in the page's log (the test aimed, say). */
export function markPageEvent(page: Page, what: string) {
  return page.evaluate((text) => window.__stressLog?.push({ t: Math.round(performance.now()), what: text }), what);
}

/** The last `count` entries, one per line. */
export async function lastPageEvents(page: Page, count = 40) {
  const log = await page.evaluate(() => window.__stressLog ?? []);
  return log.slice(-count).map((e) => `${e.t} ${e.what}`);
}
