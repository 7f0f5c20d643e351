/**
 * A card can be picked up by its body (issue 8: on a laptop the first instinct is to grab the card,
 * which selected text instead). A small movement threshold keeps a click, a double-click to rename,
 * text selection in the rename field and the menu button working; the ⠿ handle stays for the keyboard.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, generic, handleOf, list, local, openFresh, textsIn } from './helpers';
import { touchPointer } from './stress/pointers';

async function dragBodyWithMouse(page: Page, from: Locator, to: Locator) {
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 6, { steps: 15 });
  await page.mouse.move(end.x + end.width / 2, end.y + 7, { steps: 2 });
  await page.mouse.up();
}

test.describe('with a mouse', () => {
  test.beforeEach(async ({ page }) => openFresh(page));

  test('drags a generic card by its text into the local profile, then reorders by the body there', async ({ page }) => {
    await dragBodyWithMouse(page, card(generic(page), 'Respektere målgruppen').locator('.card__text'), list(local(page), 'Viden'));
    await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Respektere målgruppen']);

    await card(generic(page), 'Reflektere over egen rolle').getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
    const viden = list(local(page), 'Viden');
    await expect.poll(() => textsIn(viden)).toEqual(['Respektere målgruppen', 'Reflektere over egen rolle']);
    await dragBodyWithMouse(page, card(local(page), 'Reflektere over egen rolle').locator('.card__text'), card(local(page), 'Respektere målgruppen'));
    await expect.poll(() => textsIn(viden)).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);
  });

  test('a click, a double-click to rename, selecting text in the field and the menu button still work', async ({ page }) => {
    await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
    const item = card(local(page), 'Danne relationer');
    // A plain click picks nothing up.
    await item.locator('.card__text').click();
    await expect(handleOf(item)).not.toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.card--overlay')).toHaveCount(0);

    await item.locator('.card__text').dblclick();
    const field = page.getByRole('textbox', { name: 'Ny tekst til elementet' });
    await expect(field).toBeVisible();
    // Select with the mouse inside the field: a selection, not a drag.
    const box = (await field.boundingBox())!;
    await page.mouse.move(box.x + 6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('.card--overlay')).toHaveCount(0);
    expect(await field.evaluate((node: HTMLTextAreaElement) => node.selectionEnd - node.selectionStart)).toBeGreaterThan(3);
    await page.keyboard.press('Escape');

    await item.getByRole('button', { name: /^Handlinger for/ }).click();
    await expect(page.getByRole('menuitem', { name: 'Omdøb' })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
  });
});

test.describe('with a finger on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('press and hold on the body picks the card up, then it follows the finger', async ({ page }) => {
    await openFresh(page);
    const source = card(generic(page), 'Respektere målgruppen');
    const from = (await source.locator('.card__text').boundingBox())!;
    const to = (await list(local(page), 'Færdigheder').boundingBox())!;
    const finger = await touchPointer(page);
    await finger.down(from.x + from.width / 2, from.y + from.height / 2);
    // Held still: the card is picked up (dnd-kit marks the handle pressed).
    await expect(handleOf(source)).toHaveAttribute('aria-pressed', 'true');
    await finger.move(to.x + to.width / 2, to.y + to.height / 2, 15);
    await finger.move(to.x + to.width / 2, to.y + to.height / 2 + 1, 2);
    await finger.up();
    await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
  });
});
