/**
 * Keyboard drags on a busy machine (issue 8, item 8). dnd-kit attaches its key listener from a timer
 * after pick-up, and on a loaded CI machine or a slow phone timers come hundreds of milliseconds late
 * (seen: 430 ms) while the page renders on time. Keys typed in that gap were lost — the drop at the end
 * too, so the card stayed picked up. Here every timer comes 300 ms late: that gap, every time.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, generic, handleOf, list, local, makeTimersLate, openFresh, textsIn } from './helpers';

test.beforeEach(async ({ page }) => {
  await makeTimersLate(page);
  await openFresh(page);
});

const live = (page: Page) => page.locator('[id^="DndLiveRegion"]').first();

test('on the board, keys typed at once each take the card one step, though timers come late', async ({ page }) => {
  await handleOf(card(generic(page), 'Respektere målgruppen')).focus();
  for (const key of ['Space', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'Space']) await page.keyboard.press(key);
  await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
  await expect(live(page)).toContainText('«Respektere målgruppen» er sluppet i Færdigheder');
});

test('in the matrix, keys typed at once each take the card one area on, though timers come late', async ({ page }) => {
  await card(generic(page), 'Håndtere data').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Færdigheder i den lokale profil' }).click();
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  await page.getByRole('button', { name: 'Flyt: Håndtere data' }).focus();
  for (const key of ['Space', 'ArrowUp', 'ArrowRight', 'Space']) await page.keyboard.press(key);
  await expect(page.getByRole('region', { name: /^Lad ligge/ }).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Flyt: Håndtere data' })).not.toHaveAttribute('aria-pressed', 'true');
});
