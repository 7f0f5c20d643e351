import { expect, test, type Page } from '@playwright/test';
import { card, list, local, textsIn } from './helpers';
import { canonical, joinSession, liveStatus, newDevice, savedProfile, startFromFullCopy, startSession, TestRelay, type Member } from './liveHarness';

const relay = new TestRelay();
let devices: Member[] = [];

test.beforeAll(async () => relay.start());
test.afterAll(async () => relay.stop());
test.afterEach(async () => {
  await Promise.all(devices.map((device) => device.context.close()));
  devices = [];
});

async function device(browser: Parameters<typeof newDevice>[0]) {
  const created = await newDevice(browser);
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

test('a member joins by link, sees the same profile and who is there', async ({ browser }) => {
  const anna = await device(browser);
  await anna.page.goto('/');
  await startFromFullCopy(anna.page);
  const link = await startSession(anna.page, 'Anna');
  const bo = await device(browser);
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

  await relay.kill();
  await expect(liveStatus(anna.page)).toContainText('Forbinder igen');
  await rename(anna.page, 'Håndtere data', 'Under nedbruddet');
  await relay.start();
  await expect(liveStatus(anna.page)).toContainText('Forbundet', { timeout: 30_000 });
  await expect(card(local(bo.page), 'Under nedbruddet')).toBeVisible({ timeout: 30_000 });

  // A newcomer gets everything from the restarted relay.
  const carl = await device(browser);
  await joinSession(carl.page, link, 'Carl');
  await expect(card(local(carl.page), 'Før nedbruddet')).toBeVisible();
  await expect(card(local(carl.page), 'Under nedbruddet')).toBeVisible();
  await sameEverywhere(anna, bo, carl);
});
