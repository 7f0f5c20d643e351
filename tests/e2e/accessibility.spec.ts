/**
 * WCAG 2.1 AA, checked by axe-core in the real browser for every view and dialog: the builder (with
 * a card menu open), translate, replace, the import confirmation and its errors, the export menu,
 * start over, the presentation, the print version, the notices, and the second-tab dialog. Every
 * WCAG violation counts, whatever its impact; so do axe's serious and critical best-practice findings.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card, generic, local, openFresh } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every WCAG 2.1 AA violation, and axe's best-practice findings that are serious or critical. */
async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([...WCAG, 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.tags.some((tag) => WCAG.includes(tag)) || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function filled(page: Page) {
  await openFresh(page);
  await page.getByRole('button', { name: 'Start forfra' }).click();
  await page.getByRole('dialog').getByLabel('Med en kopi af hele den generiske profil').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Start forfra' }).click();
  await expect(card(local(page), 'Danne relationer')).toBeVisible();
}

test.describe('WCAG 2.1 AA (axe-core)', () => {
  test.slow(); // axe over the whole page, several times, on a loaded machine

  test('the builder, empty and filled, with a card menu open, and the start-over dialog', async ({ page }) => {
    await openFresh(page);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start forfra' }).click();
    await expect(page.getByRole('dialog', { name: 'Start forfra?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await filled(page);
    await card(generic(page), 'Håndtere data').getByRole('button', { name: /^Handlinger for/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // A local card's menu has other items (move to another category, remove).
    await page.keyboard.press('Escape');
    await card(local(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
    await expect(page.getByRole('menuitem', { name: 'Fjern fra den lokale profil' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the translate view and the replace dialog', async ({ page }) => {
    await filled(page);
    await page.getByRole('button', { name: 'Oversæt' }).click();
    const translate = page.getByRole('dialog', { name: 'Oversæt profilen' });
    await expect(translate).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await translate.getByRole('button', { name: 'Tilføj sprog' }).click();
    await expect(translate.getByLabel('Sprogkode')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Erstat ord' }).click();
    const replace = page.getByRole('dialog', { name: /Erstat/ });
    await expect(replace).toBeVisible();
    await replace.getByLabel('Find').fill('relationer');
    await expect(replace.locator('mark').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the export menu, the import confirmation and an import error', async ({ page }) => {
    await filled(page);
    await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    await expect(page.getByRole('button', { name: 'PDF, stående (A4)' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    const profile = JSON.stringify({ version: 2, id: 'x', title: { da: 'Fra fil' }, categories: [{ id: 'v', name: { da: 'Viden' }, color: '#1d5b94', elements: [] }] });
    await page.getByTestId('import-file-input').setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(profile) });
    await expect(page.getByRole('dialog', { name: 'Hvad skal der ske med profilen?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'ødelagt.json', mimeType: 'application/json', buffer: Buffer.from('{"categories":[null]}') });
    await expect(page.getByRole('alert').filter({ hasText: 'kunne ikke importeres' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the presentation and the print version', async ({ page }) => {
    await filled(page);
    await page.getByRole('button', { name: /Præsentér/ }).click();
    const view = page.getByRole('dialog', { name: /^Præsentation:/ });
    await expect(view).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    expect(await violations(page)).toEqual([]);
  });

  test('the notice about unreadable saved work', async ({ page }) => {
    await openFresh(page);
    await page.evaluate(() => localStorage.setItem('profilbygger:work', '{"state":{"local":{"categories":[null]}},"version":1}'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('kunne ikke læses');
    expect(await violations(page)).toEqual([]);
  });

  test('the second-tab dialog', async ({ context }) => {
    const first = await context.newPage();
    await first.goto('/');
    await expect(local(first)).toBeVisible();
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByRole('dialog', { name: 'Profilen er åben i en anden fane' })).toBeVisible();
    expect(await violations(second)).toEqual([]);
  });
});
