/**
 * The PDF export: real, selectable, searchable text in embedded Inter, drawn from profile data
 * rather than a screenshot, so it is sharp, small and readable by screen readers. Loaded with
 * import() only when the user exports. The document itself (fonts, drawing, properties) is
 * pdfDocument.ts, shared with the summary PDF.
 */
import type { Profile } from '../domain/profile';
import { textIn } from '../domain/text';
import { formatDate, languageName } from '../i18n/formatDate';
import { drawPages, finishPdf, openPdf, type PdfFonts } from './pdfDocument';
import type { ExportMarks } from './originMarks';
import { layoutPdf, type Orientation, type PdfLabels } from './pdfLayout';

export type { Orientation, PdfLabels } from './pdfLayout';
export type { PdfFonts } from './pdfDocument';
export { loadInterFonts } from './pdfDocument';

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
  const { doc, split } = await openPdf(options.orientation, fonts);
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

  drawPages(doc, layout.pages, options.orientation);

  const title = textIn(profile.title, options.lang).text;
  const municipality = profile.municipality?.trim();
  return finishPdf(doc, {
    title: municipality ? `${title} – ${municipality}` : title,
    subject: options.labels.subject,
    author: municipality,
    keywords: profile.categories.map((category) => textIn(category.name, options.lang).text).join(', '),
    lang: options.lang,
  });
}
