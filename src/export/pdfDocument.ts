/**
 * What every PDF of ours shares: A4 in jsPDF with Inter embedded (jsPDF's built-in Helvetica is
 * Latin-1 only and would garble ł ő š č ž), text measured as jsPDF will draw it, a laid-out page list
 * drawn as it was computed, and the document properties screen readers and viewers use. The profile
 * PDF (pdf.ts) and the summary PDF (summaryPdf.ts) differ only in their pure layout functions.
 */
import { jsPDF } from 'jspdf';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import type { DrawOp, Orientation, SplitText } from './pdfLayout';

/** Inter as TrueType files (binary). Passed in by tests; fetched from the bundle in the browser. */
export interface PdfFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

const FONT = 'Inter';
let fontsPromise: Promise<PdfFonts> | undefined;

/** Fetches the two TTF files once per visit; they are ~340 KB each and only jsPDF needs them. */
export function loadInterFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([regularUrl, boldUrl].map(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
    return response.arrayBuffer();
  })).then(([regular, bold]) => ({ regular: regular!, bold: bold! }));
  fontsPromise.catch(() => (fontsPromise = undefined)); // a failed fetch may succeed on the next try
  return fontsPromise;
}

/** jsPDF's virtual file system stores binary strings; build one in slices to stay under arg limits. */
function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** A new A4 document with Inter embedded, and the text measure that matches it. */
export async function openPdf(orientation: Orientation, fonts?: PdfFonts): Promise<{ doc: jsPDF; split: SplitText }> {
  const { regular, bold } = fonts ?? (await loadInterFonts());
  // putOnlyUsedFonts: otherwise the 14 standard fonts are listed too, and PDF checkers flag them as not embedded.
  const doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('Inter-Regular.ttf', binaryString(regular));
  doc.addFileToVFS('Inter-Bold.ttf', binaryString(bold));
  doc.addFont('Inter-Regular.ttf', FONT, 'normal');
  doc.addFont('Inter-Bold.ttf', FONT, 'bold');
  const split: SplitText = (text, width, size, isBold) => {
    doc.setFont(FONT, isBold ? 'bold' : 'normal').setFontSize(size);
    return doc.splitTextToSize(text, width) as string[];
  };
  return { doc, split };
}

/** Draws laid-out pages: the first into the document's first page, the rest on new ones. */
export function drawPages(doc: jsPDF, pages: DrawOp[][], orientation: Orientation) {
  pages.forEach((ops, i) => {
    if (i > 0) doc.addPage('a4', orientation);
    for (const op of ops) {
      if (op.kind === 'rect') {
        doc.setFillColor(op.color).rect(op.x, op.y, op.w, op.h, 'F');
      } else {
        doc.setFont(FONT, op.bold ? 'bold' : 'normal').setFontSize(op.size).setTextColor(op.color);
        // Bidi isolates around interpolated names (i18n/isolate.ts) have no glyph in a PDF font.
        doc.text(op.text.replace(/[\u2066-\u2069]/g, ''), op.x, op.y);
      }
    }
  });
}

export interface PdfProperties {
  title: string;
  subject: string;
  author?: string;
  keywords: string;
  /** The content language, for the screen reader's voice. */
  lang: string;
}

/** Sets the document properties and returns the file. */
export function finishPdf(doc: jsPDF, { title, subject, author, keywords, lang }: PdfProperties): Blob {
  doc.setProperties({ title, subject, ...(author ? { author } : {}), creator: 'Profilbygger', keywords });
  // Screen readers pick the voice from /Lang; jsPDF ignores codes it does not list.
  doc.setLanguage(lang as Parameters<jsPDF['setLanguage']>[0]);
  // Viewers show the title, not "document.pdf", in their title bar.
  doc.viewerPreferences({ DisplayDocTitle: true });
  return doc.output('blob');
}
