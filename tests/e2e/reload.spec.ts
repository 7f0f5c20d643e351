/**
 * Nothing typed is lost on reload: the title typed just before it, an open rename, and the undo
 * history, which survives the reload too.
 */
import { expect, test } from '@playwright/test';
import { card, generic, list, local, openFresh, textsIn } from './helpers';

test('a title typed just before a reload and an unconfirmed rename survive it, and undo still works after', async ({ page }) => {
  test.slow(); // several reloads on a loaded machine
  await openFresh(page);
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(1);

  // Typed, then reloaded at once: well inside the title field's pause before it commits.
  const title = page.getByRole('textbox', { name: 'Profilens titel' });
  await title.fill('Helsingørs ungekoordinatorer');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Profilens titel' })).toHaveValue('Helsingørs ungekoordinatorer');

  // A rename typed but not confirmed with Enter.
  await card(local(page), 'Danne relationer').getByText('Danne relationer').dblclick();
  await page.getByRole('textbox', { name: 'Ny tekst til elementet' }).fill('Danne stærke relationer');
  await page.reload();
  await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Danne stærke relationer']);

  // The undo history came along: the rename, the title and the copy can all be undone.
  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd', exact: true }).click();
  await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Profilens titel' })).toHaveValue('Lokal profil');
  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd', exact: true }).click();
  await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Gentag', exact: true }).click();
  await expect.poll(() => textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
});
