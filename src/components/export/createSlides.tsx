/**
 * Draws the slides export: plans the deck (pure), mounts each slide off-screen in turn, draws it,
 * and zips them. One at a time, so only one 1920 × 1080 view is ever in the page. Loaded with
 * import() when the user chooses slides, together with the slide view and its styles.
 */
import type { TFunction } from 'i18next';
import type { Profile } from '../../domain/profile';
import { planDeck, slideFileNames } from '../../export/slideDeck';
import { renderSlidePng, zipSlides } from '../../export/slides';
import { formatDate } from '../../i18n/formatDate';
import { ExportSlide, type SlideLabels } from './ExportSlide';
import { mountPoster } from './mountPoster';
import { workshopLabels } from './workshopLabels';

export async function createSlides(profile: Profile, lang: string, date: Date, t: TFunction, labelLang: string): Promise<Blob> {
  const deck = planDeck(profile, lang);
  const labels: SlideLabels = {
    date: formatDate(date, labelLang),
    footer: t('export.poster.footer'),
    empty: t('export.pdf.empty'),
    emptyQuadrant: t('matrix.empty'),
    page: (page, pages) => t('present.page', { page, pages }),
    count: (count) => t('present.count', { count }),
    more: (count) => t('export.slides.more', { count }),
    workshop: workshopLabels(t),
  };
  const names = slideFileNames(deck, lang, { overview: t('present.overview'), matrix: t('matrix.title'), questions: t('questions.title') });
  const files: { name: string; png: Uint8Array }[] = [];
  for (const [i, slide] of deck.entries()) {
    const mounted = mountPoster(<ExportSlide slide={slide} profile={profile} lang={lang} labels={labels} number={i + 1} total={deck.length} />);
    try {
      files.push({ name: names[i]!, png: await renderSlidePng(mounted.node) });
    } finally {
      mounted.unmount();
    }
  }
  return zipSlides(files);
}
