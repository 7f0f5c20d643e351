import { describe, expect, it } from 'vitest';
import { PROFILE_VERSION, type Profile, type ProfileElement } from '../../src/domain/profile';
import { AAA, contrastRatio, INK, shadeForWhiteText, tintForInk } from '../../src/components/common/contrast';
import {
  MAX_PER_SLIDE,
  MAX_WEIGHT_PER_SLIDE,
  lastPosition,
  nextPosition,
  pageElements,
  previousPosition,
  slidesOf,
  type Position,
} from '../../src/components/common/stage/slides';
import { genericProfile } from '../../src/store/catalog';

const elements = (count: number, text = (i: number) => `Element ${i + 1}`): ProfileElement[] =>
  Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: { da: text(i) } }));

function profileWith(counts: number[], text?: (i: number) => string): Profile {
  return {
    version: PROFILE_VERSION,
    id: 'big',
    title: { da: 'Stor profil' },
    categories: counts.map((count, c) => ({
      id: `c${c}`,
      name: { da: `Kategori ${c + 1}` },
      color: '#1d5b94',
      elements: elements(count, text).map((e) => ({ ...e, id: `c${c}${e.id}` })),
    })),
  };
}

describe('slides', () => {
  it('shows the generic profile as an overview and one slide per category, in order', () => {
    const slides = slidesOf(genericProfile('kontaktperson-plus'), 'de');
    expect(slides.map((s) => (s.kind === 'category' ? s.category.id : s.kind))).toEqual(['overview', 'viden', 'faerdigheder', 'kompetencer']);
    expect(slides[0]).toEqual({ kind: 'overview', full: true });
  });

  it('pages a large category evenly, keeps the order, and respects the limits', () => {
    const pages = pageElements(elements(60), 'da');
    expect(pages.length).toBe(6);
    expect(pages.flat().map((e) => e.id)).toEqual(elements(60).map((e) => e.id));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(MAX_PER_SLIDE);

    const long = pageElements(elements(12, () => 'x'.repeat(400)), 'da');
    for (const page of long) expect(page.length === 1 || page.length * 400 <= MAX_WEIGHT_PER_SLIDE).toBe(true);
    expect(pageElements(elements(1, () => 'x'.repeat(2000)), 'da')).toHaveLength(1);
    expect(pageElements([], 'da')).toEqual([[]]);
  });

  it('shows only counts in the overview of a profile too large to list', () => {
    const slides = slidesOf(profileWith([100, 100, 100]), 'da');
    expect(slides[0]).toEqual({ kind: 'overview', full: false });
    expect(slides).toHaveLength(1 + 30);
  });
});

describe('stepping', () => {
  const slides = slidesOf(profileWith([2, 3]), 'da');
  const walk = (from: Position, reveal: boolean, steps: number, step = nextPosition) => {
    let at = from;
    const seen = [at];
    for (let i = 0; i < steps; i += 1) seen.push((at = step(slides, at, reveal)));
    return seen;
  };

  it('goes slide by slide and stops at both ends', () => {
    expect(walk({ slide: 0, shown: 0 }, false, 3)).toEqual([
      { slide: 0, shown: 0 },
      { slide: 1, shown: 2 },
      { slide: 2, shown: 3 },
      { slide: 2, shown: 3 },
    ]);
    expect(walk(lastPosition(slides), false, 3, previousPosition).map((p) => p.slide)).toEqual([2, 1, 0, 0]);
  });

  it('reveals one element per step, and going back hides them again before leaving the slide', () => {
    expect(walk({ slide: 0, shown: 0 }, true, 5)).toEqual([
      { slide: 0, shown: 0 },
      { slide: 1, shown: 0 },
      { slide: 1, shown: 1 },
      { slide: 1, shown: 2 },
      { slide: 2, shown: 0 },
      { slide: 2, shown: 1 },
    ]);
    expect(walk({ slide: 2, shown: 1 }, true, 3, previousPosition)).toEqual([
      { slide: 2, shown: 1 },
      { slide: 2, shown: 0 },
      { slide: 1, shown: 2 },
      { slide: 1, shown: 1 },
    ]);
  });
});

describe('colours for the projector', () => {
  const colours = ['#1d5b94', '#1e6b45', '#8a4500', '#5b3f8c', '#ffdd00', '#ffffff', '#000000', '#e63946', '#00a8e8'];

  it('darkens any category colour until white text on it reaches 7:1', () => {
    for (const colour of colours) expect(contrastRatio(shadeForWhiteText(colour), '#ffffff')).toBeGreaterThanOrEqual(AAA);
    // A colour that already carries white text at 7:1 stays as it is.
    expect(shadeForWhiteText('#1d5b94')).toBe('#1d5b94');
  });

  it('tints any category colour so that dark text on it reaches 7:1', () => {
    for (const colour of colours) expect(contrastRatio(tintForInk(colour), INK)).toBeGreaterThanOrEqual(AAA);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('the Bør / Gør matrix slide', () => {
  it('comes last, once anything is marked, and not before', () => {
    const profile = profileWith([2, 1]);
    expect(slidesOf(profile, 'da').map((s) => s.kind)).toEqual(['overview', 'category', 'category']);
    profile.categories[0]!.elements[0]!.marks = { should: 'yes' };
    expect(slidesOf(profile, 'da').map((s) => s.kind)).toEqual(['overview', 'category', 'category', 'matrix']);
  });
});
