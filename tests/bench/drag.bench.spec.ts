// `npm run bench:drag`: how long pointer moves take while dragging in local profiles of 9, 100 and
// 300 elements, in real Chromium. Prints figures; asserts nothing about speed (that is not a test).
import { test } from '@playwright/test';
import { card, handleOf, local } from '../e2e/helpers';

for (const count of [9, 100, 300]) {
  test(`drag with ${count} elements`, async ({ page }) => {
    const elements = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: { da: `Element nummer ${i + 1}` } }));
    const third = Math.ceil(count / 3);
    const profile = {
      version: 1,
      id: 'bench',
      title: { da: 'Benchmark' },
      categories: [
        { id: 'viden', name: { da: 'Viden' }, color: '#1d5b94', elements: elements.slice(0, third) },
        { id: 'faerdigheder', name: { da: 'Færdigheder' }, color: '#1e6b45', elements: elements.slice(third, 2 * third) },
        { id: 'kompetencer', name: { da: 'Kompetencer' }, color: '#8a4500', elements: elements.slice(2 * third) },
      ],
    };
    await page.goto('/');
    await page.evaluate((saved) => localStorage.setItem('profilbygger:work', JSON.stringify(saved)), {
      state: { genericId: 'kontaktperson-plus', local: profile, contentLanguage: 'da' },
      version: 1,
    });
    await page.reload();
    const box = (await handleOf(card(local(page), 'Element nummer 1')).boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 2 });
    const moves = 30;
    const start = Date.now();
    for (let i = 0; i < moves; i += 1) await page.mouse.move(box.x + 20, box.y + 20 + i * 8);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const perMove = (Date.now() - start) / moves;
    await page.mouse.up();
    console.log(`drag, ${String(count).padStart(3)} elements: ${perMove.toFixed(1)} ms per pointer move (incl. Playwright round trip)`);
  });
}
