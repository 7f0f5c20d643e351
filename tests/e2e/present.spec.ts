import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { openFresh } from './helpers';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const SHOTS = 'test-results/present';

const view = (page: Page) => page.getByRole('dialog', { name: /^Præsentation:/ });
const progress = (page: Page) => view(page).getByRole('status');
const presentButton = (page: Page) => page.getByRole('button', { name: /Præsentér/ });

async function open(page: Page) {
  await presentButton(page).click();
  await expect(view(page)).toBeVisible();
  await expect(view(page)).toBeFocused();
}

interface Layout {
  problems: string[];
  smallestFont: number;
  items: number;
}

/** Whatever overflows its box or sticks out of the viewport, and the smallest element text size. */
async function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const label = (el: Element) => `${el.className} “${(el.textContent ?? '').slice(0, 40)}”`;
    const fits = (el: Element) => {
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
        problems.push(`overflows: ${label(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    };
    const inViewport = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.top < -0.5 || box.left < -0.5 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
        problems.push(`outside the viewport: ${label(el)} ${JSON.stringify(box)}`);
      }
    };
    const root = document.querySelector('.present')!;
    fits(root);
    root.querySelectorAll('.present__stage, .present-band, .present__title, .present__role, .present__controls').forEach(fits);
    root.querySelectorAll('.present-band, .present__title, .present__controls button').forEach(inViewport);
    const stage = root.querySelector('.present__stage')!.getBoundingClientRect();
    const items = [...root.querySelectorAll('.present-item')];
    let smallestFont = Infinity;
    for (const item of items) {
      fits(item);
      inViewport(item);
      const box = item.getBoundingClientRect();
      if (box.bottom > stage.bottom + 0.5 || box.top < stage.top - 0.5) problems.push(`outside the stage: ${label(item)}`);
      smallestFont = Math.min(smallestFont, parseFloat(getComputedStyle(item.querySelector('.present-item__text')!).fontSize));
    }
    return { problems, smallestFont, items: items.length };
  });
}

/** Steps through every slide with `key`, measuring each; returns the measurements. */
async function walk(page: Page, shot: string, key = 'PageDown'): Promise<Layout[]> {
  const layouts: Layout[] = [];
  const total = Number((await view(page).locator('.present__progress [aria-hidden]').textContent())!.split('/')[1]);
  for (let slide = 1; slide <= total; slide += 1) {
    await expect(view(page).locator('.present__progress [aria-hidden]')).toHaveText(`${slide} / ${total}`);
    await page.evaluate(() => document.fonts.ready);
    layouts.push(await measure(page));
    if (shot) await page.screenshot({ path: `${SHOTS}/${shot}-${slide}.png` });
    if (slide < total) await page.keyboard.press(key);
  }
  return layouts;
}

test.beforeEach(async ({ page }) => openFresh(page));

for (const size of SIZES) {
  test(`presents the generic profile at ${size.width}×${size.height} without overflow, stepping with the keys`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page);
    await expect(view(page).getByRole('heading', { level: 2 })).toHaveText('Kontaktperson+ – generisk kompetenceprofil');
    const layouts = await walk(page, `generic-da-${size.width}x${size.height}`);
    expect(layouts.map((l) => l.problems).flat()).toEqual([]);
    expect(layouts.map((l) => l.items)).toEqual([20, 6, 6, 8]);
    const fonts = layouts.map((l) => Math.round(l.smallestFont * 10) / 10);
    console.log(`${size.width}×${size.height} smallest element text per slide (px): ${fonts.join(', ')}`);
    if (size.width === 1920) for (const font of fonts) expect(font).toBeGreaterThanOrEqual(32);

    // Back with the other keys clickers send, and Home/End.
    await page.keyboard.press('PageUp');
    await expect(progress(page)).toContainText('Trin 3 af 4: Færdigheder');
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toContainText('Trin 2 af 4: Viden');
    await page.keyboard.press('Space');
    await expect(progress(page)).toContainText('Trin 3 af 4');
    await page.keyboard.press('Home');
    await expect(progress(page)).toContainText('Trin 1 af 4: Overblik');
    await page.keyboard.press('End');
    await expect(progress(page)).toContainText('Trin 4 af 4: Kompetencer');

    await page.keyboard.press('Escape');
    await expect(view(page)).toBeHidden();
    await expect(presentButton(page)).toBeFocused();
  });
}

test('re-fits when the screen changes under it (a laptop plugged into a projector)', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page);
  await page.keyboard.press('End');
  const large = await measure(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => (await measure(page)).problems).toEqual([]);
  const small = await measure(page);
  expect(small.smallestFont).toBeLessThan(large.smallestFont);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => Math.round((await measure(page)).smallestFont)).toBe(Math.round(large.smallestFont));
});

test('keeps element text at 32 px or more at 1920×1080 in English and German too', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const [language, heading] of [['en', /^Presentation:/], ['de', /^Präsentation:/]] as const) {
    await page.getByRole('combobox', { name: /Sprog|Language|Sprache/ }).selectOption(language);
    await page.getByRole('button', { name: /Present|Präsentieren/ }).click();
    const dialog = page.getByRole('dialog', { name: heading });
    await expect(dialog).toBeVisible();
    const layouts: Layout[] = [];
    for (let slide = 1; slide <= 4; slide += 1) {
      await page.evaluate(() => document.fonts.ready);
      layouts.push(await measure(page));
      await page.screenshot({ path: `${SHOTS}/generic-${language}-1920x1080-${slide}.png` });
      await page.keyboard.press('ArrowRight');
    }
    expect(layouts.map((l) => l.problems).flat()).toEqual([]);
    const fonts = layouts.map((l) => Math.round(l.smallestFont * 10) / 10);
    console.log(`1920×1080 ${language}: smallest element text per slide (px): ${fonts.join(', ')}`);
    // The overview included: German compounds ("Zielgruppenrelevante") make it the tightest slide.
    for (const font of fonts) expect(font).toBeGreaterThanOrEqual(32);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

/** A local profile of `perCategory` elements in each of the generic profile's categories, saved before loading. */
async function loadLargeLocal(page: Page, perCategory: number) {
  const generic = JSON.parse(readFileSync('profiles/kontaktperson-plus.json', 'utf8'));
  const sentence = 'Samarbejde på tværs af afdelinger, med forældre og med de unge selv ';
  const local = {
    version: 1,
    id: 'lokal-kontaktperson-plus',
    title: { da: 'Ungekoordinator i Helsingør' },
    role: generic.role,
    municipality: 'Helsingør Kommune',
    basedOn: generic.id,
    categories: generic.categories.map((category: { id: string }, c: number) => ({
      ...category,
      elements: Array.from({ length: perCategory }, (_, i) => ({
        id: `big-${c}-${i}`,
        text: { da: `${i + 1}. ${sentence.repeat(4).slice(0, 30 + ((i * 37) % 120)).trim()}` },
      })),
    })),
  };
  await page.evaluate((work) => localStorage.setItem('profilbygger:work', JSON.stringify(work)), {
    state: { genericId: generic.id, local, contentLanguage: 'da' },
    version: 1,
  });
  await page.reload();
}

for (const [perCategory, size] of [
  [20, { width: 1024, height: 768 }],
  [100, { width: 1920, height: 1080 }],
] as const) {
  test(`scales down or pages a local profile of ${perCategory * 3} elements at ${size.width}×${size.height}, never cutting text`, async ({ page }) => {
    // Walking and measuring 46 slides takes 20 s alone on a 2-core machine and over 30 s beside
    // another worker: the work is real, so the budget grows with it instead of hoping for a quiet CPU.
    test.slow();
    await page.setViewportSize(size);
    await loadLargeLocal(page, perCategory);
    await open(page);
    await expect(view(page).getByRole('button', { name: 'Lokal profil' })).toHaveAttribute('aria-pressed', 'true');
    await expect(view(page)).toContainText('Helsingør Kommune');
    const layouts = await walk(page, perCategory <= 20 ? `local-${perCategory * 3}-${size.width}x${size.height}` : '');
    expect(layouts.map((l) => l.problems).flat()).toEqual([]);
    // Every element is on some slide (the overview of a large profile shows counts only).
    expect(layouts.slice(1).reduce((sum, l) => sum + l.items, 0)).toBe(perCategory * 3);
    const smallest = Math.min(...layouts.slice(1).map((l) => l.smallestFont));
    console.log(`${perCategory * 3} elements at ${size.width}×${size.height}: ${layouts.length} slides, smallest text ${smallest.toFixed(1)} px`);
    expect(smallest).toBeGreaterThanOrEqual(18);
  });
}

// axe's WCAG and best-practice checks of the presentation (two slides) are in accessibility.spec.ts.
test('the presentation keeps focus inside while open, and its text has AAA contrast', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  // Modal: the board behind is inert, so Tab cycles through the view's controls only.
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const active = document.activeElement;
      return active === document.body || !!active?.closest('.present');
    });
    expect(inside).toBe(true);
  }
  await page.getByRole('button', { name: 'Start forfra' }).evaluate((button: HTMLElement) => button.focus());
  await expect(page.getByRole('button', { name: 'Start forfra' })).not.toBeFocused();
  // AAA contrast (7:1) for all text in the view.
  const enhanced = await new AxeBuilder({ page }).include('.present').withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => v.nodes.map((n) => n.target).join(', '))).toEqual([]);
});

test('opens with P, goes full screen (or fills the window), and leaves full screen on close', async ({ page }) => {
  await page.keyboard.press('p');
  await expect(view(page)).toBeVisible();
  await expect(view(page)).toBeFocused();
  const fullscreen = await page.evaluate(() => document.fullscreenElement?.getAttribute('role') ?? null);
  console.log(`full screen granted: ${fullscreen === 'dialog'}`);
  // Either way the view covers the whole window.
  const box = await view(page).boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  await view(page).getByRole('button', { name: 'Luk præsentationen' }).click();
  await expect(view(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(presentButton(page)).toBeFocused();
});

test('fills the window without an error when the browser refuses full screen', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await page.reload();
  await open(page);
  expect(await view(page).boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toContainText('Trin 2 af 4: Viden');
  await page.keyboard.press('Escape');
  await expect(view(page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('reveals elements one at a time with the toggle', async ({ page }) => {
  await open(page);
  await view(page).getByRole('button', { name: 'Ét element ad gangen' }).click();
  await page.keyboard.press('PageDown'); // focus is on the toggle: PageDown still steps
  const visible = view(page).locator('.present-item:not(.present-item--hidden)');
  await expect(visible).toHaveCount(0);
  await expect(view(page).locator('.present-item')).toHaveCount(6);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(visible).toHaveCount(2);
  await expect(progress(page)).toContainText('Kende målgrupperelevante metoder');
  await page.keyboard.press('PageUp');
  await expect(visible).toHaveCount(1);
});

test('prints the local profile from the board and the presented profile from the view, without buttons', async ({ page }, info) => {
  for (const text of ['Danne relationer', 'Håndtere data']) {
    await page.getByRole('listitem', { name: text, exact: true }).getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Kompetencer i den lokale profil' }).click();
  }
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('.print-profile');
  await expect(paper).toBeVisible();
  await expect(paper.getByRole('heading', { level: 1 })).toHaveText('Lokal profil');
  await expect(paper.getByRole('listitem')).toHaveText(['Danne relationer', 'Håndtere data']);
  await expect(paper.getByRole('heading', { level: 2 })).toHaveText([/^Viden/, /^Færdigheder/, /^Kompetencer/]);
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/print-local.png`, fullPage: true });

  await page.emulateMedia({ media: 'screen' });
  await open(page);
  await view(page).getByRole('button', { name: 'Generisk profil' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(view(page)).toBeHidden();
  await expect(paper.getByRole('heading', { level: 1 })).toHaveText('Kontaktperson+ – generisk kompetenceprofil');
  await expect(paper.getByRole('listitem')).toHaveCount(20);
  const color = await paper.getByRole('listitem').first().evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const file = info.outputPath('generic.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  console.log(`printed generic profile: ${pages} page(s)`);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Co-designe og koordinere individuelle forløb');
  expect(text).not.toContain('Præsentér');
});

test('prints a large local profile over several pages without losing an element', async ({ page }, info) => {
  await loadLargeLocal(page, 20);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-profile').getByRole('listitem')).toHaveCount(60);
  const file = info.outputPath('local.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  console.log(`printed local profile of 60 elements: ${pages} page(s)`);
  expect(pages).toBeGreaterThanOrEqual(2);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const heading of ['Viden', 'Færdigheder', 'Kompetencer']) expect(text).toContain(heading);
  // The last element of the last category made it onto paper.
  expect(text).toContain('20. Samarbejde på tværs af afdelinger');
  expect(text.match(/\b20\. Samarbejde/g)).toHaveLength(3);
});
