/**
 * On a tablet a sideways swipe on a card must never take the browser Back, off the app (issue 8:
 * it did, 2 of 2 tries), while the page and panels still scroll normally under a finger.
 * Chromium's swipe-to-go-back is an overscroll of the page sideways: the board contains it
 * (`overscroll-behavior-x`) and a card's body takes no sideways panning (`touch-action: pan-y pinch-zoom`).
 */
import { expect, test, type Page } from '@playwright/test';
import { card, generic, openFresh } from './helpers';
import { touchPointer } from './stress/pointers';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

test('a sideways swipe on a card leaves the address and the history as they were', async ({ page }) => {
  await openFresh(page);
  // Somewhere to go Back to.
  await page.evaluate(() => history.pushState({}, '', location.href));
  const before = await page.evaluate(() => ({ href: location.href, length: history.length }));

  const body = card(generic(page), 'Respektere målgruppen').locator('.card__text');
  const box = (await body.boundingBox())!;
  const finger = await touchPointer(page);
  for (const direction of [1, -1]) {
    await finger.down(box.x + box.width / 2 - direction * 150, box.y + box.height / 2);
    await finger.move(box.x + box.width / 2 + direction * 200, box.y + box.height / 2, 12);
    await finger.up();
  }
  expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
  await expect(generic(page)).toBeVisible();

  // What keeps the browser from turning a sideways overscroll into Back, and a card from panning sideways.
  const styles = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).overscrollBehaviorX,
    body: getComputedStyle(document.body).overscrollBehaviorX,
    card: getComputedStyle(document.querySelector('.card')!).touchAction,
  }));
  expect(styles).toEqual({ page: 'none', body: 'none', card: 'pan-y pinch-zoom' });
});

/**
 * A finger swipe upward whose touch events are all sent at once (CDP delivers them in order). Sent
 * one by one, each waiting for the page's answer, the first move could come later than the 300 ms
 * press-and-hold that picks a card up when the machine is loaded: a drag, not a swipe (it failed so).
 */
async function swipeUp(page: Page, at: { x: number; y: number }, distance: number, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (step: number) => [{ x: Math.round(at.x), y: Math.round(at.y - (distance * step) / steps) }];
  const sent = [cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) })];
  for (let step = 1; step <= steps; step += 1) sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(step) }));
  await Promise.all(sent);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('a vertical swipe still scrolls the panel, on a card and beside the cards', async ({ page }) => {
  await openFresh(page);
  const panel = generic(page);
  const scrolled = () => panel.evaluate((node) => node.scrollTop);
  const start = await scrolled();
  const cardBox = (await card(panel, 'Kende metoder for tværprofessionelt samarbejde').boundingBox())!;
  await swipeUp(page, { x: cardBox.x + cardBox.width / 2, y: cardBox.y + cardBox.height / 2 }, 300);
  await expect.poll(scrolled).toBeGreaterThan(start + 100);

  // The first swipe may still be gliding (a fling), and how far it went varies with the load: wait
  // until the panel stands still, then bring the second category's heading 300 px below the panel's
  // top, so the next press is aimed at a place that does not depend on the first swipe.
  const standStill = async () => {
    let last = -1;
    await expect
      .poll(async () => {
        const now = await scrolled();
        const still = now === last;
        last = now;
        return still;
      }, { intervals: [150] })
      .toBe(true);
  };
  await standStill();
  await panel.evaluate((node) => {
    const heading = node.querySelectorAll('.category__header')[1]!;
    node.scrollTop += heading.getBoundingClientRect().top - node.getBoundingClientRect().top - 300;
  });
  await standStill();
  const afterCard = await scrolled();
  // Beside the cards: on a category's heading, what a finger finds between the cards.
  const press = await panel.evaluate((node) => {
    const heading = node.querySelectorAll('.category__header')[1]!.getBoundingClientRect();
    return { x: heading.left + heading.width / 2, y: heading.top + heading.height / 2 };
  });
  expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.category__header'), press)).toBe(true);
  await swipeUp(page, press, 150);
  await expect.poll(scrolled).toBeGreaterThan(afterCard + 100);
});
