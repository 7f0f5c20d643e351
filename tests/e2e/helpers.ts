import { expect, type Locator, type Page } from '@playwright/test';

export const generic = (page: Page) => page.getByRole('region', { name: 'Generisk profil' });
export const local = (page: Page) => page.getByRole('region', { name: 'Lokal profil' });
export const list = (region: Locator, category: string) => region.getByRole('list', { name: category, exact: true });
export const card = (region: Locator, text: string) => region.getByRole('listitem', { name: text, exact: true });
export const handleOf = (item: Locator) => item.locator('.card__handle');

/** Texts of the elements in a list, in order. */
export async function textsIn(listLocator: Locator): Promise<string[]> {
  return listLocator.locator(':scope > li:not(.card--placeholder) .card__text').allTextContents();
}

/**
 * The app with nothing saved. Each test's browser context starts with empty storage, so then the page
 * is loaded once; only when the context already holds something (a second call in one test) is it
 * cleared and loaded again. (Loading every test's app twice cost about a second a test in CI.)
 */
export async function openEmpty(page: Page) {
  const { origins } = await page.context().storageState();
  await page.goto('/');
  if (origins.some((origin) => origin.localStorage.length > 0)) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
}

/** A fresh app with nothing saved, on a screen wide enough to show the local profile. */
export async function openFresh(page: Page) {
  await openEmpty(page);
  await expect(local(page)).toBeVisible();
}

/** A mouse drag the way dnd-kit needs it: press, a small move past the activation distance, then glide. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator, position: 'top' | 'center' = 'center') {
  await from.scrollIntoViewIfNeeded();
  await to.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag source or target not visible');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 });
  const y = position === 'top' ? end.y + 6 : end.y + end.height / 2;
  await page.mouse.move(end.x + end.width / 2, y, { steps: 15 });
  await page.mouse.move(end.x + end.width / 2, y + 1, { steps: 2 });
  await page.mouse.up();
  // dnd-kit swallows every click on the page until a 50 ms timer after the drop (the click the drop
  // itself makes must not press what lies under it). On a loaded machine that timer comes late, and
  // the test's next click was eaten (workshop.spec, 1 run in 645 under load). A page timer set now
  // is due after dnd-kit's, and timers run in the order they are due: once it fires, clicks count.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
}

/**
 * Makes every timer of the page come `ms` late, in the order they are due, as on a busy machine or a
 * slow phone, where timers wait behind other work while input and rendering go on (issue 8: the
 * keyboard drag's lost keys and the click eaten after a drop were both such races).
 */
export async function makeTimersLate(page: Page, ms = 300) {
  await page.addInitScript((late) => {
    const setTimeoutOnTime = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      setTimeoutOnTime(handler, (delay ?? 0) + late, ...rest)) as typeof window.setTimeout;
  }, ms);
}
