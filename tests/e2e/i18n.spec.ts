import { expect, test, type Page } from '@playwright/test';
import { card, generic, local, openFresh } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

/** Adds a generic element to the local profile through its menu (Danish interface). */
async function addToLocal(page: Page, text: string, category: string) {
  await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: `Tilføj til ${category} i den lokale profil` }).click();
  await expect(card(local(page), text)).toBeVisible();
}

/** Opens the translate view and adds a profile language by code and own name. */
async function addLanguage(page: Page, code: string, name: string) {
  await page.getByRole('button', { name: 'Oversæt' }).click();
  const view = page.getByRole('dialog', { name: 'Oversæt profilen' });
  await view.getByRole('button', { name: 'Tilføj sprog' }).click();
  await view.getByLabel('Sprogkode').fill(code);
  // The own name is suggested only when the browser has data for the language (Debian's Chromium lacks some).
  await view.getByLabel('Sprogets navn (på sproget selv)').fill(name);
  await view.getByRole('button', { name: 'Tilføj sproget' }).click();
  await expect(view.getByLabel('Til', { exact: true })).toHaveValue(code);
  return view;
}

test('switches the interface to English and German: menus and <html lang> follow and are remembered; the profile stays Danish', async ({ page }) => {
  await page.getByLabel('Sprog', { exact: true }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const localEn = page.getByRole('region', { name: 'Local profile' });
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  // The group's work is not the menus: its language has its own control.
  await expect(localEn.getByRole('heading', { name: 'Viden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Generic profile' }).getByRole('listitem', { name: 'Respektere målgruppen' })).toBeVisible();
  await expect(page.getByLabel('Profile language')).toHaveValue('da');

  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const localDe = page.getByRole('region', { name: 'Lokales Profil' });
  await expect(localDe.getByRole('heading', { name: 'Viden' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neu beginnen' })).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('region', { name: 'Lokales Profil' }).getByRole('heading', { name: 'Viden' })).toBeVisible();
  await expect(page.getByLabel('Profilsprache')).toHaveValue('da');
});

test('switches the profile language on its own; the interface stays Danish', async ({ page }) => {
  await page.getByLabel('Profilens sprog').selectOption({ label: 'Deutsch' });
  await expect(local(page).getByRole('heading', { name: 'Kompetenzen' })).toBeVisible();
  await expect(card(generic(page), 'Beziehungen aufbauen')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('region', { name: 'Lokal profil' })).toBeVisible();
});

test('translates an element into a new language (Icelandic) and it is still there after a reload', async ({ page }) => {
  await addToLocal(page, 'Danne relationer', 'Viden');
  const view = await addLanguage(page, 'is', 'Íslenska');
  await expect(view.getByRole('status')).toHaveText('9 af 9 er endnu ikke oversat til islandsk.');
  const field = view.getByRole('textbox', { name: 'Oversættelse til islandsk af «Danne relationer»' });
  await field.fill('Mynda tengsl');
  await field.press('Enter');
  await expect(view.getByRole('status')).toHaveText('8 af 9 er endnu ikke oversat til islandsk.');
  // Enter moved on to the next field (the next category's name).
  const next = view.getByRole('textbox', { name: 'Oversættelse til islandsk af «Færdigheder»' });
  await expect(next).toBeFocused();
  // Escape first drops what was typed, and only then closes the view.
  await page.keyboard.type('Færni');
  await page.keyboard.press('Escape');
  await expect(next).toHaveValue('');
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(page.getByRole('button', { name: 'Oversæt' })).toBeFocused();

  await page.getByLabel('Profilens sprog').selectOption({ label: 'Íslenska' });
  const translated = card(local(page), 'Mynda tengsl');
  await expect(translated.locator('.card__text')).toHaveAttribute('lang', 'is');
  // Everything else shows its Danish text, marked as not translated.
  await expect(card(generic(page), 'Respektere målgruppen')).toContainText('Ikke oversat');
  await expect(card(generic(page), 'Respektere målgruppen').locator('.card__text')).toHaveAttribute('lang', 'da');

  await page.reload();
  await expect(page.getByLabel('Profilens sprog')).toHaveValue('is');
  await expect(card(local(page), 'Mynda tengsl')).toBeVisible();
});

test('replaces a term across the whole profile in one step, and undoes it in one step', async ({ page }) => {
  await page.getByRole('button', { name: 'Start forfra' }).click();
  const startOver = page.getByRole('dialog', { name: 'Start forfra?' });
  await startOver.getByLabel('Med en kopi af hele den generiske profil').check();
  await startOver.getByRole('button', { name: 'Start forfra' }).click();
  const withTerm = local(page).getByRole('listitem').filter({ hasText: /målgruppe/i });
  await expect(withTerm).toHaveCount(7);

  await page.getByRole('button', { name: 'Erstat ord' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erstat et ord i hele profilen' });
  await dialog.getByLabel('Find').fill('målgruppe');
  await dialog.getByLabel('Erstat med').fill('ungegruppe');
  await expect(dialog.getByRole('status')).toHaveText('7 forekomster.');
  await expect(dialog.locator('mark')).toHaveCount(7);
  await dialog.getByRole('button', { name: 'Erstat alle' }).click();
  await expect(dialog).toContainText('7 forekomster er erstattet.');
  await dialog.getByRole('button', { name: 'Luk' }).click();

  await expect(withTerm).toHaveCount(0);
  await expect(card(local(page), 'Respektere ungegruppen')).toBeVisible();
  await expect(card(generic(page), 'Respektere målgruppen')).toBeVisible(); // the generic profile is never changed

  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' }).click();
  await expect(withTerm).toHaveCount(7);
  await expect(card(local(page), 'Respektere målgruppen')).toBeVisible();
});

test('shows a right-to-left language (Arabic) with dir="rtl"', async ({ page }) => {
  await addToLocal(page, 'Danne relationer', 'Viden');
  const view = await addLanguage(page, 'ar', 'العربية');
  const field = view.getByRole('textbox', { name: 'Oversættelse til arabisk af «Danne relationer»' });
  await expect(field).toHaveAttribute('dir', 'rtl');
  await field.fill('بناء العلاقات');
  await field.press('Enter');
  await view.getByRole('button', { name: 'Luk' }).click();

  await page.getByLabel('Profilens sprog').selectOption({ label: 'العربية' });
  const text = card(local(page), 'بناء العلاقات').locator('.card__text');
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(text).toHaveAttribute('lang', 'ar');
  // Danish fallback next to it stays left to right.
  await expect(local(page).getByRole('heading', { name: 'Viden' })).toHaveAttribute('dir', 'ltr');
});
