/**
 * The PDF export: real, selectable, searchable text in embedded Inter (jsPDF's built-in Helvetica is
 * Latin-1 only and would garble ł ő š č ž), drawn from profile data rather than a screenshot, so it
 * is sharp, small and readable by screen readers. Loaded with import() only when the user exports.
 */
import { jsPDF } from 'jspdf';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import type { Profile } from '../domain/profile';
import { textIn } from '../domain/text';
import { formatDate, languageName } from '../i18n/formatDate';
import type { ExportMarks } from './originMarks';
import { layoutPdf, type Orientation, type PdfLabels } from './pdfLayout';

export type { Orientation, PdfLabels } from './pdfLayout';

export interface PdfOptions {
  orientation: Orientation;
  /** Content language: the profile's text is written in it, with Danish where a text is missing. */
  lang: string;
  /** Language of the labels, for the date and the language's name (Intl). */
  labelLang: string;
  date: Date;
  labels: PdfLabels;
  /** Optional signs for adapted and own elements, with their legend. */
  marks?: ExportMarks;
}

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

/**
 * The language's own name from the profile, else as Intl names it in the labels' language, with a
 * capital as a field value in a document ("Sprog: Dansk"; Danish writes language names in lower case).
 */
function languageLabel(profile: Profile, lang: string, labelLang: string): string {
  const name = profile.languages?.find((language) => language.code === lang)?.name ?? languageName(lang, labelLang);
  return name.charAt(0).toLocaleUpperCase(labelLang) + name.slice(1);
}

/** The profile as an A4 PDF document. */
export async function createPdf(profile: Profile, options: PdfOptions, fonts?: PdfFonts): Promise<Blob> {
  const { regular, bold } = fonts ?? (await loadInterFonts());
  // putOnlyUsedFonts: otherwise the 14 standard fonts are listed too, and PDF checkers flag them as not embedded.
  const doc = new jsPDF({ orientation: options.orientation, unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('Inter-Regular.ttf', binaryString(regular));
  doc.addFileToVFS('Inter-Bold.ttf', binaryString(bold));
  doc.addFont('Inter-Regular.ttf', FONT, 'normal');
  doc.addFont('Inter-Bold.ttf', FONT, 'bold');

  const split = (text: string, width: number, size: number, isBold: boolean): string[] => {
    doc.setFont(FONT, isBold ? 'bold' : 'normal').setFontSize(size);
    return doc.splitTextToSize(text, width) as string[];
  };
  const layout = layoutPdf(
    profile,
    {
      orientation: options.orientation,
      lang: options.lang,
      dateText: formatDate(options.date, options.labelLang),
      languageName: languageLabel(profile, options.lang, options.labelLang),
      labels: options.labels,
      ...(options.marks ? { marks: options.marks } : {}),
    },
    split,
  );

  layout.pages.forEach((ops, i) => {
    if (i > 0) doc.addPage('a4', options.orientation);
    for (const op of ops) {
      if (op.kind === 'rect') {
        doc.setFillColor(op.color).rect(op.x, op.y, op.w, op.h, 'F');
      } else {
        doc.setFont(FONT, op.bold ? 'bold' : 'normal').setFontSize(op.size).setTextColor(op.color);
        doc.text(op.text, op.x, op.y);
      }
    }
  });

  const title = textIn(profile.title, options.lang).text;
  const municipality = profile.municipality?.trim();
  doc.setProperties({
    title: municipality ? `${title} – ${municipality}` : title,
    subject: options.labels.subject,
    ...(municipality ? { author: municipality } : {}),
    creator: 'Profilbygger',
    keywords: profile.categories.map((category) => textIn(category.name, options.lang).text).join(', '),
  });
  // Screen readers pick the voice from /Lang; jsPDF ignores codes it does not list.
  doc.setLanguage(options.lang as Parameters<jsPDF['setLanguage']>[0]);
  // Viewers show the title, not "document.pdf", in their title bar.
  doc.viewerPreferences({ DisplayDocTitle: true });
  return doc.output('blob');
}
