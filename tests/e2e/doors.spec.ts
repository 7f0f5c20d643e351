/**
 * Nothing lost, nothing let in, at the doors: the minimal file that used to crash the reader, saved
 * work that can't be read (or was saved by a newer version) being kept aside through the next edit
 * and a reload; limits; characters that broke the PNG export.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readTextChunk } from '../../src/export/pngText';
import { local, openFresh } from './helpers';

const STORAGE_KEY = 'profilbygger:work';
const BACKUP_KEY = 'profilbygger:unreadable';

test('the minimal crashing file is refused with a reason, and the status does not hang at “Læser …”', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('import-file-input').setInputFiles({ name: 'null.json', mimeType: 'application/json', buffer: Buffer.from('{"categories":[null]}') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('null.json kunne ikke importeres. Den lokale profil er ikke ændret.');
  await expect(page.getByRole('button', { name: 'Importér' })).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText(/Læser/)).toHaveCount(0);
});

for (const { name, local: savedLocal, version, says } of [
  { name: 'a null category', local: { title: 'Vores', categories: [null] }, version: 1, says: 'kunne ikke læses' },
  { name: 'a newer version of the app', local: { version: 1, id: 'x', title: { da: 'Fra fremtiden' }, categories: [] }, version: 999, says: 'nyere version' },
]) {
  test(`saved work with ${name} is kept aside through the next edit and a reload`, async ({ page }) => {
    await openFresh(page);
    const raw = JSON.stringify({ state: { genericId: 'kontaktperson-plus', local: savedLocal, contentLanguage: 'da' }, version });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(says);
    await local(page).getByRole('button', { name: 'Tilføj element i Viden' }).click();
    await page.getByRole('textbox', { name: 'Tekst til nyt element i Viden' }).fill('Nyt element');
    await page.keyboard.press('Enter');
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(says);
    expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(raw);
    await expect(local(page).getByText('Nyt element')).toBeVisible();
  });
}

test('the 1,001st element is refused with a message, and the full profile still loads after a reload', async ({ page }) => {
  test.slow(); // a thousand cards on a loaded machine
  await openFresh(page);
  await page.getByRole('textbox', { name: 'Kommune' }).fill('Aarhus Kommune');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('Aarhus Kommune');
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key)!);
    saved.state.local.categories[0].elements = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, text: { da: `Element ${i + 1}` } }));
    localStorage.setItem(key, JSON.stringify(saved));
  }, STORAGE_KEY);
  await page.reload();
  await expect(local(page).getByText('Element 1000', { exact: true })).toBeAttached();
  await local(page).getByRole('button', { name: 'Tilføj element i Færdigheder' }).click();
  await expect(page.getByRole('alert')).toContainText('Profilen er fuld: den kan højst have 1.000 elementer.');
  await expect(page.getByRole('textbox', { name: 'Tekst til nyt element i Færdigheder' })).toHaveCount(0);
  await page.reload();
  await expect(local(page).getByText('Element 1000', { exact: true })).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a file with control characters, lone surrogates and noncharacters imports clean, and its PNG export works', async ({ page }, info) => {
  test.slow(); // a PNG export on a loaded machine
  await openFresh(page);
  const nasty = '\u0001\u0007\u001b\ufffe\uffff';
  const file = JSON.stringify({
    version: 2,
    id: 'styretegn',
    title: { da: `Titel${nasty} med styretegn` },
    municipality: `Ærø${nasty}`,
    categories: [{ id: 'viden', name: { da: `Viden${nasty}` }, color: '#1d5b94', elements: [{ id: 'e1', text: { da: `Element\u0000 med \ud800 alt${nasty}` } }] }],
  });
  await page.getByTestId('import-file-input').setInputFiles({ name: 'styretegn.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
  await page.getByRole('dialog').getByRole('button', { name: 'Erstat den lokale profil' }).click();
  await expect(local(page).getByText('Titel', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Plakat (PNG) med hele profilen' }).click();
  const download = await downloading;
  const path = info.outputPath('poster.png');
  await download.saveAs(path);
  const carried = JSON.parse(readTextChunk(new Uint8Array(readFileSync(path)), 'profilbygger-profile')!);
  expect(carried.title.da).toBe('Titel med styretegn');
  expect(carried.categories[0].elements[0].text.da).toBe('Element med \ufffd alt');
  expect(carried.municipality).toBe('Ærø');
});
