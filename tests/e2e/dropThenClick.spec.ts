/**
 * dnd-kit swallows every click on the page until a 50 ms timer after a drop (so the click the drop
 * itself makes presses nothing). On a loaded machine that timer comes late, and a test's click right
 * after a drag was eaten (workshop.spec, 1 run in 645 under load). `dragWithMouse` therefore returns
 * only once a page timer due after dnd-kit's has fired. Here every timer comes 300 ms late — in due
 * order, as on a busy machine — so a click straight after the drag is eaten unless the helper waits.
 */
import { expect, test } from '@playwright/test';
import { card, dragWithMouse, generic, makeTimersLate, openFresh } from './helpers';

test('a click straight after a mouse drag counts, though the page’s timers come late', async ({ page }) => {
  await makeTimersLate(page);
  await openFresh(page);
  await card(generic(page), 'Håndtere data').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Færdigheder i den lokale profil' }).click();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  await dragWithMouse(page, page.getByRole('button', { name: 'Flyt: Håndtere data' }), page.getByRole('region', { name: /^Begynd/ }));
  await expect(page.getByRole('region', { name: /^Begynd/ }).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
  const questions = page.getByRole('button', { name: /Refleksionsspørgsmål/ });
  await questions.click();
  await expect(questions).toHaveAttribute('aria-expanded', 'true');
});
