/**
 * Two tabs never overwrite each other: the second tab says the profile is open elsewhere and edits
 * nothing until it takes over; then the first one says so. Nothing either tab made is lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, generic, list, local, openEmpty, textsIn } from './helpers';

const openElsewhere = (page: Page) => page.getByRole('dialog', { name: 'Profilen er åben i en anden fane' });

async function addFromGeneric(page: Page, text: string, category: string) {
  await card(generic(page), text).getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: `Tilføj til ${category} i den lokale profil` }).click();
  await expect(list(local(page), category).getByRole('listitem', { name: text, exact: true })).toBeVisible();
}

test('a second tab says the profile is open elsewhere, takes over on request, and no work is lost', async ({ context }) => {
  test.slow(); // two pages on a loaded machine
  const first = await context.newPage();
  await openEmpty(first);
  await addFromGeneric(first, 'Danne relationer', 'Viden');
  await addFromGeneric(first, 'Håndtere data', 'Viden');

  const second = await context.newPage();
  await second.goto('/');
  await expect(openElsewhere(second)).toBeVisible();
  await expect(openElsewhere(first)).toHaveCount(0);
  // It shows the first tab's work, and keeps following it while looking on.
  expect(await textsIn(list(local(second), 'Viden'))).toEqual(['Danne relationer', 'Håndtere data']);
  await addFromGeneric(first, 'Reflektere over egen rolle', 'Viden');
  await expect.poll(() => textsIn(list(local(second), 'Viden'))).toEqual(['Danne relationer', 'Håndtere data', 'Reflektere over egen rolle']);

  await openElsewhere(second).getByRole('button', { name: 'Arbejd i denne fane' }).click();
  await expect(openElsewhere(second)).toHaveCount(0);
  await expect(openElsewhere(first)).toBeVisible();
  await addFromGeneric(second, 'Omsætte bekendtgørelser', 'Kompetencer');

  await openElsewhere(first).getByRole('button', { name: 'Arbejd i denne fane' }).click();
  await expect(openElsewhere(second)).toBeVisible();
  expect(await textsIn(list(local(first), 'Kompetencer'))).toEqual(['Omsætte bekendtgørelser']);
  await addFromGeneric(first, 'Danne relationer', 'Kompetencer');

  for (const page of [first, second]) {
    await page.reload();
    await expect(local(page)).toBeVisible();
  }
  const page = (await openElsewhere(first).count()) === 0 ? first : second;
  expect(await textsIn(list(local(page), 'Viden'))).toEqual(['Danne relationer', 'Håndtere data', 'Reflektere over egen rolle']);
  expect(await textsIn(list(local(page), 'Kompetencer'))).toEqual(['Omsætte bekendtgørelser', 'Danne relationer']);
});
