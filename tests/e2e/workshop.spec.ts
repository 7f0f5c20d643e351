/**
 * The workshop flow in the real browser: a group marks and annotates elements (dialog and matrix,
 * mouse and keyboard), answers a reflection question, and finds all of it again in the exported JSON,
 * the PDF (pdftotext) and the Word file (read back by pandoc, a real .docx reader).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { Profile } from '../../src/domain/profile';
import { card, dragWithMouse, generic, local, openFresh } from './helpers';

const NOTE = 'Kernen i vores arbejde – også på Ærø';
const ANSWER = 'Relationer og vejledning; FGU mangler';

async function download(page: Page, button: string, outputPath: (name: string) => string) {
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  if (process.env.EXPORT_OUT) copyFileSync(path, join(process.env.EXPORT_OUT, file.suggestedFilename()));
  await expect(page.getByRole('status').filter({ hasText: 'er hentet' })).toContainText(file.suggestedFilename());
  return { path, name: file.suggestedFilename() };
}

async function startWithFullCopy(page: Page) {
  await openFresh(page);
  await page.getByRole('button', { name: 'Start forfra' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start forfra?' });
  await dialog.getByLabel('Med en kopi af hele den generiske profil').check();
  await dialog.getByRole('button', { name: 'Start forfra' }).click();
  await expect(card(local(page), 'Respektere målgruppen')).toBeVisible();
}

const quadrant = (page: Page, name: RegExp) => page.getByRole('region', { name });

test('marks and notes made in the app are in the exported JSON, PDF and Word file', async ({ page }, info) => {
  test.slow(); // three exports, and the Word library is loaded on demand
  await startWithFullCopy(page);

  // Marks and a note through the card's menu.
  await card(local(page), 'Respektere målgruppen').getByRole('button', { name: 'Handlinger for: Respektere målgruppen' }).click();
  await page.getByRole('menuitem', { name: 'Bør/Gør og note …' }).click();
  const dialog = page.getByRole('dialog', { name: /Bør\/Gør og note/ });
  await dialog.getByRole('group', { name: 'Gør vi det i dag?' }).getByLabel('Ja').check();
  await dialog.getByRole('group', { name: 'Bør det fylde mere?' }).getByLabel('Ja').check();
  await dialog.getByLabel('Note – med jeres egne ord').fill(NOTE);
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(card(local(page), 'Respektere målgruppen')).toContainText('Gør vi i dag');
  await expect(card(local(page), 'Respektere målgruppen')).toContainText(NOTE);

  // A drag in the matrix sets both marks of another element. A tall window keeps the card away
  // from the panel's edge, where dnd-kit would scroll the panel under the pointer.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  const dragged = 'Kende metoder for tværprofessionelt samarbejde';
  await dragWithMouse(page, page.getByRole('button', { name: `Flyt: ${dragged}` }), quadrant(page, /^Begynd/));
  await expect(quadrant(page, /^Begynd/).getByRole('listitem', { name: dragged })).toBeVisible();

  // An answer to the first reflection question.
  await page.getByRole('button', { name: /Refleksionsspørgsmål/ }).click();
  const questions = page.getByRole('complementary', { name: 'Refleksionsspørgsmål' });
  const firstAnswer = questions.getByRole('textbox').first();
  await firstAnswer.fill(ANSWER);
  await firstAnswer.blur();
  await expect(page.getByRole('button', { name: /Refleksionsspørgsmål/ })).toContainText('1 af 8 besvaret');

  // JSON: the file format carries it all.
  const json = await download(page, 'Profilfil (JSON) til at arbejde videre', info.outputPath.bind(info));
  const saved = JSON.parse(readFileSync(json.path, 'utf8')) as Profile;
  const elements = saved.categories.flatMap((category) => category.elements);
  expect(elements.find((element) => element.text.da === 'Respektere målgruppen')).toMatchObject({ marks: { does: 'yes', should: 'yes' }, note: NOTE });
  expect(elements.find((element) => element.text.da === 'Kende metoder for tværprofessionelt samarbejde')).toMatchObject({ marks: { does: 'no', should: 'yes' } });
  expect(saved.questions![0]).toMatchObject({ sourceId: 'i-spil-i-dag', answer: ANSWER });

  // PDF: searchable text under each element, the questions at the end.
  const pdf = await download(page, 'PDF, stående (A4)', info.outputPath.bind(info));
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(pdfText).toContain('Respektere målgruppen Gør vi i dag · Bør fylde mere Note: Kernen i vores arbejde – også på Ærø');
  expect(pdfText).toContain('Kende metoder for tværprofessionelt samarbejde Gør vi ikke i dag · Bør fylde mere');
  expect(pdfText).toContain(`Refleksionsspørgsmål 1. Hvilke af profilens kompetencer er allerede i spil hos jer i dag? ${ANSWER}`);

  // Word: read back by pandoc, with real headings and numbered lists.
  const word = await download(page, 'Word-dokument (DOCX) til at redigere videre', info.outputPath.bind(info));
  expect(word.name).toMatch(/^kontaktperson-plus-\d{4}-\d{2}-\d{2}\.docx$/);
  const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '-s', '--wrap=none', word.path]).toString('utf8');
  expect(markdown).toMatch(/^title: Lokal profil$/m); // Word's Title style is the document's title
  expect(markdown).toMatch(/^# Viden$/m);
  expect(markdown).toMatch(/^# Refleksionsspørgsmål$/m);
  expect(markdown).toMatch(/^1\.\s+Respektere målgruppen$/m);
  const plain = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', word.path]).toString('utf8').replace(/\s+/g, ' ');
  expect(plain).toContain('Rolle: Kontaktperson+');
  expect(plain).toContain('Gør vi i dag · Bør fylde mere');
  expect(plain).toContain(`Note: ${NOTE}`);
  expect(plain).toContain('Styrk: gør vi i dag, bør fylde mere');
  expect(plain).toContain(ANSWER);
});

test('the matrix moves an element with the keyboard, says where, and undo puts it back', async ({ page }) => {
  await startWithFullCopy(page);
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  const handle = page.getByRole('button', { name: 'Flyt: Håndtere data' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]').first()).toContainText('Du har samlet «Håndtere data» op.');
  // From "Ikke afgjort": up to "Fasthold", right to "Lad ligge".
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[id^="DndLiveRegion"]').first()).toContainText('Fasthold');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[id^="DndLiveRegion"]').first()).toContainText('Lad ligge');
  await page.keyboard.press('Space');
  await expect(quadrant(page, /^Lad ligge/).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Flyt: Håndtere data' })).toBeFocused();

  // Enter on the handle opens the dialog, which shows the marks the drop set.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Bør\/Gør og note/ });
  await expect(dialog.getByRole('group', { name: 'Gør vi det i dag?' }).getByLabel('Nej')).toBeChecked();
  await page.keyboard.press('Escape');

  await page.getByRole('toolbar').getByRole('button', { name: 'Fortryd' }).click();
  await expect(quadrant(page, /^Ikke afgjort/).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
});

test('in the matrix, arrow keys pressed as fast as one can type each take the card one area on', async ({ page }) => {
  // A fast keyboard or screen-reader user does not wait for the page: Space, ArrowUp, ArrowRight,
  // Space in one go must land where the same keys pressed slowly land. (The page scrolls to bring
  // "Fasthold" into view on ArrowUp; a key during a smooth scroll was measured mid-scroll.)
  await startWithFullCopy(page);
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  await page.getByRole('button', { name: 'Flyt: Håndtere data' }).focus();
  for (const key of ['Space', 'ArrowUp', 'ArrowRight', 'Space']) await page.keyboard.press(key);
  await expect(quadrant(page, /^Lad ligge/).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
});

test('in a matrix of one card, keys typed at once move from where the last key took the card', async ({ page }) => {
  // Nothing scrolls here: the race is dnd-kit's own. It learns which area the card is over a render
  // after the move, so a key typed in between was measured from, or dropped on, the area before.
  await openFresh(page);
  await card(generic(page), 'Håndtere data').getByRole('button', { name: /^Handlinger for/ }).click();
  await page.getByRole('menuitem', { name: 'Tilføj til Færdigheder i den lokale profil' }).click();
  await page.getByRole('button', { name: 'Bør/Gør-matrix' }).click();
  const handle = page.getByRole('button', { name: 'Flyt: Håndtere data' });
  await handle.focus();
  for (const key of ['Space', 'ArrowUp', 'ArrowRight', 'Space']) await page.keyboard.press(key);
  await expect(quadrant(page, /^Lad ligge/).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
  // From "Lad ligge": up is "Begynd", and left of that "Styrk" (left of "Lad ligge" would be "Fasthold").
  await handle.focus();
  for (const key of ['Space', 'ArrowUp', 'ArrowLeft', 'Space']) await page.keyboard.press(key);
  await expect(quadrant(page, /^Styrk/).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
});

test('marks, notes and answers survive a reload', async ({ page }) => {
  await startWithFullCopy(page);
  await card(local(page), 'Håndtere data').getByRole('button', { name: 'Handlinger for: Håndtere data' }).click();
  await page.getByRole('menuitem', { name: 'Bør/Gør og note …' }).click();
  const dialog = page.getByRole('dialog', { name: /Bør\/Gør og note/ });
  await dialog.getByRole('group', { name: 'Bør det fylde mere?' }).getByLabel('Ja').check();
  await dialog.getByLabel('Note – med jeres egne ord').fill('GDPR først');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await page.reload();
  await expect(card(local(page), 'Håndtere data')).toContainText('Bør fylde mere');
  await expect(card(local(page), 'Håndtere data')).toContainText('GDPR først');
  await page.getByRole('combobox', { name: 'Vis' }).selectOption({ label: 'Det, vi bør styrke' });
  await expect(local(page).getByRole('listitem')).toHaveCount(1);
});

test('the slides download is a zip of 16:9 PNGs at 3840 × 2160: an overview, the categories, the matrix', async ({ page }, info) => {
  test.slow(); // every slide is drawn at 3840 × 2160
  await startWithFullCopy(page);
  await card(local(page), 'Danne relationer').getByRole('button', { name: 'Handlinger for: Danne relationer' }).click();
  await page.getByRole('menuitem', { name: 'Bør/Gør og note …' }).click();
  const dialog = page.getByRole('dialog', { name: /Bør\/Gør og note/ });
  await dialog.getByRole('group', { name: 'Gør vi det i dag?' }).getByLabel('Ja').check();
  await dialog.getByRole('button', { name: 'Gem' }).click();

  const slides = await download(page, 'Slides (PNG 16:9, samlet i en zip)', info.outputPath.bind(info));
  expect(slides.name).toMatch(/^kontaktperson-plus-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(readFileSync(slides.path)));
  const names = Object.keys(files);
  expect(names[0]).toBe('01-overblik.png');
  expect(names).toContain('02-viden.png');
  expect(names.at(-1)).toMatch(/-boer-goer-matrix\.png$/);
  expect(names.some((name) => name.includes('kompetencer'))).toBe(true);
  for (const name of names) {
    const png = files[name]!;
    expect([...png.subarray(0, 8)], name).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)], name).toEqual([3840, 2160]);
  }
  await expect(page.locator('[data-testid="export-poster-host"]')).toHaveCount(0);
});
