import { expect, test } from '@playwright/test';
import { card, generic, list, local, openFresh, textsIn } from './helpers';

test.use({ serviceWorkers: 'allow' }); // what these tests are about (blocked elsewhere: playwright.config.ts)

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

test('works offline from the first visit, exports included, without a reload first', async ({ page, context }) => {
  test.slow(); // two exports on a loaded machine
  await page.goto('/');
  await expect(local(page)).toBeVisible();
  // The service worker takes control of the page that installed it (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  for (const button of ['PDF, stående (A4)', 'Plakat (PNG) med hele profilen']) {
    await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    await downloading;
    await expect(page.getByRole('status').filter({ hasText: 'er hentet' })).toBeVisible();
  }
  await context.setOffline(false);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('an export that cannot load offline says to connect, not just “try again”', async ({ page, context }) => {
    await page.goto('/');
    await expect(local(page)).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    await page.getByRole('button', { name: 'PDF, stående (A4)' }).click();
    await expect(page.getByRole('alert')).toContainText('ikke kunne hentes uden net. Opret forbindelse til nettet, og prøv igen.');
    await context.setOffline(false);
  });
});
