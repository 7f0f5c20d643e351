import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDocx } from '../../src/export/docx';
import { wordBlocks, type WordLabels } from '../../src/export/wordDocument';
import { smallProfile } from '../domain/fixtures';
import { WORKSHOP_LABELS, workshopProfile } from './workshopFixture';

const labels: WordLabels = {
  role: 'Rolle',
  municipality: 'Kommune',
  date: 'Dato',
  language: 'Sprog',
  empty: 'Ingen elementer endnu.',
  footer: 'Lavet med Profilbygger',
  workshop: WORKSHOP_LABELS,
};
const options = { lang: 'da', dateText: '26. november 2026', languageName: 'Dansk', labels };

describe('wordBlocks', () => {
  it('opens with the title, then role, municipality, date and language', () => {
    expect(wordBlocks(workshopProfile(), options).slice(0, 5)).toEqual([
      { kind: 'title', text: 'Testprofil' },
      { kind: 'field', label: 'Rolle', value: 'Ungekoordinator' },
      { kind: 'field', label: 'Kommune', value: 'Helsingør Kommune' },
      { kind: 'field', label: 'Dato', value: '26. november 2026' },
      { kind: 'field', label: 'Sprog', value: 'Dansk' },
    ]);
  });

  it('gives each category a heading and a numbered list of its own, with marks and notes under the items', () => {
    const blocks = wordBlocks(workshopProfile(), options);
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Viden' });
    expect(blocks).toContainEqual({
      kind: 'item', list: 0, text: 'Respektere målgruppen', marks: 'Gør vi i dag · Bør fylde mere', note: 'Kernen i vores arbejde', noteLabel: 'Note',
    });
    expect(blocks).toContainEqual({ kind: 'item', list: 0, text: 'Kende systemet' });
    expect(blocks).toContainEqual({ kind: 'item', list: 1, text: 'Danne relationer', marks: 'Gør vi ikke i dag · Bør ikke fylde mere' });
  });

  it('adds the matrix by quadrant and the questions with the answers, one paragraph per line', () => {
    const blocks = wordBlocks(workshopProfile(), options);
    const at = (block: object) => blocks.findIndex((b) => JSON.stringify(b) === JSON.stringify(block));
    expect(at({ kind: 'heading', level: 2, text: 'Styrk' })).toBeLessThan(at({ kind: 'bullet', text: 'Respektere målgruppen' }));
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Lad ligge' });
    expect(blocks).not.toContainEqual({ kind: 'heading', level: 2, text: 'Begynd' }); // empty quadrants are left out
    const questions = blocks.slice(at({ kind: 'heading', level: 1, text: 'Refleksionsspørgsmål' }));
    expect(questions).toEqual([
      { kind: 'heading', level: 1, text: 'Refleksionsspørgsmål' },
      { kind: 'heading', level: 2, text: '1. Hvilke kompetencer er i spil i dag?' },
      { kind: 'paragraph', text: 'Relationer og vejledning' },
      { kind: 'paragraph', text: 'og kædeansvar' },
      { kind: 'heading', level: 2, text: '2. Hvem mangler i kædeansvaret?' },
      { kind: 'paragraph', text: 'Ikke besvaret', style: 'muted' },
    ]);
  });

  it('writes the profile language, Danish where a text is not translated', () => {
    const blocks = wordBlocks(workshopProfile(), { ...options, lang: 'en' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Knowledge' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: '1. Which competences are in play today?' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: '2. Hvem mangler i kædeansvaret?' });
  });

  it('has no matrix and no questions section for a profile without marks or questions', () => {
    const blocks = wordBlocks(smallProfile(), options);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Viden', 'Kompetencer']);
  });
});

describe('createDocx', () => {
  it('is a Word file with real Title and Heading styles, numbered lists, and the texts', async () => {
    const blob = await createDocx(workshopProfile(), { lang: 'da', labelLang: 'da', date: new Date('2026-11-26T09:30:00'), labels, subject: 'Kompetenceprofil' });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:numPr>');
    for (const text of ['Testprofil', 'Helsingør Kommune', '26. november 2026', 'Kernen i vores arbejde', 'Gør vi i dag · Bør fylde mere', 'og kædeansvar']) {
      expect(xml).toContain(text);
    }
    expect(strFromU8(files['docProps/core.xml']!)).toContain('Testprofil – Helsingør Kommune');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:lang w:val="da"');
  });
});
