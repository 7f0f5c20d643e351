import { expect, test } from '@playwright/test';
import { card, generic, list, local, openFresh, textsIn } from './helpers';

for (const { width, height, touch } of [
  { width: 1280, height: 720, touch: false },
  { width: 1024, height: 768, touch: false },
  { width: 768, height: 1024, touch: true },
]) {
  test.describe(`at ${width}×${height}${touch ? ' (touch)' : ''}`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch });

    test('nothing is cut off and the page does not scroll sideways', async ({ page }) => {
      await openFresh(page);
      await page.getByRole('button', { name: 'Start forfra' }).click();
      await page.getByRole('dialog').getByLabel('Med en kopi af hele den generiske profil').check();
      await page.getByRole('dialog').getByRole('button', { name: 'Start forfra' }).click();
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // Every card, button and field lies within the viewport horizontally.
        outside: [...document.querySelectorAll('.card, button, input, select')]
          .map((node) => node.getBoundingClientRect())
          .filter((box) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1)).length,
        // Card text is never clipped sideways.
        clipped: [...document.querySelectorAll('.card__text')].filter((node) => node.scrollWidth > node.clientWidth + 1).length,
      }));
      expect(overflow).toEqual({ page: 0, outside: 0, clipped: 0 });
      await page.screenshot({ path: `test-results/board-${width}x${height}.png` });
    });
  });
}

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('drags with a finger', async ({ page }) => {
    await openFresh(page);
    const handle = card(generic(page), 'Respektere målgruppen').locator('.card__handle');
    const target = list(local(page), 'Færdigheder');
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x + from.width / 2, from.y + from.height / 2);
    for (let step = 1; step <= 15; step += 1) {
      const f = step / 15;
      await touch('touchMove', from.x + (to.x + to.width / 2 - from.x) * f, from.y + (to.y + to.height / 2 - from.y) * f);
    }
    await touch('touchEnd', 0, 0);
    await expect.poll(() => textsIn(list(local(page), 'Færdigheder'))).toEqual(['Respektere målgruppen']);
  });
});

test.describe('bad input', () => {
  test('a profile with 300 elements and a 2,000-character text loads and stays usable', async ({ page }) => {
    const long = `${'Kædeansvar og tillid – æøå ÆØÅ. '.repeat(62)}`.slice(0, 2000);
    const elements = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, text: { da: i === 0 ? long : `Element nummer ${i + 1}` } }));
    const profile = {
      version: 1,
      id: 'stor',
      title: { da: 'Stor profil' },
      categories: [
        { id: 'viden', name: { da: 'Viden' }, color: '#1d5b94', elements: elements.slice(0, 100) },
        { id: 'faerdigheder', name: { da: 'Færdigheder' }, color: '#1e6b45', elements: elements.slice(100, 200) },
        { id: 'kompetencer', name: { da: 'Kompetencer' }, color: '#8a4500', elements: elements.slice(200) },
      ],
    };
    await page.goto('/');
    await page.evaluate((saved) => localStorage.setItem('profilbygger:work', JSON.stringify(saved)), {
      state: { genericId: 'kontaktperson-plus', local: profile, contentLanguage: 'da' },
      version: 1,
    });
    await page.reload();
    await expect(local(page).getByRole('listitem')).toHaveCount(300);
    await expect(card(local(page), long)).toBeVisible();
    await card(local(page), 'Element nummer 300').getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Flyt til Viden' }).click();
    await expect.poll(async () => (await textsIn(list(local(page), 'Viden'))).length).toBe(101);
  });

  test('corrupt saved data: starts clean, says so, offers a download, and keeps it across a reload', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('profilbygger:work', '{"state":{"local":{"categories":7}},"version":1}'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('kunne ikke læses');
    await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('kunne ikke læses');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent de ulæselige data' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toBe('{"state":{"local":{"categories":7}},"version":1}');
  });
});
