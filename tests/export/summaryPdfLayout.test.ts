import { describe, expect, it } from 'vitest';
import type { DrawOp, SplitText } from '../../src/export/pdfLayout';
import type { SummaryDocument } from '../../src/export/summaryDocument';
import { layoutSummaryPdf, type SummaryPdfOptions } from '../../src/export/summaryPdfLayout';
import { workshopDocument } from './workshopDocument';

/** A stand-in for jsPDF's measuring: 0.2 mm per character per pt, wrapped at word boundaries. */
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

const options: SummaryPdfOptions = {
  genericTitle: 'Kontaktperson+ – generisk kompetenceprofil',
  dateText: '26. november 2026',
  labels: {
    overline: 'Opsummering af gruppernes profiler',
    title: 'Opsummering af 3 grupper',
    comparedWith: 'Sammenlignet med',
    groups: 'Grupper',
    date: 'Dato',
    notAnswered: 'Ikke besvaret',
    footer: (page, pages) => `Lavet med Profilbygger · side ${page} af ${pages}`,
  },
};

const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

/** The workshop document with every list made long (`copies` times its items, the first list `first` items): many pages. */
function longDocument(copies = 8, first?: number): SummaryDocument {
  const doc = workshopDocument();
  return {
    ...doc,
    sections: doc.sections.map((section, s) => ({
      ...section,
      lists: section.lists.map((list, l) => {
        const items = Array.from({ length: copies }, (_, copy) => list.items.map((item) => ({ ...item, key: `${item.key}-${copy}` }))).flat();
        return { ...list, items: s === 0 && l === 0 && first !== undefined ? items.slice(0, first) : items };
      }),
    })),
  };
}

describe('layoutSummaryPdf', () => {
  it('heads the first page with what it is, the groups, the generic profile and the date', () => {
    const first = texts(layoutSummaryPdf(workshopDocument(), options, split).pages[0]!);
    expect(first).toEqual(
      expect.arrayContaining([
        'OPSUMMERING AF GRUPPERNES PROFILER',
        'Opsummering af 3 grupper',
        'Ungekoordinatorerne, Team Nord, Jobcentret',
        'Kontaktperson+ – generisk kompetenceprofil',
        '26. november 2026',
        'Viden',
        'Respektere målgruppen',
        '3 af 3', // the count wraps in its column: this stand-in measure is wide
        'grupper',
      ]),
    );
  });

  it('writes counts, other names, marks, notes and answers', () => {
    const all = layoutSummaryPdf(workshopDocument(), options, split).pages.flatMap(texts).join(' ');
    for (const expected of ['Gør vi det i dag? 2 ja, 1 nej', 'Samarbejde med FGU', 'Note fra Ungekoordinatorerne: FGU skal med', 'Refleksionsspørgsmål', 'Virksomhederne i byen.', 'Ikke besvaret']) {
      expect(all).toContain(expected);
    }
  });

  it('runs over several pages, each with its footer, and keeps everything inside the page', () => {
    const layout = layoutSummaryPdf(longDocument(), options, split);
    expect(layout.pages.length).toBeGreaterThan(3);
    layout.pages.forEach((page, i) => {
      expect(texts(page)).toContain(`Lavet med Profilbygger · side ${i + 1} af ${layout.pages.length}`);
      for (const op of page) expect(op.y).toBeLessThanOrEqual(layout.height - 10);
    });
  });

  // The first list's length moves every later page break, so headings meet the foot of a page somewhere.
  it.each(Array.from({ length: 24 }, (_, first) => first + 1))('keeps an item on one page with its count and details, and never ends a page with a heading (%i)', (first) => {
    const layout = layoutSummaryPdf(longDocument(3, first), options, split);
    const badge = /^\d+ af \d+( grupper)?$/;
    layout.pages.forEach((page) => {
      const body = page.filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text' && op.y < layout.height - 15);
      // The first text of a continuing page is a count (an item's start) or a heading, never a detail line.
      expect(body[0]!.bold).toBe(true);
      // The last body text is never a category or list heading.
      const last = body.at(-1)!;
      expect(['Viden', 'Færdigheder', 'Kompetencer', 'Fra den generiske profil', 'Gruppernes egne elementer']).not.toContain(last.text);
      // Every count on the page has its item text beside it, on the same line.
      for (const op of body.filter((candidate) => badge.test(candidate.text))) {
        expect(body.some((other) => other !== op && Math.abs(other.y - op.y) < 0.01 && other.x > op.x)).toBe(true);
      }
    });
  });
});
