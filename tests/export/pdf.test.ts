import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/formatDate';
import { createPdf, type PdfFonts, type PdfOptions } from '../../src/export/pdf';
import { largeProfile } from './largeProfile';

const fontDir = join(__dirname, '../../node_modules/@expo-google-fonts/inter');
const toBuffer = (path: string) => {
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const fonts: PdfFonts = {
  regular: toBuffer(join(fontDir, '400Regular/Inter_400Regular.ttf')),
  bold: toBuffer(join(fontDir, '700Bold/Inter_700Bold.ttf')),
};

const options: PdfOptions = {
  orientation: 'portrait',
  lang: 'da',
  labelLang: 'da',
  date: new Date(2026, 10, 26),
  labels: {
    municipality: 'Kommune', date: 'Dato', language: 'Sprog', subject: 'Kompetenceprofil',
    empty: 'Ingen elementer endnu.', continued: (c) => `${c} (fortsat)`, footer: (page, pages) => `Lavet med Profilbygger · side ${page} af ${pages}`,
  },
};

/** The PDF as Latin-1 text; with PDF_OUT=dir set, also written there to look at (pdftoppm, pdffonts). */
const pdfText = async (blob: Blob, name: string) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (process.env.PDF_OUT) writeFileSync(join(process.env.PDF_OUT, name), bytes);
  return new TextDecoder('latin1').decode(bytes);
};

describe('createPdf', () => {
  it('writes a multi-page A4 PDF with Inter embedded and the document properties set', async () => {
    const raw = await pdfText(await createPdf(largeProfile(), options, fonts), 'portrait.pdf');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(1);
    expect(raw).toMatch(/\/FontFile2/); // the TTF is embedded (subset), not referenced
    expect(raw).toMatch(/\/BaseFont \/Inter/);
    expect(raw).toContain('/Lang (da)');
    expect(raw).toMatch(/\/Creator \(Profilbygger\)/);
    expect(raw).toMatch(/\/Author \(/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('lays a landscape PDF out on landscape pages', async () => {
    const raw = await pdfText(await createPdf(largeProfile(), { ...options, orientation: 'landscape' }, fonts), 'landscape.pdf');
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
  });
});

describe('formatDate', () => {
  it('writes the right month in the labels’ language', () => {
    expect(formatDate(new Date(2026, 10, 26), 'da')).toBe('26. november 2026');
    expect(formatDate(new Date(2026, 0, 5), 'en')).toMatch(/January/);
    expect(formatDate(new Date(2026, 2, 1), 'de')).toBe('1. März 2026');
  });
});
