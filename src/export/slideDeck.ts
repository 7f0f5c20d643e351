/**
 * The slides export as plain data: which slides there are and what each holds. An overview, then
 * every category (paged when long, so text stays large), the Bør / Gør matrix when anything is
 * marked, and the answered reflection questions. Pure, so the paging rules are tested on their own;
 * the drawing is done by the slide view at a fixed 16:9 size.
 */
import { hasMarks } from '../domain/marks';
import type { Category, Profile, ProfileElement } from '../domain/profile';
import { textIn } from '../domain/text';
import { slugify } from './fileName';
import { shownQuestions, type ShownQuestion } from './workshopText';

/** 16:9 in CSS pixels; drawn at 2×, so 3840 × 2160 pixels: sharp on any projector. */
export const SLIDE = { width: 1920, height: 1080, pixelRatio: 2 } as const;

/** At most this many elements on a category slide, and this much text (notes count too). */
export const MAX_ELEMENTS_PER_SLIDE = 8;
export const MAX_WEIGHT_PER_SLIDE = 560;
/** A short text still takes a row. */
const MIN_WEIGHT = 45;
export const MAX_QUESTIONS_PER_SLIDE = 3;
export const MAX_QUESTION_WEIGHT_PER_SLIDE = 900;

export type DeckSlide =
  | { kind: 'overview' }
  | { kind: 'category'; category: Category; page: number; pages: number; elements: ProfileElement[]; weight: number }
  | { kind: 'matrix' }
  | { kind: 'questions'; page: number; pages: number; questions: ShownQuestion[] };

const weightOfElement = (element: ProfileElement, lang: string) =>
  Math.max(MIN_WEIGHT, textIn(element.text, lang).text.length) + (element.note ? Math.ceil(element.note.length * 0.6) : 0) + (element.marks ? 15 : 0);
const weightOfQuestion = (question: ShownQuestion) => question.text.length + question.answer.length;

/** Splits items into pages of at most `max` items and `maxWeight` (an item heavier than that goes alone), evenly filled. */
export function pageBy<T>(items: T[], weightOf: (item: T) => number, max: number, maxWeight: number): T[][] {
  if (items.length === 0) return [[]];
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  const estimate = Math.max(Math.ceil(items.length / max), Math.ceil(total / maxWeight));
  const perPage = Math.ceil(items.length / estimate);
  const pages: T[][] = [];
  let page: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = weightOf(item);
    if (page.length > 0 && (page.length >= perPage || weight + w > maxWeight)) {
      pages.push(page);
      page = [];
      weight = 0;
    }
    page.push(item);
    weight += w;
  }
  pages.push(page);
  return pages;
}

export function planDeck(profile: Profile, lang: string): DeckSlide[] {
  const slides: DeckSlide[] = [{ kind: 'overview' }];
  for (const category of profile.categories) {
    const weigh = (element: ProfileElement) => weightOfElement(element, lang);
    const pages = pageBy(category.elements, weigh, MAX_ELEMENTS_PER_SLIDE, MAX_WEIGHT_PER_SLIDE);
    pages.forEach((elements, page) =>
      slides.push({ kind: 'category', category, page, pages: pages.length, elements, weight: elements.reduce((sum, e) => sum + weigh(e), 0) }),
    );
  }
  if (hasMarks(profile)) slides.push({ kind: 'matrix' });
  const answered = shownQuestions(profile, lang).filter((question) => question.answer !== '');
  if (answered.length > 0) {
    const pages = pageBy(answered, weightOfQuestion, MAX_QUESTIONS_PER_SLIDE, MAX_QUESTION_WEIGHT_PER_SLIDE);
    pages.forEach((questions, page) => slides.push({ kind: 'questions', page, pages: pages.length, questions }));
  }
  return slides;
}

/**
 * Element text size on a category slide, in CSS pixels: 40 px normally, smaller only as far as a
 * heavy page needs, never below 28 px (still readable from the back at 1920 × 1080).
 */
export function elementFontSize(slide: Extract<DeckSlide, { kind: 'category' }>): number {
  const base = 40;
  if (slide.weight <= MAX_WEIGHT_PER_SLIDE * 0.7) return base;
  return Math.max(28, Math.round(base * Math.sqrt((MAX_WEIGHT_PER_SLIDE * 0.7) / slide.weight)));
}

/** File names in the zip, in order: "01-overblik.png", "02-viden.png", "03-viden-2.png" … */
export function slideFileNames(deck: DeckSlide[], lang: string, words: { overview: string; matrix: string; questions: string }): string[] {
  const width = String(deck.length).length < 2 ? 2 : String(deck.length).length;
  return deck.map((slide, i) => {
    const number = String(i + 1).padStart(width, '0');
    const name =
      slide.kind === 'overview'
        ? words.overview
        : slide.kind === 'matrix'
          ? words.matrix
          : slide.kind === 'questions'
            ? `${words.questions}${slide.pages > 1 ? ` ${slide.page + 1}` : ''}`
            : `${textIn(slide.category.name, lang).text}${slide.pages > 1 ? ` ${slide.page + 1}` : ''}`;
    return `${number}-${slugify(name) || 'slide'}.png`;
  });
}
