/** Measures a laid-out export poster for posterPages: the frame around the columns, and each column's parts. */
import type { PosterMeasure } from '../../export/posterPages';

export function measurePoster(poster: HTMLElement): PosterMeasure {
  const columns = poster.querySelector<HTMLElement>('.poster__categories');
  const sections = [...poster.querySelectorAll<HTMLElement>('.poster__category')];
  const categories = sections.map((section) => {
    const items = [...section.querySelectorAll<HTMLElement>('.poster__element')];
    const list = section.querySelector<HTMLElement>('.poster__elements');
    return { heading: section.offsetHeight - (list?.offsetHeight ?? 0), elements: items.map((item) => item.offsetHeight) };
  });
  const list = poster.querySelector<HTMLElement>('.poster__elements');
  const gap = list ? parseFloat(getComputedStyle(list).rowGap) || 0 : 0;
  return { frame: poster.offsetHeight - (columns?.offsetHeight ?? 0), gap, categories };
}
