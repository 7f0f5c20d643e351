/**
 * The export formats as the menu and the status line name them: a closed union, each format's file
 * extension and variant. Apart from createExport.tsx so the header's menu does not carry the code
 * that makes the files (loaded with import() on the first export, first load ≤ 150 KB, issue 8).
 */
import type { TFunction } from 'i18next';

export type ExportFormat = 'pdf-portrait' | 'pdf-landscape' | 'docx' | 'slides' | 'png' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf-portrait', 'pdf-landscape', 'docx', 'slides', 'png', 'json'];

export function extensionOf(format: ExportFormat): 'pdf' | 'docx' | 'zip' | 'png' | 'json' {
  switch (format) {
    case 'pdf-portrait':
    case 'pdf-landscape':
      return 'pdf';
    case 'docx':
      return 'docx';
    case 'slides':
      return 'zip';
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
    case 'docx':
    case 'slides':
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
