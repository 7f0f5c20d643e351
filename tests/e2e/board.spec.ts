import { expect, test } from '@playwright/test';
import { card, dragWithMouse, generic, handleOf, list, local, openFresh, textsIn } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

test('shows the generic profile beside an empty local profile, in Danish', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  for (const [name, count] of [['Viden', 6], ['Færdigheder', 6], ['Kompetencer', 8]] as const) {
    await expect(list(generic(page), name).getByRole('listitem')).toHaveCount(count);
    await expect(list(local(page), name).getByRole('listitem')).toHaveCount(0);
  }
});

test('drags a generic element into another local category with the mouse, then back out to remove it', async ({ page }) => {
  const source = card(generic(page), 'Danne relationer');
  await dragWithMouse(page, handleOf(source), list(local(page), 'Viden'));
  await expect(card(local(page), 'Danne relationer')).toBeVisible();
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
  // The generic element stays, marked as in use.
  await expect(source).toContainText('I brug');

  await dragWithMouse(page, handleOf(card(local(page), 'Danne relationer')), list(generic(page), 'Viden'));
  await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(0);
  await expect(source).not.toContainText('I brug');
});

test('reorders and moves elements between local categories with the mouse', async ({ page }) => {
  for (const text of ['Respektere målgruppen', 'Reflektere over egen rolle']) {
    await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  }
  const viden = list(local(page), 'Viden');
  expect(await textsIn(viden)).toEqual(['Respektere målgruppen', 'Reflektere over egen rolle']);

  await dragWithMouse(page, handleOf(card(local(page), 'Reflektere over egen rolle')), card(local(page), 'Respektere målgruppen'), 'top');
  await expect.poll(() => textsIn(viden)).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);

  await dragWithMouse(page, handleOf(card(local(page), 'Respektere målgruppen')), list(local(page), 'Færdigheder'));
  await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
  expect(await textsIn(viden)).toEqual(['Reflektere over egen rolle']);
});

test('drags with the keyboard: Space picks up, arrows move, Space drops, and it is announced by name', async ({ page }) => {
  for (const text of ['Respektere målgruppen', 'Reflektere over egen rolle']) {
    await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  }
  const handle = handleOf(card(local(page), 'Reflektere over egen rolle'));
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Du har samlet «Reflektere over egen rolle» op.');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('plads 1 af 2');
  await page.keyboard.press('Space');
  await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);

  // Escape cancels a keyboard drag and leaves everything where it was.
  await handleOf(card(local(page), 'Respektere målgruppen')).focus();
  await page.keyboard.press('Space');
  await expect(handleOf(card(local(page), 'Respektere målgruppen'))).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);
});

test('copies a generic element into the local profile with the keyboard', async ({ page }) => {
  const handle = handleOf(card(generic(page), 'Respektere målgruppen'));
  const live = page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('er over Viden i den lokale profil');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(live).toContainText('er over Færdigheder i den lokale profil');
  await page.keyboard.press('Space');
  await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
  await expect(live).toContainText('«Respektere målgruppen» er sluppet i Færdigheder, plads 1 af 1.');
});

test('keys typed at once during a keyboard drag each take the card one step on from the last', async ({ page }) => {
  // The same keys as above with no pause between them, as a fast typist or a screen reader sends them.
  await handleOf(card(generic(page), 'Respektere målgruppen')).focus();
  for (const key of ['Space', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'Space']) await page.keyboard.press(key);
  await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
});

test('drags a local element back out with the keyboard to remove it, and Escape keeps it', async ({ page }) => {
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  const live = page.locator('[id^="DndLiveRegion"]');
  const handle = handleOf(card(local(page), 'Danne relationer'));

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toContainText('er over den generiske profil. Slip for at fjerne det');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('Flytningen af «Danne relationer» er annulleret.');
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toContainText('er over den generiske profil');
  await page.keyboard.press('Space');
  await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(0);
  await expect(live).toContainText('«Danne relationer» er fjernet fra den lokale profil.');
});

test('takes an arrow key pressed in the same moment as Space picks the card up', async ({ page }) => {
  // Issue 8, item 8: dnd-kit listens for arrows only from a timer after pick-up, and Chromium runs
  // input before timers, so a quick arrow was lost. Both keys here arrive in one task: no timer runs between.
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  const handle = handleOf(card(local(page), 'Danne relationer'));
  await handle.focus();
  await handle.evaluate((node) => {
    for (const [key, code] of [[' ', 'Space'], ['ArrowLeft', 'ArrowLeft']]) {
      node.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('er over den generiske profil');
  await page.keyboard.press('Escape');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Flytningen af «Danne relationer» er annulleret.');
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
});

test('moves with the menu instead of dragging', async ({ page }) => {
  await card(generic(page), 'Håndtere data').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Kompetencer i den lokale profil' }).click();
  const item = card(local(page), 'Håndtere data');
  await item.getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Flyt til Færdigheder' }).click();
  await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Håndtere data']);
  await expect(page.getByTestId('announcer')).toContainText('«Håndtere data» er flyttet til Færdigheder');
});

test('renames with æøå ÆØÅ, undoes, redoes, and finds everything intact after a reload', async ({ page }) => {
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Kompetencer i den lokale profil' }).click();
  const handle = handleOf(card(local(page), 'Danne relationer'));
  await handle.focus();
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: 'Ny tekst til elementet' });
  await field.fill('Skabe tillid – æøå ÆØÅ');
  // Space inside the field types a space; it never picks the card up.
  await field.press('End');
  await field.press('Space');
  await field.press('Enter');
  await expect(card(local(page), 'Skabe tillid – æøå ÆØÅ')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(card(local(page), 'Danne relationer')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(card(local(page), 'Skabe tillid – æøå ÆØÅ')).toBeVisible();

  await page.getByLabel('Profilens titel').fill('Kontaktperson+ i Helsingør');
  await page.getByLabel('Kommune').fill('Helsingør Kommune');
  await page.getByLabel('Kommune').blur();
  await page.reload();
  await expect(card(local(page), 'Skabe tillid – æøå ÆØÅ')).toBeVisible();
  await expect(page.getByLabel('Profilens titel')).toHaveValue('Kontaktperson+ i Helsingør');
  await expect(page.getByLabel('Kommune')).toHaveValue('Helsingør Kommune');
});

test('refuses an empty name and keeps the old one', async ({ page }) => {
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Kompetencer i den lokale profil' }).click();
  await card(local(page), 'Danne relationer').locator('.card__text').dblclick();
  const field = page.getByRole('textbox', { name: 'Ny tekst til elementet' });
  await field.fill('   ');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Teksten må ikke være tom');
  await field.press('Escape');
  await expect(card(local(page), 'Danne relationer')).toBeVisible();
});

test('shows HTML in a card as text and never runs it', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Tilføj element i Viden' }).click();
  const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page.getByRole('textbox', { name: 'Tekst til nyt element i Viden' }).fill(html);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(card(local(page), html)).toBeVisible();
  await expect(local(page).locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('starts over from a full copy, and can undo it', async ({ page }) => {
  await page.getByRole('button', { name: 'Start forfra' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start forfra?' });
  await dialog.getByLabel('Med en kopi af hele den generiske profil').check();
  await dialog.getByRole('button', { name: 'Start forfra' }).click();
  await expect(local(page).getByRole('listitem')).toHaveCount(20);
  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' }).click();
  await expect(local(page).getByRole('listitem')).toHaveCount(0);
});
