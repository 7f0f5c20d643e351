/**
 * One export, by format: a closed union and an exhaustive switch, so a new format cannot be half
 * wired. Every heavy module (jsPDF, html-to-image, fonts, the poster) is loaded here with import(),
 * only when the user exports, so the first load of the app stays light.
 */
import type { TFunction } from 'i18next';
import type { Profile } from '../../domain/profile';
// Small, and shared with the translate view's chunk: not worth a dynamic import of its own.
import { formatDate } from '../../i18n/formatDate';
import type { ExportMarks } from '../../export/originMarks';
import { measurePoster } from './measurePoster';
import { mountPoster } from './mountPoster';
import { workshopLabels } from './workshopLabels';
import type { ExportFormat } from './exportFormats';

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

/** One file of an export; a poster in pages is several, each `part` of `count`. */
export interface ExportFile {
  blob: Blob;
  part?: { number: number; count: number };
}

/** Makes the file(s) for one format; rejects when the browser or a library fails. */
export async function createExport(format: ExportFormat, request: ExportRequest): Promise<ExportFile[]> {
  if (format === 'png') return createPosterFiles(request);
  return [{ blob: await createFile(format, request) }];
}

/**
 * The PNG poster: one image, or, when it would be taller than a sharp image can be, one image per
 * page (each carrying the whole profile, so any page can be imported).
 */
async function createPosterFiles({ profile, lang, date, t, labelLang, marks }: ExportRequest): Promise<ExportFile[]> {
  const [{ createPosterPng, MAX_POSTER_HEIGHT }, { ExportPoster }, { posterPages }] = await Promise.all([
    import('../../export/png'),
    import('./ExportPoster'),
    import('../../export/posterPages'),
  ]);
  const labels = { date: formatDate(date, labelLang), footer: t('export.poster.footer'), empty: t('export.pdf.empty'), workshop: workshopLabels(t) };
  const whole = mountPoster(<ExportPoster profile={profile} lang={lang} labels={labels} marks={marks} />);
  let pages;
  try {
    if (whole.node.offsetHeight <= MAX_POSTER_HEIGHT) return [{ blob: await createPosterPng(whole.node, profile) }];
    pages = posterPages(measurePoster(whole.node), MAX_POSTER_HEIGHT);
  } finally {
    whole.unmount();
  }
  const files: ExportFile[] = [];
  for (const [index, page] of pages.entries()) {
    const part = { number: index + 1, count: pages.length };
    const shown = {
      ...profile,
      categories: profile.categories
        .map((category, c) => ({ ...category, elements: (page[c] ?? []).map((e) => category.elements[e]!) }))
        // The first page shows every category; later ones only those that continue there.
        .filter((category) => index === 0 || category.elements.length > 0),
      // The reflection questions close the poster: on its last page only.
      questions: index === pages.length - 1 ? profile.questions : [],
    };
    const poster = mountPoster(<ExportPoster profile={shown} lang={lang} labels={{ ...labels, page: t('export.poster.page', { page: part.number, pages: part.count }) }} marks={marks} />);
    try {
      files.push({ blob: await createPosterPng(poster.node, profile), part });
    } finally {
      poster.unmount();
    }
  }
  return files;
}

async function createFile(format: Exclude<ExportFormat, 'png'>, { profile, lang, date, t, labelLang, marks }: ExportRequest): Promise<Blob> {
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
          workshop: workshopLabels(t),
        },
      });
    }
    case 'docx': {
      const { createDocx } = await import('../../export/docx');
      return createDocx(profile, {
        lang,
        labelLang,
        date,
        subject: t('export.pdf.subject'),
        labels: {
          role: t('export.word.role'),
          municipality: t('export.pdf.municipality'),
          date: t('export.pdf.date'),
          language: t('export.pdf.language'),
          empty: t('export.pdf.empty'),
          footer: t('export.poster.footer'),
          workshop: workshopLabels(t),
        },
      });
    }
    case 'slides': {
      const { createSlides } = await import('./createSlides');
      return createSlides(profile, lang, date, t, labelLang);
    }
    case 'json': {
      const { profileJsonBlob } = await import('../../export/json');
      return profileJsonBlob(profile);
    }
  }
}
