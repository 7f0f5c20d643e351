import { describe, expect, it } from 'vitest';
import { layoutPdf, type DrawOp, type PdfLayoutOptions, type SplitText } from '../../src/export/pdfLayout';
import { smallProfile } from '../domain/fixtures';
import { largeProfile } from './largeProfile';

/** A stand-in for jsPDF's measuring: 2 mm per character at 10 pt, wrapped at word boundaries. */
const split: SplitText = (text, width, size) => {
  const perLine = Math.max(1, Math.floor(width / (0.2 * size)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
};

const options = (orientation: 'portrait' | 'landscape'): PdfLayoutOptions => ({
  orientation,
  lang: 'da',
  dateText: '26. november 2026',
  languageName: 'Dansk',
  labels: {
    municipality: 'Kommune', date: 'Dato', language: 'Sprog', subject: 'Kompetenceprofil',
    empty: 'Ingen elementer endnu.', continued: (c) => `${c} (fortsat)`, footer: (page, pages) => `Lavet med Profilbygger · side ${page} af ${pages}`,
  },
});

const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

describe('layoutPdf', () => {
  it('puts title, municipality, date and language on the first page', () => {
    const profile = { ...smallProfile(), municipality: 'Helsingør Kommune' };
    const first = texts(layoutPdf(profile, options('portrait'), split).pages[0]!);
    expect(first).toEqual(expect.arrayContaining(['Testprofil', 'Helsingør Kommune', '26. november 2026', 'Dansk', 'Viden', 'Kompetencer']));
  });

  it('runs a long profile over several pages, each with “page x of y”', () => {
    const layout = layoutPdf(largeProfile(), options('portrait'), split);
    expect(layout.pages.length).toBeGreaterThan(1);
    layout.pages.forEach((page, i) => expect(texts(page)).toContain(`Lavet med Profilbygger · side ${i + 1} af ${layout.pages.length}`));
  });

  it.each(['portrait', 'landscape'] as const)('never splits an element across a page or column (%s)', (orientation) => {
    const layout = layoutPdf(largeProfile(), options(orientation), split);
    expect(layout.width).toBe(orientation === 'portrait' ? 210 : 297);
    for (const page of layout.pages) {
      // Each element starts with its number; all its lines follow in the same column before the next number.
      for (const op of page) expect(op.y).toBeLessThanOrEqual(layout.height - 10); // inside the page, footer included
    }
    // In drawing order, every line of element text sits on the page and in the column of its number.
    let owner: { page: number; x: number } | undefined;
    let lines = 0;
    layout.pages.forEach((page, p) => {
      for (const op of page) {
        if (op.kind !== 'text' || op.size !== 10.5) continue;
        if (/^\d+\.$/.test(op.text)) owner = { page: p, x: op.x };
        else if (op.color === '#1a1a1a') {
          expect({ page: p, x: op.x }).toEqual({ page: owner!.page, x: owner!.x + 7 });
          lines += 1;
        }
      }
    });
    expect(lines).toBeGreaterThan(72);
  });

  it('never leaves a category heading alone at the bottom of a page', () => {
    const layout = layoutPdf(largeProfile(), options('portrait'), split);
    for (const page of layout.pages) {
      const rects = page.filter((op) => op.kind === 'rect' && op.h > 1);
      for (const rect of rects) expect(rect.y).toBeLessThan(layout.height - 24 - 20);
    }
  });

  it('says so when a category has no elements yet', () => {
    const profile = smallProfile();
    profile.categories[1]!.elements = [];
    expect(texts(layoutPdf(profile, options('portrait'), split).pages[0]!)).toContain('Ingen elementer endnu.');
  });

  it('writes the content language, falling back to Danish per text', () => {
    const first = texts(layoutPdf(smallProfile(), { ...options('portrait'), lang: 'en' }, split).pages[0]!);
    expect(first).toEqual(expect.arrayContaining(['Knowledge', 'Respect the target group', 'Kende systemet', 'Kompetencer']));
  });
});

describe('layoutPdf continuation', () => {
  it('repeats the category name at the top of a page that continues it', () => {
    const layout = layoutPdf(largeProfile(), options('portrait'), split);
    expect(texts(layout.pages[1]!)[0]).toBe('Viden (fortsat)');
  });
});
