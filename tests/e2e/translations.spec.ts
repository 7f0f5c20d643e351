/**
 * Translations that stay true and the municipality's own names, in the real browser: a Danish rename
 * leaves the English translation visibly out of date, an edit never lands in another language, and
 * the role's local name reaches the PDF text, the PNG's embedded profile and the file names.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readTextChunk } from '../../src/export/pngText';
import { card, generic, local, openFresh } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

async function addToLocal(page: Page, text: string, category: string) {
  await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: `Tilføj til ${category} i den lokale profil` }).click();
  await expect(card(local(page), text)).toBeVisible();
}

/** Opens the rename field of a local element from its handle and types a new text (not saved yet). */
async function startRename(page: Page, from: string, to: string) {
  await card(local(page), from).getByRole('button', { name: `Flyt: ${from}` }).focus();
  await page.keyboard.press('Enter');
  const field = local(page).getByRole('textbox', { name: 'Ny tekst til elementet' });
  await expect(field).toBeFocused();
  await field.fill(to);
  return field;
}

async function download(page: Page, button: string, outputPath: (name: string) => string) {
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

test('a Danish rename leaves the English translation out of date: on the board, in the translate view and its count', async ({ page }) => {
  await addToLocal(page, 'Danne relationer', 'Kompetencer');
  const field = await startRename(page, 'Danne relationer', 'Danne relationer som ungekoordinator');
  await field.press('Enter');
  await expect(card(local(page), 'Danne relationer som ungekoordinator')).toBeVisible();

  await page.getByLabel('Profilens sprog').selectOption({ label: 'English' });
  const english = card(local(page), 'Build relationships');
  await expect(english).toContainText('Forældet');
  await expect(english.getByText('Forældet')).toHaveAttribute('title', /«Danne relationer»/);

  await page.getByRole('button', { name: 'Oversæt' }).click();
  const view = page.getByRole('dialog', { name: 'Oversæt profilen' });
  await expect(view.getByRole('status')).toHaveText(/^På engelsk: .*, 1 er forældet\.$/);
  const row = view.getByRole('row').filter({ has: page.getByRole('textbox', { name: /af «Danne relationer som ungekoordinator»/ }) });
  await expect(row.locator('del')).toHaveText('Danne relationer');
  await expect(row.locator('ins')).toHaveText('Danne relationer som ungekoordinator');
  await view.getByLabel('Vis').selectOption({ label: 'Kun det forældede' });
  await expect(view.getByRole('textbox')).toHaveCount(1);
  await row.getByRole('button', { name: 'Oversættelsen «Build relationships» passer stadig' }).click();
  await expect(view.getByRole('status')).not.toContainText('forældet');
  await page.keyboard.press('Escape');
  await expect(card(local(page), 'Build relationships')).not.toContainText('Forældet');

  // Undo brings the out-of-date mark back, and a reload keeps it.
  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' }).click();
  await expect(card(local(page), 'Build relationships')).toContainText('Forældet');
  await page.reload();
  await expect(card(local(page), 'Build relationships')).toContainText('Forældet');
});

test('switching the interface language during an open rename saves the rename in Danish and leaves German alone', async ({ page }) => {
  await addToLocal(page, 'Danne relationer', 'Kompetencer');
  await startRename(page, 'Danne relationer', 'Danne relationer som ungekoordinator');
  // Playwright picks the option without moving focus, so the rename is still open afterwards.
  await page.getByLabel('Sprog', { exact: true }).selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The same field, now labelled in German; the draft is still in it.
  const stillOpen = page.getByRole('textbox', { name: 'Neuer Text für das Element' });
  await expect(stillOpen).toBeFocused();
  await expect(stillOpen).toHaveValue('Danne relationer som ungekoordinator');
  await stillOpen.press('Enter');

  await expect(page.getByLabel('Profilsprache')).toHaveValue('da');
  const localDe = page.getByRole('region', { name: 'Lokales Profil' });
  await expect(card(localDe, 'Danne relationer som ungekoordinator')).toBeVisible();
  await page.getByLabel('Profilsprache').selectOption({ label: 'Deutsch' });
  await expect(card(localDe, 'Beziehungen aufbauen')).toContainText('Veraltet');
});

test('the role name set in the UI is in the board, the presentation, the PDF text, the PNG profile and the file names', async ({ page }, info) => {
  test.slow(); // two PDFs and a PNG on a loaded machine
  await page.getByLabel('Profilens titel').fill('Kompetenceprofil for ungekoordinator i Helsingør');
  await page.getByLabel('Rollens navn').fill('Ungekoordinator');
  await page.getByLabel('Kommune').fill('Helsingør Kommune');
  await page.getByLabel('Kommune').press('Tab');
  await addToLocal(page, 'Danne relationer', 'Kompetencer');
  await expect(page.getByLabel('Rollens navn')).toHaveValue('Ungekoordinator');

  await page.getByRole('button', { name: 'Præsentér' }).click();
  const presentation = page.getByRole('dialog', { name: /^Præsentation:/ });
  await expect(presentation.getByText('Ungekoordinator', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presentation).toBeHidden();

  const portrait = await download(page, 'PDF, stående (A4)', info.outputPath.bind(info));
  expect(portrait.name).toMatch(/^ungekoordinator-helsingoer-\d{4}-\d{2}-\d{2}-staaende\.pdf$/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', portrait.path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('UNGEKOORDINATOR');
  // The generic role's name is gone from the profile's own text; the reflection questions at the
  // end (copied from the generic profile, in the group's words only when they reword them) may still say it.
  expect(text.split('Refleksionsspørgsmål')[0]).not.toMatch(/KONTAKTPERSON/i);
  expect(text).toContain('Kompetenceprofil for ungekoordinator i Helsingør');

  const landscape = await download(page, 'PDF, liggende (A4)', info.outputPath.bind(info));
  expect(landscape.name).toMatch(/^ungekoordinator-helsingoer-\d{4}-\d{2}-\d{2}-liggende\.pdf$/);

  const png = await download(page, 'Plakat (PNG) med hele profilen', info.outputPath.bind(info));
  expect(png.name).toMatch(/^ungekoordinator-helsingoer-\d{4}-\d{2}-\d{2}\.png$/);
  const embedded = JSON.parse(readTextChunk(new Uint8Array(readFileSync(png.path)), 'profilbygger-profile')!);
  expect(embedded.role.da).toBe('Ungekoordinator');
  // The other languages' role names were made from "Kontaktperson+": they say so.
  expect(embedded.translatedFrom.role).toMatchObject({ en: 'Kontaktperson+', de: 'Kontaktperson+' });
});
