/**
 * What the presentation shows, step by step, as pure data: an overview slide, then one slide per
 * category (long categories split over several pages), and where the keys go next. No React, no DOM,
 * so the stepping rules are tested on their own.
 */
import { hasMarks } from '../../../domain/marks';
import type { Category, Profile, ProfileElement } from '../../../domain/profile';
import { textIn } from '../../../domain/text';

export type Slide =
  | { kind: 'overview'; full: boolean }
  | { kind: 'category'; category: Category; page: number; pages: number; elements: ProfileElement[] }
  /** The Bør / Gør matrix, last, once the groups have marked anything. */
  | { kind: 'matrix' };

/** At most this many elements on one slide; more are paged, so text never has to shrink to dust. */
export const MAX_PER_SLIDE = 10;
/** Text per slide, in characters; a short text counts as MIN_WEIGHT (it still takes a row). */
export const MAX_WEIGHT_PER_SLIDE = 700;
const MIN_WEIGHT = 40;
/** The overview lists every element only while that stays readable; otherwise it shows counts. */
export const OVERVIEW_MAX_ELEMENTS = 30;
export const OVERVIEW_MAX_WEIGHT = 1800;

const weightOf = (element: ProfileElement, lang: string) => Math.max(MIN_WEIGHT, textIn(element.text, lang).text.length);

/** Splits a category's elements into pages: few and evenly filled, none above the limits. */
export function pageElements(elements: ProfileElement[], lang: string): ProfileElement[][] {
  return pageByWeight(elements, (element) => weightOf(element, lang));
}

/**
 * Splits items into slides: as few as the limits allow (MAX_PER_SLIDE items, MAX_WEIGHT_PER_SLIDE
 * characters), evenly filled. `weight` is an item's text length; short items count as MIN_WEIGHT.
 * The summary's slides page with it too.
 */
export function pageByWeight<T>(items: T[], weight: (item: T) => number): T[][] {
  if (items.length === 0) return [[]];
  const weightOfItem = (item: T) => Math.max(MIN_WEIGHT, weight(item));
  const total = items.reduce((sum, item) => sum + weightOfItem(item), 0);
  const estimate = Math.max(Math.ceil(items.length / MAX_PER_SLIDE), Math.ceil(total / MAX_WEIGHT_PER_SLIDE));
  const perPage = Math.ceil(items.length / estimate);
  const pages: T[][] = [];
  let page: T[] = [];
  let pageWeight = 0;
  for (const item of items) {
    const w = weightOfItem(item);
    if (page.length > 0 && (page.length >= perPage || pageWeight + w > MAX_WEIGHT_PER_SLIDE)) {
      pages.push(page);
      page = [];
      pageWeight = 0;
    }
    page.push(item);
    pageWeight += w;
  }
  pages.push(page);
  return pages;
}

/** The slides of a profile in `lang`: the overview first, then every category's pages in order, then the matrix if marked. */
export function slidesOf(profile: Profile, lang: string): Slide[] {
  const all = profile.categories.flatMap((category) => category.elements);
  const totalWeight = all.reduce((sum, element) => sum + weightOf(element, lang), 0);
  const full = all.length <= OVERVIEW_MAX_ELEMENTS && totalWeight <= OVERVIEW_MAX_WEIGHT;
  return [
    { kind: 'overview', full },
    ...profile.categories.flatMap((category) => {
      const pages = pageElements(category.elements, lang);
      return pages.map((elements, page) => ({ kind: 'category' as const, category, page, pages: pages.length, elements }));
    }),
    ...(hasMarks(profile) ? [{ kind: 'matrix' as const }] : []),
  ];
}

/**
 * Where the presentation stands: the slide, and in "one at a time" mode how many of its elements are
 * shown (outside that mode every element is shown, whatever `shown` says).
 */
export interface Position {
  slide: number;
  shown: number;
}

const countOn = (slide: Slide | undefined) => (slide?.kind === 'category' ? slide.elements.length : 0);

export function firstPosition(): Position {
  return { slide: 0, shown: 0 };
}

export function lastPosition(slides: Slide[]): Position {
  const slide = Math.max(0, slides.length - 1);
  return { slide, shown: countOn(slides[slide]) };
}

/** One step on: the next element when revealing one at a time, else the next slide. Stops at the end. */
export function nextPosition(slides: Slide[], at: Position, reveal: boolean): Position {
  if (reveal && at.shown < countOn(slides[at.slide])) return { slide: at.slide, shown: at.shown + 1 };
  if (at.slide >= slides.length - 1) return at;
  const slide = at.slide + 1;
  return { slide, shown: reveal ? 0 : countOn(slides[slide]) };
}

/** One step back: hides the last shown element when revealing, else the previous slide, complete. */
export function previousPosition(slides: Slide[], at: Position, reveal: boolean): Position {
  if (reveal && at.shown > 0) return { slide: at.slide, shown: at.shown - 1 };
  if (at.slide <= 0) return at;
  const slide = at.slide - 1;
  return { slide, shown: countOn(slides[slide]) };
}

/** A position that exists in `slides`, for when the profile or the language changed under it. */
export function clampPosition(slides: Slide[], at: Position): Position {
  const slide = Math.min(Math.max(0, at.slide), slides.length - 1);
  return { slide, shown: Math.min(at.shown, countOn(slides[slide])) };
}
