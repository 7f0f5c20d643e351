/** "Hent PDF" in the summary: one PDF at a time, its state for the status line; jsPDF and the fonts load on demand. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../export/download';
import { localIsoDate, slugify } from '../../export/fileName';
import type { SummaryDocument } from '../../export/summaryDocument';
import { formatDate } from '../../i18n/formatDate';

type PdfState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

export function useSummaryPdf() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (doc: SummaryDocument, genericTitle: string, lang: string) => {
      if (running.current) return;
      running.current = true;
      setState({ kind: 'busy' });
      const date = new Date();
      try {
        const { createSummaryPdf } = await import('../../export/summaryPdf');
        const blob = await createSummaryPdf(doc, {
          genericTitle,
          dateText: formatDate(date, i18n.language),
          lang,
          labels: {
            overline: t('summary.pdfOverline'),
            title: t('summary.slidesTitle', { count: doc.groups.length }),
            comparedWith: t('summary.comparedWith'),
            groups: t('summary.groupsLabel'),
            date: t('export.pdf.date'),
            notAnswered: t('summary.notAnswered'),
            footer: (page, pages) => t('export.pdf.footer', { page, pages }),
          },
        });
        const fileName = `${slugify(t('summary.fileName', { count: doc.groups.length }))}-${localIsoDate(date)}.pdf`;
        downloadBlob(blob, fileName);
        setState({ kind: 'done', fileName });
      } catch (error) {
        console.error('Summary PDF failed', error);
        setState({ kind: 'failed' });
      } finally {
        running.current = false;
      }
    },
    [t, i18n],
  );
  return { state, run };
}
