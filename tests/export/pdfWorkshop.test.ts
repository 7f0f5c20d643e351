import { describe, expect, it } from 'vitest';
import { annotateElement } from '../../src/domain/marks';
import { answerQuestion } from '../../src/domain/questions';
import type { Profile } from '../../src/domain/profile';
import { layoutPdf, type DrawOp, type PdfLayoutOptions, type SplitText } from '../../src/export/pdfLayout';
import { largeProfile } from './largeProfile';
import { WORKSHOP_LABELS, workshopProfile } from './workshopFixture';

/** 2 mm per character at 10 pt, wrapped at word boundaries (as in pdfLayout.test.ts). */
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

const options = (orientation: 'portrait' | 'landscape', workshop = true): PdfLayoutOptions => ({
  orientation,
  lang: 'da',
  dateText: '26. november 2026',
  languageName: 'Dansk',
  labels: {
    municipality: 'Kommune', date: 'Dato', language: 'Sprog', subject: 'Kompetenceprofil',
    empty: 'Ingen elementer endnu.', continued: (c) => `${c} (fortsat)`, footer: (page, pages) => `side ${page} af ${pages}`,
    ...(workshop ? { workshop: WORKSHOP_LABELS } : {}),
  },
});

const textOps = (pages: DrawOp[][]) => pages.flatMap((page, p) => page.flatMap((op) => (op.kind === 'text' ? [{ ...op, page: p }] : [])));

describe('the PDF with the workshop\'s marks, notes and answers', () => {
  it('puts the marks and the note under their element, and the questions with their answers at the end', () => {
    const texts = textOps(layoutPdf(workshopProfile(), options('portrait'), split).pages).map((op) => op.text);
    const at = (text: string) => texts.indexOf(text);
    expect(at('Gør vi i dag · Bør fylde mere')).toBe(at('Respektere målgruppen') + 1);
    expect(at('Note: Kernen i vores arbejde')).toBe(at('Respektere målgruppen') + 2);
    expect(at('Gør vi ikke i dag · Bør ikke fylde mere')).toBe(at('Danne relationer') + 1);
    expect(texts.slice(at('Refleksionsspørgsmål'))).toEqual([
      'Refleksionsspørgsmål',
      '1.', 'Hvilke kompetencer er i spil i dag?', 'Relationer og vejledning', 'og kædeansvar',
      '2.', 'Hvem mangler i kædeansvaret?', 'Ikke besvaret',
      'side 1 af 1',
    ]);
  });

  it('leaves them out without the workshop labels, as before', () => {
    const texts = textOps(layoutPdf(workshopProfile(), options('portrait', false), split).pages).map((op) => op.text);
    expect(texts).not.toContain('Refleksionsspørgsmål');
    expect(texts.some((text) => text.includes('Gør vi'))).toBe(false);
  });

  it.each(['portrait', 'landscape'] as const)('never separates an element from its marks and note (%s)', (orientation) => {
    let profile: Profile = largeProfile(30);
    for (const category of profile.categories) {
      for (const element of category.elements) profile = annotateElement(profile, element.id, { does: 'yes', should: 'no' }, 'En note på to linjer\nsom hører til elementet');
    }
    profile = { ...profile, questions: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, text: { da: `Spørgsmål nummer ${i + 1} om kædeansvaret` } })) };
    profile = answerQuestion(profile, 'q3', 'Et svar');
    const layout = layoutPdf(profile, options(orientation), split);
    const ops = textOps(layout.pages);
    ops.forEach((op, i) => {
      if (op.text !== 'Gør vi i dag · Bør ikke fylde mere') return;
      const element = ops[i - 1]!; // the element's (last) line
      expect([op.page, Math.round(op.x - element.x)]).toEqual([element.page, 0]);
      const note = ops[i + 1]!;
      expect([note.page, note.x, note.text]).toEqual([op.page, op.x, 'Note: En note på to linjer']);
    });
    // Every question is on the same page and column as its answer's first line.
    ops.forEach((op, i) => {
      if (!/^Spørgsmål nummer/.test(op.text)) return;
      const answer = ops[i + 1]!;
      expect([answer.page, answer.x]).toEqual([op.page, op.x]);
    });
    for (const op of ops) expect(op.y).toBeLessThanOrEqual(layout.height - 10);
  });
});
