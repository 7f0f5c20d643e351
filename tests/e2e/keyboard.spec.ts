/**
 * Without the mouse, from an empty profile: copy an element in, rename it, translate it, and export a
 * PDF — every step with Tab, Shift+Tab, Enter, F2, typing and Escape only.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { list, local, openFresh, textsIn } from './helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never comes. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 150 } = {}) {
  for (let step = 0; step < max; step += 1) {
    if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} never got focus in ${max} steps`);
}

test('builds a profile from empty, renames, translates one element and exports a PDF, keyboard only', async ({ page }) => {
  test.slow(); // a hundred key presses and a PDF on a loaded machine
  await openFresh(page);

  // Copy: Enter on a generic card's handle puts it into the local profile.
  await tabTo(page, page.getByRole('region', { name: 'Generisk profil' }).getByRole('button', { name: 'Flyt: Danne relationer' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => textsIn(list(local(page), 'Kompetencer'))).toEqual(['Danne relationer']);

  // Rename: F2 on the local card's handle, type, Enter.
  await tabTo(page, local(page).getByRole('button', { name: 'Flyt: Danne relationer' }));
  await page.keyboard.press('F2');
  const editor = page.getByRole('textbox', { name: 'Ny tekst til elementet' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Danne tillidsfulde relationer');
  await page.keyboard.press('Enter');
  await expect.poll(() => textsIn(list(local(page), 'Kompetencer'))).toEqual(['Danne tillidsfulde relationer']);

  // Translate: back up to "Oversæt", open it, Tab to the element's English field, type, Enter, Escape.
  await tabTo(page, page.getByRole('button', { name: 'Oversæt' }), { backwards: true });
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: 'Oversæt profilen' });
  await expect(view).toBeVisible();
  const field = view.getByRole('textbox', { name: 'Oversættelse til engelsk af «Danne tillidsfulde relationer»' });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A'); // the copy brought the generic element's English text
  await page.keyboard.type('Build relationships of trust');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('profilbygger:work')!).state.local);
  const element = saved.categories.flatMap((c: { elements: unknown[] }) => c.elements)[0];
  expect(element.text).toMatchObject({ da: 'Danne tillidsfulde relationer', en: 'Build relationships of trust' });

  // Export: "Eksportér", then the portrait PDF, with Enter.
  await tabTo(page, page.getByRole('button', { name: 'Eksportér', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'PDF, stående (A4)' }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});
