import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile';
import {
  elementFontSize,
  MAX_ELEMENTS_PER_SLIDE,
  MAX_WEIGHT_PER_SLIDE,
  pageBy,
  planDeck,
  slideFileNames,
  SLIDE,
  type DeckSlide,
} from '../../src/export/slideDeck';
import { smallProfile } from '../domain/fixtures';
import { largeProfile } from './largeProfile';
import { workshopProfile } from './workshopFixture';

const kinds = (deck: DeckSlide[]) => deck.map((slide) => (slide.kind === 'category' ? `${slide.category.id}:${slide.page + 1}/${slide.pages}` : slide.kind));

describe('planDeck', () => {
  it('is 16:9 at 1920 × 1080, drawn at 2×', () => {
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9);
    expect([SLIDE.width * SLIDE.pixelRatio, SLIDE.height * SLIDE.pixelRatio]).toEqual([3840, 2160]);
  });

  it('has an overview and one slide per category for a small profile, nothing more', () => {
    expect(kinds(planDeck(smallProfile(), 'da'))).toEqual(['overview', 'viden:1/1', 'kompetencer:1/1']);
  });

  it('adds the matrix when anything is marked, and only the answered questions', () => {
    const deck = planDeck(workshopProfile(), 'da');
    expect(kinds(deck)).toEqual(['overview', 'viden:1/1', 'kompetencer:1/1', 'matrix', 'questions']);
    const questions = deck.at(-1) as Extract<DeckSlide, { kind: 'questions' }>;
    expect(questions.questions.map((q) => q.number)).toEqual([1]);
  });

  it('pages a long category evenly, within the limits, keeping the order', () => {
    const profile = largeProfile(24);
    const deck = planDeck(profile, 'da');
    for (const category of profile.categories) {
      const pages = deck.filter((s): s is Extract<DeckSlide, { kind: 'category' }> => s.kind === 'category' && s.category.id === category.id);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flatMap((page) => page.elements.map((e) => e.id))).toEqual(category.elements.map((e) => e.id));
      for (const page of pages) {
        expect(page.elements.length).toBeLessThanOrEqual(MAX_ELEMENTS_PER_SLIDE);
        expect(page.weight <= MAX_WEIGHT_PER_SLIDE || page.elements.length === 1).toBe(true);
        expect(elementFontSize(page)).toBeGreaterThanOrEqual(28);
      }
      const sizes = pages.map((page) => page.elements.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.ceil(MAX_ELEMENTS_PER_SLIDE / 2));
    }
  });

  it('gives a 2,000-character element a slide of its own', () => {
    const long: Profile = { ...smallProfile() };
    long.categories = [{ ...long.categories[0]!, elements: [{ id: 'x', text: { da: 'ord '.repeat(500).trim() } }, ...long.categories[0]!.elements] }];
    const deck = planDeck(long, 'da').filter((s) => s.kind === 'category') as Extract<DeckSlide, { kind: 'category' }>[];
    expect(deck[0]!.elements.map((e) => e.id)).toEqual(['x']);
    expect(elementFontSize(deck[0]!)).toBe(28);
    expect(elementFontSize(deck[1]!)).toBe(40);
  });
});

describe('pageBy', () => {
  it('returns one empty page for no items', () => {
    expect(pageBy([], () => 1, 3, 10)).toEqual([[]]);
  });
  it('fills pages evenly rather than leaving one straggler', () => {
    expect(pageBy([1, 2, 3, 4, 5, 6, 7], () => 1, 6, 100).map((p) => p.length)).toEqual([4, 3]);
  });
});

describe('slideFileNames', () => {
  it('numbers the slides in order and names them in plain ASCII', () => {
    const deck = planDeck(workshopProfile(), 'da');
    expect(slideFileNames(deck, 'da', { overview: 'Overblik', matrix: 'Bør/Gør-matrix', questions: 'Refleksionsspørgsmål' })).toEqual([
      '01-overblik.png',
      '02-viden.png',
      '03-kompetencer.png',
      '04-boer-goer-matrix.png',
      '05-refleksionsspoergsmaal.png',
    ]);
  });
});
