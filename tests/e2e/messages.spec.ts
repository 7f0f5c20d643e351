/**
 * Changes the user did not watch happen are shown with Fortryd, and a drop that changed nothing
 * says why on screen (issue 8, item 6: only a screen reader heard it).
 */
import { expect, test, type Page } from '@playwright/test';
import { card, generic, handleOf, list, local, openFresh, textsIn } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

const message = (page: Page) => page.locator('.toast');

test('a drop on nothing says on screen that nothing was added, and why', async ({ page }) => {
  const handle = handleOf(card(generic(page), 'Respektere målgruppen'));
  const start = (await handle.boundingBox())!;
  const header = (await page.getByRole('banner').boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y + 20, { steps: 3 });
  // The left of the header: far from every list (its middle lies above the local profile).
  await page.mouse.move(header.x + header.width / 6, header.y + header.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(message(page)).toContainText('«Respektere målgruppen» er ikke tilføjet: slip det over en kategori i den lokale profil.');
  await expect(message(page).getByRole('button', { name: 'Fortryd' })).toHaveCount(0);
  expect(await textsIn(list(local(page), 'Viden'))).toEqual([]);
});

test('a keyboard drop shows where it landed, and Fortryd takes it back', async ({ page }) => {
  const handle = handleOf(card(generic(page), 'Respektere målgruppen'));
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('i den lokale profil');
  await page.keyboard.press('Space');
  await expect(message(page)).toContainText('«Respektere målgruppen» er tilføjet til');
  expect(await local(page).getByRole('listitem').count()).toBe(1);
  await message(page).getByRole('button', { name: 'Fortryd' }).click();
  await expect(local(page).getByRole('listitem')).toHaveCount(0);
});

test('a menu action shows its message with Fortryd; another change takes the Fortryd away', async ({ page }) => {
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  await expect(message(page)).toContainText('«Danne relationer» er tilføjet til Viden.');
  const undo = message(page).getByRole('button', { name: 'Fortryd' });
  await expect(undo).toBeVisible();
  // A quiet change after it (no message of its own): Fortryd in the message would now undo that, so it goes.
  const municipality = local(page).getByRole('textbox', { name: /Kommune/ });
  await municipality.fill('Aarhus');
  await municipality.press('Enter');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' })).toBeEnabled();
  await expect(undo).toHaveCount(0);
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
});
