/**
 * A card's menu stays on screen (issue 8: on the lowest card "Dupliker" and "Fjern" opened below the
 * panel's edge and could not be seen or pressed until one scrolled). On a laptop, a tablet and a
 * phone, the last card of the local profile opens its menu upward, every item inside the window and
 * not hidden behind anything, and the keyboard still walks it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generic, list, local, openEmpty } from './helpers';

const SCREENS = [
  { name: 'laptop', viewport: { width: 1280, height: 720 }, touch: false },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, touch: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
] as const;

/** The whole generic profile copied into the local one, so the local panel scrolls. */
async function startWithWholeProfile(page: Page, phone: boolean) {
  await openEmpty(page);
  await expect(generic(page)).toBeAttached();
  if (phone) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Start forfra' }).click();
  await page.getByRole('dialog').getByLabel('Med en kopi af hele den generiske profil').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Start forfra' }).click();
  if (phone) await page.getByRole('group', { name: 'Vis profil' }).getByRole('button', { name: /Lokal profil/ }).click();
}

/** The menu shows once floating-ui (loaded on the first open) has placed it. */
async function expectPlaced(menu: Locator) {
  await expect(menu).toHaveCSS('opacity', '1');
}

/** Items of the open menu that lie (partly) outside the window or under something else. */
function itemsOutOfSight(page: Page) {
  return page.getByRole('menu').evaluate((menu) =>
    [...menu.querySelectorAll('[role="menuitem"]')].flatMap((item) => {
      const box = item.getBoundingClientRect();
      const inWindow = box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
      const onTop = item.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
      return inWindow && onTop ? [] : [item.textContent ?? ''];
    }),
  );
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name}, ${screen.viewport.width}×${screen.viewport.height}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.touch, isMobile: screen.name === 'phone' });

    test("the lowest card's menu opens upward with every item in sight", async ({ page }) => {
      await startWithWholeProfile(page, screen.name === 'phone');
      const lastCard = list(local(page), 'Kompetencer').getByRole('listitem').last();
      await lastCard.scrollIntoViewIfNeeded();
      const menuButton = lastCard.getByRole('button', { name: /^Handlinger for/ });
      await menuButton.click();
      const menu = page.getByRole('menu');
      await expectPlaced(menu);
      await expect(menu.getByRole('menuitem', { name: 'Dupliker' })).toBeVisible();
      await expect(menu.getByRole('menuitem', { name: 'Fjern fra den lokale profil' })).toBeVisible();
      expect(await itemsOutOfSight(page)).toEqual([]);
      // Upward: the menu ends above the button it belongs to.
      const [menuBox, buttonBox] = [await menu.boundingBox(), await menuButton.boundingBox()];
      expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(buttonBox!.y);

      // The keyboard walks it as before, and Escape gives focus back to the button.
      await page.keyboard.press('End');
      await expect(menu.getByRole('menuitem').last()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(menuButton).toBeFocused();
    });
  });
}

test('a menu near the top of the panel still opens downward', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startWithWholeProfile(page, false);
  const firstCard = list(local(page), 'Viden').getByRole('listitem').first();
  const menuButton = firstCard.getByRole('button', { name: /^Handlinger for/ });
  await menuButton.click();
  await expectPlaced(page.getByRole('menu'));
  const [menuBox, buttonBox] = [await page.getByRole('menu').boundingBox(), await menuButton.boundingBox()];
  expect(menuBox!.y).toBeGreaterThanOrEqual(buttonBox!.y + buttonBox!.height);
  expect(await itemsOutOfSight(page)).toEqual([]);
});

test('a menu takes no click before it is placed: until then it is invisible, and a click there reaches the page', async ({ page }) => {
  // floating-ui arrives when the first menu opens; on a slow line (or a loaded machine) that takes a
  // while, and the menu waits transparent at the window's top left corner. A click there must not hit
  // an item nobody can see (it did: a test's click landed on "Flyt til Viden" as the menu moved).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/floating-ui*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await startWithWholeProfile(page, false);
  const skills = list(local(page), 'Færdigheder').getByRole('listitem');
  const before = await skills.count();
  await list(local(page), 'Viden').getByRole('listitem').first().getByRole('button', { name: /^Handlinger for/ }).click();
  const menu = page.getByRole('menu');
  // The keyboard reaches the unplaced menu at once.
  await expect(menu.getByRole('menuitem', { name: 'Omdøb' })).toBeFocused();
  await expect(menu).toHaveCSS('opacity', '0');
  const item = await menu.getByRole('menuitem', { name: 'Flyt til Færdigheder' }).boundingBox();
  await page.mouse.click(item!.x + item!.width / 2, item!.y + item!.height / 2);
  await expect(menu).toBeHidden();
  release();
  await expect(skills).toHaveCount(before);
});
