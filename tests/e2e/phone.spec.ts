/**
 * The board on a phone (issue 8): one column, no sideways scrolling, the toolbar behind a menu
 * button, a switch between the generic and the local profile, adding with one tap (and seeing that
 * it happened), reordering by touch, and a drag near the screen's edge scrolls the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, generic, handleOf, list, local, openEmpty, textsIn } from './helpers';
import { touchPointer } from './stress/pointers';

const phoneTabs = (page: Page) => page.getByRole('group', { name: 'Vis profil' });

/** A fresh app with nothing saved; a phone opens on the generic profile. */
async function openFresh(page: Page) {
  await openEmpty(page);
  await expect(generic(page)).toBeVisible();
}

/** The local profile filled with a copy of the whole generic profile (20 elements). */
async function startWithWholeProfile(page: Page) {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Start forfra' }).click();
  await page.getByRole('dialog').getByLabel('Med en kopi af hele den generiske profil').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Start forfra' }).click();
}

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`on a phone, ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });
    test.beforeEach(async ({ page }) => openFresh(page));

    test('one column, nothing wider than the screen, the toolbar folded into a menu', async ({ page }) => {
      const overflow = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // The toolbar's buttons wait behind the menu button.
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('button', { name: 'Start forfra' })).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: 'Start forfra' })).toBeVisible();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await menu.click();
      await expect(page.getByRole('button', { name: 'Start forfra' })).toBeHidden();

      await startWithWholeProfile(page);
      await phoneTabs(page).getByRole('button', { name: /Lokal profil/ }).click();
      await expect(local(page)).toBeVisible();
      expect(await overflow()).toBeLessThanOrEqual(0);
      // Every card lies inside the screen, side by side with nothing.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('.card, button, input, select')]
          .map((node) => node.getBoundingClientRect())
          .filter((box) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1)).length,
      );
      expect(outside).toBe(0);
    });

    test('switches between the generic and the local profile, and adds with one tap, visibly', async ({ page }) => {
      const tabs = phoneTabs(page);
      const genericTab = tabs.getByRole('button', { name: /Generisk profil/ });
      const localTab = tabs.getByRole('button', { name: /Lokal profil/ });
      await expect(genericTab).toHaveAttribute('aria-pressed', 'true');
      await expect(generic(page)).toBeVisible();
      await expect(local(page)).toBeHidden();

      await card(generic(page), 'Respektere målgruppen').getByRole('button', { name: 'Tilføj «Respektere målgruppen»' }).tap();
      // A visible confirmation, with a way back.
      const message = page.locator('.toast');
      await expect(message).toContainText('«Respektere målgruppen» er tilføjet til Viden.');
      await expect(message.getByRole('button', { name: 'Fortryd' })).toBeVisible();
      await expect(localTab).toContainText('1');
      await expect(card(generic(page), 'Respektere målgruppen')).toContainText('I brug');

      await localTab.tap();
      await expect(localTab).toHaveAttribute('aria-pressed', 'true');
      await expect(local(page)).toBeVisible();
      await expect(generic(page)).toBeHidden();
      expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Respektere målgruppen']);
    });

    test('reorders the local profile by touch', async ({ page }) => {
      for (const text of ['Respektere målgruppen', 'Reflektere over egen rolle']) {
        await card(generic(page), text).getByRole('button', { name: `Tilføj «${text}»` }).tap();
      }
      await phoneTabs(page).getByRole('button', { name: /Lokal profil/ }).tap();
      const viden = list(local(page), 'Viden');
      expect(await textsIn(viden)).toEqual(['Respektere målgruppen', 'Reflektere over egen rolle']);

      const from = (await handleOf(card(local(page), 'Reflektere over egen rolle')).boundingBox())!;
      const to = (await card(local(page), 'Respektere målgruppen').boundingBox())!;
      const finger = await touchPointer(page);
      await finger.down(from.x + from.width / 2, from.y + from.height / 2);
      await finger.move(from.x + from.width / 2, from.y + from.height / 2 - 10, 3);
      await finger.move(to.x + 30, to.y + 6, 12);
      await finger.up();
      await expect.poll(() => textsIn(viden)).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);
    });

    test('a drag held near the bottom edge scrolls the page', async ({ page }) => {
      await startWithWholeProfile(page);
      await phoneTabs(page).getByRole('button', { name: /Lokal profil/ }).tap();
      // The first card of the profile: most of the page lies below it.
      const first = handleOf(list(local(page), 'Viden').getByRole('listitem').first());
      await first.scrollIntoViewIfNeeded();
      const from = (await first.boundingBox())!;
      const scrolledBefore = await page.evaluate(() => window.scrollY);
      const finger = await touchPointer(page);
      await finger.down(from.x + from.width / 2, from.y + from.height / 2);
      await finger.move(from.x + from.width / 2, from.y + from.height / 2 + 10, 3);
      const edge = viewport.height - 12;
      await finger.move(from.x + from.width / 2, edge, 10);
      // Holding still near the edge: the page scrolls under the finger (small moves keep the drag alive).
      await expect
        .poll(async () => {
          await finger.move(from.x + from.width / 2, edge + 1, 1);
          await finger.move(from.x + from.width / 2, edge, 1);
          return page.evaluate(() => window.scrollY);
        })
        .toBeGreaterThan(scrolledBefore + 100);
      await finger.up();
    });
  });
}
