import { expect, test, type Page } from '@playwright/test';
import { card, generic, local } from './helpers';
import { joinSession, newDevice, LiveSite, type Member } from './liveHarness';

const site = new LiveSite(1);
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

async function addFromGeneric(page: Page, text: string, category: string) {
  await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: `Tilføj til ${category} i den lokale profil` }).click();
}

test('a facilitator with three groups sees each group’s profile and the counts live, and closes the workshop', async ({ browser }) => {
  test.slow();
  const facilitator = await device(browser);
  await facilitator.page.goto('/');
  await facilitator.page.getByRole('button', { name: 'Arbejd sammen' }).click();
  await facilitator.page.getByLabel('Antal grupper').selectOption('3');
  await facilitator.page.getByRole('button', { name: 'Opret workshop' }).click();
  await expect(facilitator.page.getByRole('heading', { name: 'Workshop – facilitatorens overblik' })).toBeVisible({ timeout: 30_000 });
  const group = (name: string) => facilitator.page.getByRole('listitem', { name, exact: true });
  await expect(group('Gruppe 3')).toContainText('0 elementer');

  const links = await Promise.all([1, 2].map((n) => facilitator.page.getByLabel(`Link til Gruppe ${n}`).inputValue()));
  const [one, two] = [await device(browser), await device(browser)];
  await joinSession(one.page, links[0]!, 'Anna');
  await joinSession(two.page, links[1]!, 'Bo');
  await addFromGeneric(one.page, 'Respektere målgruppen', 'Viden');
  await addFromGeneric(one.page, 'Danne relationer', 'Kompetencer');
  await addFromGeneric(two.page, 'Respektere målgruppen', 'Viden');

  await expect(group('Gruppe 1')).toContainText('1 deltager · 2 elementer');
  await expect(group('Gruppe 2')).toContainText('1 deltager · 1 element');
  await expect(group('Gruppe 3')).toContainText('0 deltagere · 0 elementer');
  const summary = facilitator.page.getByRole('region', { name: 'Alle grupper samlet' });
  // The shared summary (the same as Saml grupper): per generic element, how many groups kept it.
  const kept = (category: string, text: string) => summary.getByRole('region', { name: category }).getByRole('listitem').filter({ hasText: text });
  await expect(kept('Viden', 'Respektere målgruppen')).toContainText('2 af 3 grupper');
  await expect(kept('Kompetencer', 'Danne relationer')).toContainText('1 af 3 grupper');
  await expect(kept('Kompetencer', 'Håndtere data')).toContainText('0 af 3 grupper');

  // A group link reaches its own group only: Anna sees nothing of group 2.
  await expect(card(local(one.page), 'Danne relationer')).toBeVisible();
  await expect(local(one.page).getByRole('listitem')).toHaveCount(2);

  await facilitator.page.getByRole('button', { name: 'Luk workshoppen' }).click();
  await facilitator.page.getByRole('dialog').getByRole('button', { name: 'Luk workshoppen' }).click();
  await expect(facilitator.page.getByText('Workshoppen er lukket.')).toBeVisible();
  await expect(one.page.getByText('Facilitatoren har lukket workshoppen.')).toBeVisible();
  // The group keeps its profile and can work on alone.
  await expect(card(local(one.page), 'Danne relationer')).toBeVisible();
  await expect(one.page.getByRole('status', { name: 'Samarbejde' })).toHaveCount(0);
});
