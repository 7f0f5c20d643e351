/**
 * The end of a workshop in the real browser: a group copies a link that another browser opens; a
 * facilitator collects three groups' exported profiles (JSON and PNG) into the summary, checks the
 * counts on screen, in its PDF (pdftotext) and on the projector (≥ 32 px at 1920×1080, clicker keys).
 * SUMMARY_SHOT=path saves a screenshot of the summary (the README's picture).
 */
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Profile } from '../../src/domain/profile';
import { threeWorkshopGroups } from './workshopGroups';

const STORAGE_KEY = 'profilbygger:work';
const NOW = new Date('2026-11-26T09:30:00');
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Opens the app on `local` as the saved work (seeded once per tab, so the app's own saves survive a check). */
async function openWith(page: Page, local: Profile) {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify({ state: { genericId: 'kontaktperson-plus', local, contentLanguage: 'da' }, version: 1 })] as const,
  );
  await page.goto('/');
  // On a phone only one of the two profiles shows at a time; the generic one is always there.
  await expect(page.getByRole('region', { name: 'Generisk profil' })).toBeAttached();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const savedLocal = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.local as unknown, STORAGE_KEY);

/** Clicks an export button and saves the download; returns its path. */
async function exportAs(page: Page, button: string, outputPath: (name: string) => string) {
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a link copied in one browser opens in another, asks first, and leaves the address clean', async ({ page, browser }) => {
    const [group] = threeWorkshopGroups();
    await openWith(page, group!);
    await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    await page.getByRole('button', { name: 'Kopiér link til profilen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Linket er kopieret' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#profil=1\.[A-Za-z0-9_-]+$/);
    console.log(`Share link for a small group profile: ${link.length} characters`);

    const other = await browser.newContext({ locale: 'da-DK' });
    try {
      const tab = await other.newPage();
      await tab.goto(link);
      const dialog = tab.getByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
      await expect(dialog).toContainText('“Ungekoordinatorerne” fra linket har 4 elementer. 1 med note · 2 med markeringer · 1 besvaret refleksionsspørgsmål.');
      await expect(dialog.getByRole('region', { name: 'Tilføj til den lokale profil' })).toContainText('4 nye elementer kommer med:');
      expect(new URL(tab.url()).hash).not.toBe(''); // nothing taken in yet
      expect(await seriousViolations(tab)).toEqual([]);
      await dialog.getByRole('button', { name: 'Erstat den lokale profil' }).click();
      await expect(tab.getByRole('status').filter({ hasText: 'Profilen fra linket er importeret' })).toBeVisible();
      expect(new URL(tab.url()).hash).toBe('');
      await expect.poll(() => savedLocal(tab)).toEqual(group);
      await expect(tab.getByRole('region', { name: 'Lokal profil' })).toContainText('Kende ungenetværket');

      // A damaged link (cut short in a chat) pasted into the same tab's address bar: refused in words, nothing changes.
      await tab.goto(link.slice(0, link.length - 30));
      await expect(tab.getByRole('alert')).toContainText('Linket kunne ikke åbnes. Den lokale profil er ikke ændret.');
      await expect(tab.getByRole('alert')).toContainText('Linket er beskadiget');
      expect(await savedLocal(tab)).toEqual(group);
    } finally {
      await other.close();
    }
  });
});

test('the summary counts three exported profiles on screen, in its PDF and on the projector', async ({ page, browser }, info) => {
  test.slow(); // three exports (one a PNG poster), a PDF and a presentation on a shared 2-core machine
  const groups = threeWorkshopGroups();
  // Each group exports its own profile, as it would at the end of its breakout room.
  const files: string[] = [];
  for (const [i, group] of groups.entries()) {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 720 } });
    try {
      const tab = await context.newPage();
      await openWith(tab, group);
      const button = i === 2 ? 'Plakat (PNG) med hele profilen' : 'Profilfil (JSON) til at arbejde videre';
      files.push(await exportAs(tab, button, (name) => info.outputPath(`gruppe-${i + 1}-${name}`)));
    } finally {
      await context.close();
    }
  }

  await openWith(page, groups[0]!);
  await page.getByRole('button', { name: 'Saml grupper' }).click();
  await expect(page.getByRole('heading', { name: 'Opsummering af gruppernes profiler' })).toBeFocused();
  await page.getByTestId('summary-file-input').setInputFiles(files);
  await expect(page.getByRole('heading', { name: '3 grupper' })).toBeVisible();

  const item = (text: string) => page.locator('.summary-item').filter({ has: page.locator('.summary-item__text', { hasText: new RegExp(`^${text}$`) }) });
  await expect(item('Respektere målgruppen')).toContainText('3 af 3 grupper');
  await expect(item('Respektere målgruppen')).toContainText('Gør vi det i dag? 2 ja, 1 nej');
  await expect(item('Danne relationer')).toContainText('2 af 3 grupper');
  await expect(item('Håndtere data')).toContainText('0 af 3 grupper');
  await expect(item('Kende systemet, målgruppen og deres behov')).toContainText(
    '«Kende ungenetværket» (Ungekoordinatorerne, Jobcentret); «Kende kommunens system» (Team Nord)',
  );
  await expect(item('Samarbejde med FGU')).toContainText('2 af 3 grupper');
  await expect(item('Tale med forældrene')).toContainText('Note fra Jobcentret: Især for de 15-17-årige.');
  const answers = page.getByRole('article', { name: 'Hvem er med i vores kædeansvar?' });
  await expect(answers).toContainText('UU, FGU og jobcentret.');
  await expect(answers.getByRole('listitem').filter({ hasText: 'Team Nord' })).toContainText('Ikke besvaret');
  if (process.env.SUMMARY_SHOT) {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: process.env.SUMMARY_SHOT });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  expect(await seriousViolations(page)).toEqual([]);

  // The PDF says the same.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent som PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('opsummering-3-grupper-2026-11-26.pdf');
  const pdfPath = info.outputPath('opsummering.pdf');
  await download.saveAs(pdfPath);
  const text = collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString('utf8'));
  for (const expected of [
    'Opsummering af 3 grupper',
    'Ungekoordinatorerne, Team Nord, Jobcentret',
    '3 af 3 grupper Respektere målgruppen',
    'Gør vi det i dag? 2 ja, 1 nej',
    '2 af 3 grupper Danne relationer',
    '0 af 3 grupper Håndtere data',
    'Også kaldt: «Kende ungenetværket» (Ungekoordinatorerne, Jobcentret); «Kende kommunens system» (Team Nord)',
    '2 af 3 grupper Samarbejde med FGU',
    'Virksomhederne i byen.',
  ]) {
    expect(text).toContain(expected);
  }
  expect(execFileSync('pdffonts', [pdfPath]).toString()).toMatch(/Inter\s+CID TrueType\s+Identity-H\s+yes/);

  // On the projector: large text, clicker keys, Escape back to the summary.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Præsentér' }).click();
  const view = page.getByRole('dialog', { name: 'Opsummering af 3 grupper' });
  await expect(view).toBeFocused();
  const progress = view.locator('.present__progress [aria-hidden]');
  const total = Number((await progress.textContent())!.split('/')[1]);
  expect(total).toBe(7);
  for (let slide = 1; slide <= total; slide += 1) {
    await expect(progress).toHaveText(`${slide} / ${total}`);
    await page.evaluate(() => document.fonts.ready);
    const layout = await page.evaluate(() => {
      const stage = document.querySelector('.present__stage')!;
      const texts = [...document.querySelectorAll('.present-item, .present-item *')] as HTMLElement[];
      return {
        smallest: Math.min(...texts.filter((el) => el.textContent?.trim()).map((el) => parseFloat(getComputedStyle(el).fontSize))),
        overflow: stage.scrollHeight > stage.clientHeight + 1 || document.querySelector('.present')!.scrollHeight > innerHeight + 1,
      };
    });
    expect(layout.overflow, `slide ${slide} overflows`).toBe(false);
    expect(layout.smallest, `smallest text on slide ${slide}`).toBeGreaterThanOrEqual(32);
    if (slide < total) await page.keyboard.press(slide % 2 ? 'PageDown' : 'ArrowRight');
  }
  await expect(view).toContainText('Virksomhederne i byen.');
  await page.keyboard.press('Home');
  await expect(progress).toHaveText(`1 / ${total}`);
  await page.keyboard.press('End');
  await expect(progress).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(progress).toHaveText(`${total - 1} / ${total}`);
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(page.getByRole('button', { name: 'Præsentér' })).toBeFocused();

  // Back to the board: the group's own profile is untouched, and the groups are still there next time.
  await page.getByRole('button', { name: /Tilbage til profilen/ }).click();
  await expect(page.getByRole('button', { name: 'Saml grupper' })).toBeFocused();
  expect(await savedLocal(page)).toEqual(groups[0]);
  await page.reload();
  await page.getByRole('button', { name: 'Saml grupper' }).click();
  await expect(page.getByRole('heading', { name: '3 grupper' })).toBeVisible();
});

test('the summary reads as one column on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWith(page, threeWorkshopGroups()[0]!);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Saml grupper' }).click();
  await page.getByTestId('summary-file-input').setInputFiles(
    threeWorkshopGroups().map((profile, i) => ({ name: `gruppe-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(profile)) })),
  );
  await expect(page.getByRole('heading', { name: '3 grupper' })).toBeVisible();
  const columns = await page.evaluate(() =>
    ['.summary-groups__add', '.summary-groups__list', '.summary-answers'].map((selector) => getComputedStyle(document.querySelector(selector)!).gridTemplateColumns.split(' ').length),
  );
  expect(columns).toEqual([1, 1, 1]);
  const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.summary *')].map((el) => el.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(390);
});
