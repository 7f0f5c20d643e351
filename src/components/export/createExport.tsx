/**
 * One export, by format: a closed union and an exhaustive switch, so a new format cannot be half
 * wired. Every heavy module (jsPDF, html-to-image, fonts, the poster) is loaded here with import(),
 * only when the user exports, so the first load of the app stays light.
 */
import type { TFunction } from 'i18next';
import type { Profile } from '../../domain/profile';
// Small and already in the first load (the translate view uses it), so not worth a dynamic import.
import { formatDate } from '../../i18n/formatDate';
import type { ExportMarks } from '../../export/originMarks';
import { mountPoster } from './mountPoster';

export type ExportFormat = 'pdf-portrait' | 'pdf-landscape' | 'png' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf-portrait', 'pdf-landscape', 'png', 'json'];

export function extensionOf(format: ExportFormat): 'pdf' | 'png' | 'json' {
  switch (format) {
    case 'pdf-portrait':
    case 'pdf-landscape':
      return 'pdf';
    case 'png':
      return 'png';
    case 'json':
      return 'json';
  }
}

/** The variant a file name must tell apart: the two PDFs share a format and an extension. */
export function variantOf(format: ExportFormat): 'portrait' | 'landscape' | undefined {
  switch (format) {
    case 'pdf-portrait':
      return 'portrait';
    case 'pdf-landscape':
      return 'landscape';
    case 'png':
    case 'json':
      return undefined;
  }
}

/** The variant as a file name says it, in the labels' language ("liggende", "landscape"), or undefined. */
export function variantLabel(format: ExportFormat, t: TFunction): string | undefined {
  switch (variantOf(format)) {
    case 'portrait':
      return t('export.variant.portrait');
    case 'landscape':
      return t('export.variant.landscape');
    case undefined:
      return undefined;
  }
}

export interface ExportRequest {
  profile: Profile;
  /** Content language of the profile's text. */
  lang: string;
  date: Date;
  /** Translates the labels, in `labelLang` (the content language when the UI has it). */
  t: TFunction;
  labelLang: string;
  /** Optional signs for adapted and own elements (PDF and PNG), with their legend. */
  marks?: ExportMarks;
}

/** Makes the file for one format; rejects when the browser or a library fails. */
export async function createExport(format: ExportFormat, { profile, lang, date, t, labelLang, marks }: ExportRequest): Promise<Blob> {
  switch (format) {
    case 'pdf-portrait':
    case 'pdf-landscape': {
      const { createPdf } = await import('../../export/pdf');
      return createPdf(profile, {
        orientation: format === 'pdf-portrait' ? 'portrait' : 'landscape',
        lang,
        labelLang,
        date,
        ...(marks ? { marks } : {}),
        labels: {
          marks: t('export.pdf.marks'),
          municipality: t('export.pdf.municipality'),
          date: t('export.pdf.date'),
          language: t('export.pdf.language'),
          subject: t('export.pdf.subject'),
          empty: t('export.pdf.empty'),
          continued: (category) => t('export.pdf.continued', { category }),
          footer: (page, pages) => t('export.pdf.footer', { page, pages }),
        },
      });
    }
    case 'png': {
      const [{ createPosterPng }, { ExportPoster }] = await Promise.all([import('../../export/png'), import('./ExportPoster')]);
      const labels = { date: formatDate(date, labelLang), footer: t('export.poster.footer'), empty: t('export.pdf.empty') };
      const poster = mountPoster(<ExportPoster profile={profile} lang={lang} labels={labels} marks={marks} />);
      try {
        return await createPosterPng(poster.node, profile);
      } finally {
        poster.unmount();
      }
    }
    case 'json': {
      const { profileJsonBlob } = await import('../../export/json');
      return profileJsonBlob(profile);
    }
  }
}
