import { describe, expect, it } from 'vitest';
import { layoutPdf, type DrawOp } from '../../src/export/pdfLayout';
import { markedText, type ExportMarks } from '../../src/export/originMarks';
import { smallProfile } from '../domain/fixtures';

const marks: ExportMarks = { byId: { a: 'adapted', c: 'own' }, legend: '* tilpasset fra den generiske profil · ° jeres eget element' };
const split = (text: string) => [text];
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const options = {
  orientation: 'portrait' as const,
  lang: 'da',
  dateText: '26. november 2026',
  languageName: 'Dansk',
  labels: {
    municipality: 'Kommune', date: 'Dato', language: 'Sprog', subject: 'Kompetenceprofil', empty: 'Ingen elementer endnu.', marks: 'Mærker',
    continued: (c: string) => `${c} (fortsat)`, footer: (page: number, pages: number) => `side ${page} af ${pages}`,
  },
};

describe('origin marks in exports (optional)', () => {
  it('signs adapted and own elements and leaves unchanged copies alone', () => {
    expect(markedText('Respektere målgruppen', 'a', marks)).toBe('Respektere målgruppen *');
    expect(markedText('Danne relationer', 'c', marks)).toBe('Danne relationer °');
    expect(markedText('Kende systemet', 'b', marks)).toBe('Kende systemet');
    expect(markedText('Kende systemet', 'a', undefined)).toBe('Kende systemet');
  });

  it('puts the signs and a legend line in the PDF only when asked', () => {
    const withMarks = texts(layoutPdf(smallProfile(), { ...options, marks }, split).pages[0]!);
    expect(withMarks).toEqual(expect.arrayContaining(['Respektere målgruppen *', 'Kende systemet', 'Danne relationer °', 'Mærker', marks.legend]));
    const without = texts(layoutPdf(smallProfile(), options, split).pages[0]!);
    expect(without).toEqual(expect.arrayContaining(['Respektere målgruppen', 'Danne relationer']));
    expect(without).not.toContain('Mærker');
  });
});
