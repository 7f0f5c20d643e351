/** The summary of all groups as an A4 PDF: the shared document code, the summary's own layout. Loaded on demand. */
import { drawPages, finishPdf, openPdf, type PdfFonts } from './pdfDocument';
import type { SummaryDocument } from './summaryDocument';
import { layoutSummaryPdf, type SummaryPdfOptions } from './summaryPdfLayout';

export async function createSummaryPdf(doc: SummaryDocument, options: SummaryPdfOptions & { lang: string }, fonts?: PdfFonts): Promise<Blob> {
  const { doc: pdf, split } = await openPdf('portrait', fonts);
  drawPages(pdf, layoutSummaryPdf(doc, options, split).pages, 'portrait');
  return finishPdf(pdf, {
    title: options.labels.title,
    subject: options.labels.overline,
    keywords: doc.sections.map((section) => section.heading.text).join(', '),
    lang: options.lang,
  });
}
