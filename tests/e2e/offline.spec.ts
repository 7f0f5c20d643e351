import { expect, test } from '@playwright/test';
import { card, generic, list, local, openFresh, textsIn } from './helpers';

test('works offline once loaded: reload without a network keeps the app and the work', async ({ page, context }) => {
  await openFresh(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
  await context.setOffline(true);
  await page.reload();
  await expect(list(generic(page), 'Kompetencer').getByRole('listitem')).toHaveCount(8);
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer']);
  // The self-hosted font is there too, not a fallback.
  const fontLoaded = await page.evaluate(async () => {
    const faces = await document.fonts.load('16px Inter', 'æøå');
    return faces.length > 0 && faces.every((face) => face.status === 'loaded');
  });
  expect(fontLoaded).toBe(true);
  await context.setOffline(false);
});
