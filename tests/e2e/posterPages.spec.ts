/**
 * A poster of 1,000 elements is split into sharp pages instead of shrinking until it cannot be read
 * (it used to fall to 0.84× and, with long texts, to 110 px wide). Every page is full width at 2×
 * and carries the profile, so any page can be imported again.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { readTextChunk } from '../../src/export/pngText';
import { local, openFresh } from './helpers';

const STORAGE_KEY = 'profilbygger:work';

test('the PNG poster of a 1,000-element profile comes in sharp pages that each carry the profile', async ({ page }, info) => {
  // A thousand cards and several 2560 × 16,000-px images: ~1.5 min in CI, where two browsers share two
  // cores; 4 min was not enough with a second whole suite running beside it. Budgets, not expectations.
  test.setTimeout(600_000);
  await openFresh(page);
  await page.getByRole('textbox', { name: 'Kommune' }).fill('Aarhus Kommune');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('Aarhus Kommune');
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key)!);
    const categories = saved.state.local.categories as { elements: unknown[] }[];
    for (let i = 0; i < 1000; i += 1) {
      categories[i % categories.length]!.elements.push({ id: `e${i}`, text: { da: `Element ${i + 1}: følge den unge gennem overgange i kædeansvaret` } });
    }
    localStorage.setItem(key, JSON.stringify(saved));
  }, STORAGE_KEY);
  await page.reload();
  await expect(local(page).getByText('Element 1000:', { exact: false })).toBeAttached();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).state.local, STORAGE_KEY);

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  await page.getByRole('button', { name: 'Plakat (PNG) med hele profilen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er hentet' })).toBeVisible({ timeout: 480_000 });
  expect(downloads.length).toBeGreaterThan(1);
  const names = downloads.map((download) => download.suggestedFilename());
  expect(names[0]).toMatch(new RegExp(`-del-1-af-${downloads.length}\\.png$`));
  for (const [i, download] of downloads.entries()) {
    const path = info.outputPath(`side-${i + 1}.png`);
    await download.saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    const width = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
    expect(width).toBeGreaterThanOrEqual(2400);
    expect(JSON.parse(readTextChunk(bytes, 'profilbygger-profile')!)).toEqual(saved);
  }
  console.log(`1,000 elements: ${downloads.length} poster pages`);
});
