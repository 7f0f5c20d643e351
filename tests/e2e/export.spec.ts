/**
 * Export and import in the real browser: each format is downloaded and checked as a recipient
 * would (pdftotext, pdffonts, pdfinfo from poppler-utils; PNG header and chunk; JSON Schema), then
 * the exported JSON and PNG are imported back, and a broken file is refused.
 * EXPORT_OUT=dir keeps copies of the files to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Profile } from '../../src/domain/profile';
import { readTextChunk } from '../../src/export/pngText';
import { largeProfile } from '../export/largeProfile';

const STORAGE_KEY = 'profilbygger:work';
const profile: Profile = largeProfile(24);
// A fixed clock: the date on the exports is known, and a month that is off by one shows.
const NOW = new Date('2026-11-26T09:30:00');

async function openWith(page: Page, local: Profile) {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(
    ([key, value]) => {
      // Seed only once per page: after an import the app's own saved state must survive a check.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify({ state: { genericId: 'kontaktperson-plus', local, contentLanguage: 'da' }, version: 1 })] as const,
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Lokal profil' })).toBeVisible();
}

/** Clicks an export button and saves the download; returns its path and suggested name. */
async function download(page: Page, button: string, outputPath: (name: string) => string) {
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  if (process.env.EXPORT_OUT) copyFileSync(path, join(process.env.EXPORT_OUT, file.suggestedFilename()));
  await expect(page.getByRole('status').filter({ hasText: 'er hentet' })).toContainText(file.suggestedFilename());
  return { path, name: file.suggestedFilename() };
}

const savedLocal = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.local as unknown, STORAGE_KEY);
const collapse = (text: string) => text.replace(/\s+/g, ' ');

test.beforeEach(async ({ page }) => openWith(page, profile));

test('PDF portrait: real text with æøå and Latin Extended-A, Inter embedded, several pages, correct date', async ({ page }, info) => {
  const { path, name } = await download(page, 'PDF, stående (A4)', info.outputPath.bind(info));
  expect(name).toBe('kontaktperson-plus-helsingoer-2026-11-26-staaende.pdf');
  const text = collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8'));
  expect(text).toContain('Kontaktperson+ i Helsingør – lokal kompetenceprofil');
  expect(text).toContain('Helsingør Kommune');
  expect(text).toContain('26. november 2026');
  expect(text).toContain('Færdigheder');
  expect(text).toContain('pædagogik og socialfaglighed – også for unge på Ærø');
  expect(text).toContain('Łukasz, Ődön, Šárka, Čeněk, Žofie, Guðrún og Þórdís');
  expect(text).toContain('Lavet med Profilbygger · side 1 af');

  const fonts = execFileSync('pdffonts', [path]).toString();
  expect(fonts).toMatch(/Inter\s+CID TrueType\s+Identity-H\s+yes/);
  expect(fonts).not.toMatch(/\bno\s+no\s+no\b/); // no font left unembedded

  const pdfInfo = execFileSync('pdfinfo', [path]).toString();
  expect(Number(/Pages:\s+(\d+)/.exec(pdfInfo)![1])).toBeGreaterThan(1);
  expect(pdfInfo).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
  expect(pdfInfo).toMatch(/Title:\s+Kontaktperson\+ i Helsingør/);
  expect(pdfInfo).toMatch(/Author:\s+Helsingør Kommune/);
});

test('PDF landscape: A4 landscape pages', async ({ page }, info) => {
  const { path, name } = await download(page, 'PDF, liggende (A4)', info.outputPath.bind(info));
  // The two PDFs get names of their own.
  expect(name).toBe('kontaktperson-plus-helsingoer-2026-11-26-liggende.pdf');
  const pdfInfo = execFileSync('pdfinfo', [path]).toString();
  expect(pdfInfo).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
  expect(collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8'))).toContain('Kompetencer');
});

test('PNG: a 2× poster at least 2400 px wide that carries the profile', async ({ page }, info) => {
  test.setTimeout(60_000);
  const { path, name } = await download(page, 'Plakat (PNG) med hele profilen', info.outputPath.bind(info));
  expect(name).toBe('kontaktperson-plus-helsingoer-2026-11-26.png');
  const bytes = new Uint8Array(readFileSync(path));
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  expect(width).toBeGreaterThanOrEqual(2400);
  expect(height).toBeGreaterThan(1000);
  expect(JSON.parse(readTextChunk(bytes, 'profilbygger-profile')!)).toEqual(profile);
  // The poster was only there while exporting.
  await expect(page.locator('[data-testid="export-poster-host"]')).toHaveCount(0);
});

test('JSON: valid against profiles/profile.schema.json and equal to the profile', async ({ page }, info) => {
  const { path, name } = await download(page, 'Profilfil (JSON) til at arbejde videre', info.outputPath.bind(info));
  expect(name).toBe('kontaktperson-plus-helsingoer-2026-11-26.json');
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync('profiles/profile.schema.json', 'utf8')));
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data).toEqual(profile);
});

for (const [format, button] of [
  ['JSON', 'Profilfil (JSON) til at arbejde videre'],
  ['PNG', 'Plakat (PNG) med hele profilen'],
] as const) {
  test(`importing the exported ${format} restores the profile after asking, and can be undone`, async ({ page }, info) => {
    const { path, name } = await download(page, button, info.outputPath.bind(info));
    await page.getByRole('button', { name: 'Start forfra' }).click();
    await page.getByRole('dialog', { name: 'Start forfra?' }).getByRole('button', { name: 'Start forfra' }).click();
    await expect.poll(async () => ((await savedLocal(page)) as Profile).title.da).toBe('Lokal profil');
    const emptied = await savedLocal(page);

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importér' }).click();
    await (await choosing).setFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
    await expect(dialog).toContainText(`fra ${name} har 72 elementer.`);
    await dialog.getByRole('button', { name: 'Erstat den lokale profil' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'er importeret' })).toBeVisible();
    await expect.poll(() => savedLocal(page)).toEqual(profile);
    await expect(page.getByRole('region', { name: 'Lokal profil' })).toContainText('Łukasz, Ődön');

    await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => savedLocal(page)).toEqual(emptied);
  });
}

test('a broken file is refused with a message, and the profile stays as it was', async ({ page }) => {
  const before = await savedLocal(page);
  const broken = structuredClone(profile) as unknown as { categories: { elements: { text: unknown }[] }[] };
  broken.categories[1]!.elements[2]!.text = {};
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'ødelagt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ødelagt.json kunne ikke importeres. Den lokale profil er ikke ændret.');
  await expect(alert).toContainText('Element 3 i Færdigheder har ingen tekst.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await savedLocal(page)).toEqual(before);

  await page.getByTestId('import-file-input').setInputFiles({ name: 'profil.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
  await expect(alert).toContainText('ikke en tekstfil');
  expect(await savedLocal(page)).toEqual(before);
});

test('a file dropped anywhere on the page is imported after asking', async ({ page }) => {
  const json = JSON.stringify({ ...profile, title: { da: 'Droppet profil' } });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'droppet.json', { type: 'application/json' }));
    return transfer;
  }, json);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Slip filen for at importere den')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Slip filen for at importere den')).toBeHidden();
  await page.getByRole('dialog', { name: 'Hvad skal der ske med profilen?' }).getByRole('button', { name: 'Erstat den lokale profil' }).click();
  await expect.poll(async () => ((await savedLocal(page)) as Profile).title.da).toBe('Droppet profil');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('exports a PDF and a PNG offline, once the app has been loaded', async ({ page, context }, info) => {
    test.slow(); // the service worker first precaches every chunk (the Word library too), then two exports
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The service worker takes over on the next load; the export chunks and fonts then come from its cache.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Lokal profil' })).toBeVisible();
    await context.setOffline(true);
    try {
      const pdf = await download(page, 'PDF, stående (A4)', info.outputPath.bind(info));
      expect(execFileSync('pdffonts', [pdf.path]).toString()).toMatch(/Inter\s+CID TrueType\s+Identity-H\s+yes/);
      const png = await download(page, 'Plakat (PNG) med hele profilen', info.outputPath.bind(info));
      expect(readTextChunk(new Uint8Array(readFileSync(png.path)), 'profilbygger-profile')).not.toBeNull();
    } finally {
      await context.setOffline(false);
    }
  });
});
