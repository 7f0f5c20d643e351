/**
 * Mouse and finger for the drag stress test. Playwright has no touch-move API, so the finger goes
 * through Chromium's DevTools protocol (Input.dispatchTouchEvent): real touch events, which Chromium
 * turns into the pointer events dnd-kit listens to, with touch-action and scrolling applied.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface DragPointer {
  kind: 'mouse' | 'touch';
  down(x: number, y: number): Promise<void>;
  /** Glides to (x, y) in `steps` moves. */
  move(x: number, y: number, steps: number): Promise<void>;
  up(): Promise<void>;
}

export function mousePointer(page: Page): DragPointer {
  return {
    kind: 'mouse',
    down: async (x, y) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
    },
    move: (x, y, steps) => page.mouse.move(x, y, { steps }),
    up: () => page.mouse.up(),
  };
}

export async function touchPointer(page: Page): Promise<DragPointer> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let at = { x: 0, y: 0 };
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y) })) });
  return {
    kind: 'touch',
    down: async (x, y) => {
      at = { x, y };
      await touch('touchStart', [at]);
    },
    move: async (x, y, steps) => {
      const from = at;
      for (let i = 1; i <= steps; i += 1) {
        at = { x: from.x + ((x - from.x) * i) / steps, y: from.y + ((y - from.y) * i) / steps };
        await touch('touchMove', [at]);
      }
    },
    up: async () => {
      await touch('touchEnd', []);
    },
  };
}
