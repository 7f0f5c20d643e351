import { describe, expect, it } from 'vitest';
import { summarySlides } from '../../src/components/summary/summarySlides';
import { MAX_PER_SLIDE, MAX_WEIGHT_PER_SLIDE } from '../../src/components/common/stage/slides';
import { workshopDocument } from '../export/workshopDocument';

describe('summarySlides', () => {
  it('opens with the groups, then each category’s lists that have items, then each question', () => {
    const slides = summarySlides(workshopDocument(), 'Ikke besvaret');
    expect(
      slides.map((slide) => (slide.kind === 'groups' ? slide.groups.join(', ') : slide.kind === 'list' ? `${slide.heading.text}: ${slide.sub}` : slide.question.text)),
    ).toEqual([
      'Ungekoordinatorerne, Team Nord, Jobcentret',
      'Viden: Fra den generiske profil',
      'Færdigheder: Fra den generiske profil',
      'Færdigheder: Gruppernes egne elementer',
      'Kompetencer: Fra den generiske profil',
      'Kompetencer: Gruppernes egne elementer',
      'Hvem er med i vores kædeansvar?',
    ]);
  });

  it('pages long lists within the presentation’s limits, so text can stay large', () => {
    const doc = workshopDocument();
    const list = doc.sections[0]!.lists[0]!;
    list.items = Array.from({ length: 5 }, (_, copy) => list.items.map((item) => ({ ...item, key: `${item.key}-${copy}` }))).flat();
    const pages = summarySlides(doc, 'Ikke besvaret').filter((slide) => slide.kind === 'list' && slide.heading.text === 'Viden');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const slide of pages) {
      if (slide.kind !== 'list') continue;
      expect(slide.pages).toBe(pages.length);
      expect(slide.items.length).toBeLessThanOrEqual(MAX_PER_SLIDE);
      const weight = slide.items.reduce((sum, item) => sum + Math.max(40, item.text.text.length + item.badge.length + item.details.reduce((s, d) => s + d.label.length + d.text.length + 2, 0)), 0);
      expect(slide.items.length === 1 || weight <= MAX_WEIGHT_PER_SLIDE).toBe(true);
    }
  });
});
