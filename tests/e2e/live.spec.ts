import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { readProfile, rootsOf } from '../../src/live/doc/profileDoc';
import { client } from '../relay/relayHarness';
import { card, list, local, textsIn } from './helpers';
import { canonical, joinSession, liveStatus, newDevice, savedProfile, startFromFullCopy, startSession, LiveSite, type Member } from './liveHarness';

const site = new LiveSite(0);
let devices: Member[] = [];

test.beforeAll(async () => site.start(test.info().parallelIndex));
test.afterAll(async () => site.stop());
test.afterEach(async () => {
  await Promise.all(devices.map((device) => device.context.close()));
  devices = [];
});

async function device(browser: Parameters<typeof newDevice>[0], options?: Parameters<typeof newDevice>[2]) {
  const created = await newDevice(browser, site, options);
  devices.push(created);
  return created;
}

async function rename(page: Page, from: string, to: string) {
  await card(local(page), from).locator('.card__text').dblclick();
  const field = page.getByLabel('Ny tekst til elementet');
  await field.fill(to);
  await field.press('Enter');
}

async function sameEverywhere(...members: Member[]) {
  await expect
    .poll(async () => new Set(await Promise.all(members.map(async (m) => canonical(await savedProfile(m.page))))).size, { timeout: 20_000 })
    .toBe(1);
}

test('a member joins by link, sees the same profile and who is there, under the shipped CSP', async ({ browser }) => {
  // The pages' own WebSockets, no test route in between: the built app with its CSP meta and headers
  // (connect-src 'self') reaches the relay through /relay on its own origin.
  const anna = await device(browser, { intercept: false });
  await anna.page.goto('/');
  await expect(anna.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /connect-src 'self'/);
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser, { intercept: false });
  await joinSession(bo.page, link, 'Bo');
  await expect(list(local(bo.page), 'Viden').getByRole('listitem')).toHaveCount(6);
  await expect(liveStatus(anna.page)).toContainText('2 deltagere');
  await sameEverywhere(anna, bo);
});

test('two members editing the same element and the same list at once end with the same profile', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');

  await Promise.all([rename(anna.page, 'Danne relationer', 'Skabe relationer'), rename(bo.page, 'Danne relationer', 'Opbygge tillid')]);
  await Promise.all(
    [anna, bo].map(async ({ page }, i) => {
      await page.getByRole('button', { name: 'Tilføj element i Viden' }).click();
      const field = page.getByLabel('Tekst til nyt element i Viden');
      await field.fill(i === 0 ? 'Annas element' : 'Bos element');
      await field.press('Enter');
    }),
  );
  await expect(list(local(anna.page), 'Viden').getByRole('listitem')).toHaveCount(8);
  await expect(list(local(bo.page), 'Viden').getByRole('listitem')).toHaveCount(8);
  await sameEverywhere(anna, bo);
  const texts = await textsIn(list(local(anna.page), 'Kompetencer'));
  expect(texts.filter((text) => text === 'Skabe relationer' || text === 'Opbygge tillid')).toHaveLength(1);
});

test('marks, a note and an answer to a reflection question reach the other member', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');

  await card(local(anna.page), 'Respektere målgruppen').getByRole('button', { name: 'Handlinger for: Respektere målgruppen' }).click();
  await anna.page.getByRole('menuitem', { name: 'Bør/Gør og note …' }).click();
  const dialog = anna.page.getByRole('dialog', { name: /Bør\/Gør og note/ });
  await dialog.getByRole('group', { name: 'Gør vi det i dag?' }).getByLabel('Ja').check();
  await dialog.getByLabel('Note – med jeres egne ord').fill('Kernen i vores arbejde');
  await dialog.getByRole('button', { name: 'Gem' }).click();

  const questions = (page: Page) => page.getByRole('complementary', { name: 'Refleksionsspørgsmål' });
  for (const { page } of [anna, bo]) await page.getByRole('button', { name: /Refleksionsspørgsmål/ }).click();
  const boAnswer = questions(bo.page).getByRole('textbox').first();
  await boAnswer.fill('Relationer og vejledning');
  await boAnswer.blur();

  await expect(card(local(bo.page), 'Respektere målgruppen')).toContainText('Gør vi i dag');
  await expect(card(local(bo.page), 'Respektere målgruppen')).toContainText('Kernen i vores arbejde');
  await expect(questions(anna.page).getByRole('textbox').first()).toHaveValue('Relationer og vejledning');
  await expect(anna.page.getByRole('button', { name: /Refleksionsspørgsmål/ })).toContainText('1 af 8 besvaret');
  await sameEverywhere(anna, bo);
});

test('a hostile member’s garbage and a document that fails the schema never make the others’ apps throw', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');
  const errors: string[] = [];
  for (const { page } of [anna, bo]) page.on('pageerror', (error) => errors.push(error.message));

  // A member who knows the link but not the rules: a script talking to the relay directly.
  const room = new URLSearchParams(new URL(link).hash.slice(1)).get('live')!;
  const hostile = client(site.relay.port, room);
  try {
    await expect.poll(() => hostile.synced() && readProfile(hostile.doc).profile !== null).toBe(true);
    const { categories, elements } = rootsOf(hostile.doc);
    const victim = Array.from(elements.entries()).find(([, map]) => (map as Y.Map<unknown>).get('text.da') === 'Danne relationer')!;
    hostile.doc.transact(() => {
      (victim[1] as Y.Map<unknown>).set('text.da', 42);
      const stranger = new Y.Map<unknown>();
      elements.set('fremmed', stranger);
      stranger.set('categoryId', 'findes-ikke');
      stranger.set('text.da', '<img src=x onerror="window.hacked=1">');
      stranger.set('marks.does', { evil: true });
      for (const category of categories.values()) (category as Y.Map<unknown>).set('color', 'url(javascript:alert(1))');
    });
    // And bytes that are no Yjs update at all: the room name, Sync (0), Update (2), a broken update.
    const name = [...Buffer.from(room, 'utf8')];
    hostile.provider.configuration.websocketProvider.send(new Uint8Array([name.length, ...name, 0, 2, 5, 0xff, 0xff, 0xff, 0xff, 0x0f]));

    for (const { page } of [anna, bo]) {
      await expect(page.getByText('En del af den fælles profil kunne ikke læses og vises ikke.')).toBeVisible();
      await expect(card(local(page), 'Danne relationer')).toHaveCount(0);
    }
  } finally {
    hostile.destroy();
  }
  // The rest is shown, user text stays text, and the members work on together.
  await expect(card(local(bo.page), 'Håndtere data')).toBeVisible();
  await expect(card(local(bo.page), '<img src=x onerror="window.hacked=1">')).toBeVisible();
  expect(await bo.page.evaluate(() => 'hacked' in window)).toBe(false);
  await rename(anna.page, 'Håndtere data', 'Efter angrebet');
  await expect(card(local(bo.page), 'Efter angrebet')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Ctrl+Z undoes only one’s own change, never another member’s', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');

  await rename(anna.page, 'Danne relationer', 'Annas navn');
  await expect(card(local(bo.page), 'Annas navn')).toBeVisible();
  await rename(bo.page, 'Håndtere data', 'Bos navn');
  await expect(card(local(anna.page), 'Bos navn')).toBeVisible();

  await anna.page.locator('body').click({ position: { x: 5, y: 5 } });
  await anna.page.keyboard.press('Control+z');
  for (const { page } of [anna, bo]) {
    await expect(card(local(page), 'Danne relationer')).toBeVisible();
    await expect(card(local(page), 'Bos navn')).toBeVisible();
  }
  await anna.page.getByRole('button', { name: 'Gentag' }).click();
  await expect(card(local(bo.page), 'Annas navn')).toBeVisible();
});

test('a member offline keeps working, says so, and everything merges when the connection returns', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');

  await bo.setOffline(true);
  await expect(liveStatus(bo.page)).toContainText('Arbejder alene');
  await rename(bo.page, 'Håndtere data', 'Offline ændring');
  await rename(anna.page, 'Danne relationer', 'Online ændring');
  await expect(card(local(anna.page), 'Håndtere data')).toBeVisible();

  await bo.setOffline(false);
  await expect(liveStatus(bo.page)).toContainText('Forbundet', { timeout: 20_000 });
  for (const { page } of [anna, bo]) {
    await expect(card(local(page), 'Offline ændring')).toBeVisible();
    await expect(card(local(page), 'Online ændring')).toBeVisible();
  }
  await sameEverywhere(anna, bo);
});

test('the relay is killed and restarted mid-session, and nothing is lost', async ({ browser }) => {
  test.slow();
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
  await joinSession(bo.page, link, 'Bo');
  await rename(anna.page, 'Danne relationer', 'Før nedbruddet');
  await expect(card(local(bo.page), 'Før nedbruddet')).toBeVisible();

  await site.relay.kill();
  await expect(liveStatus(anna.page)).toContainText('Forbinder igen');
  await rename(anna.page, 'Håndtere data', 'Under nedbruddet');
  await site.relay.start();
  await expect(liveStatus(anna.page)).toContainText('Forbundet', { timeout: 30_000 });
  await expect(card(local(bo.page), 'Under nedbruddet')).toBeVisible({ timeout: 30_000 });

  // A newcomer gets everything from the restarted relay.
  const carl = await device(browser);
  await joinSession(carl.page, link, 'Carl');
  await expect(card(local(carl.page), 'Før nedbruddet')).toBeVisible();
  await expect(card(local(carl.page), 'Under nedbruddet')).toBeVisible();
  await sameEverywhere(anna, bo, carl);
});
