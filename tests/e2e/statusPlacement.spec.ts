/**
 * Messages from importing and exporting never cover the language controls (they used to, for eight
 * seconds, right under the buttons), at the widths the workshop uses.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openFresh } from './helpers';

async function overlaps(a: Locator, b: Locator) {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

const languageTools = (page: Page) => page.getByRole('group', { name: 'Sprog og oversættelse' });

for (const width of [1280, 1024]) {
  test(`at ${width} px, the import and export messages leave the language controls free`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 });
    await openFresh(page);
    await page.getByTestId('import-file-input').setInputFiles({ name: 'ikke-en-profil.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
    const failed = page.getByRole('alert').filter({ hasText: 'kunne ikke importeres' });
    await expect(failed).toBeVisible();
    expect(await overlaps(failed, languageTools(page))).toBe(false);
    await failed.getByRole('button', { name: 'Luk beskeden' }).click();

    await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Profilfil (JSON) til at arbejde videre' }).click();
    await downloading;
    const done = page.getByRole('status').filter({ hasText: 'er hentet' });
    await expect(done).toBeVisible();
    expect(await overlaps(done, languageTools(page))).toBe(false);
  });
}
