/**
 * The summary on the projector, as pure data: a title slide with the groups, then per category the
 * generic elements (with how many groups kept them) and the groups' own elements, then each
 * reflection question with the groups' answers. Long lists are paged like the profile's slides.
 */
import type { SummaryText } from '../../domain/summary';
import type { SummaryDocument, SummaryItem } from '../../export/summaryDocument';
import { pageByWeight } from '../common/stage/slides';

export type SummarySlide =
  | { kind: 'groups'; groups: string[] }
  | { kind: 'list'; heading: SummaryText; sub: string; color: string; items: SummaryItem[]; page: number; pages: number }
  | { kind: 'question'; question: SummaryText; answers: { group: string; answer: string | null }[]; page: number; pages: number };

const itemWeight = (item: SummaryItem) =>
  item.text.text.length + item.badge.length + item.details.reduce((sum, detail) => sum + detail.label.length + detail.text.length + 2, 0);

export function summarySlides(doc: SummaryDocument, notAnswered: string): SummarySlide[] {
  const slides: SummarySlide[] = [{ kind: 'groups', groups: doc.groups }];
  for (const section of doc.sections) {
    for (const list of section.lists) {
      if (list.items.length === 0) continue; // "no own elements" is not worth a slide
      const pages = pageByWeight(list.items, itemWeight);
      pages.forEach((items, page) =>
        slides.push({ kind: 'list', heading: section.heading, sub: list.heading, color: section.color, items, page, pages: pages.length }),
      );
    }
  }
  for (const question of doc.questions) {
    const pages = pageByWeight(question.answers, ({ group, answer }) => group.length + (answer ?? notAnswered).length);
    pages.forEach((answers, page) => slides.push({ kind: 'question', question: question.question, answers, page, pages: pages.length }));
  }
  return slides;
}
