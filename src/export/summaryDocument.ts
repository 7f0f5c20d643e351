/**
 * The summary of all groups as a document: sections (categories), lists (from the generic profile,
 * the groups' own), items with a count and their details, then the reflection answers. One pure
 * model, so the screen, the projector slides and the PDF say the same thing in the same words.
 * The words come in already translated; the domain's summary comes in already counted.
 */
import type { MarkCounts, Summary, SummaryText } from '../domain/summary';

/** The summary's own words, in the reader's language. */
export interface SummaryWords {
  /** "3 af 3 grupper" */
  keptBy: (count: number, of: number) => string;
  fromGeneric: string;
  own: string;
  noOwn: string;
  /** Label before the other names a generic element got: "Også kaldt". */
  renamed: string;
  /** Label before the categories groups moved an element to: "Flyttet til". */
  movedTo: string;
  does: string;
  should: string;
  /** "2 ja, 1 nej" */
  yesNo: (yes: number, no: number) => string;
  /** "Note fra Gruppe 1" */
  noteFrom: (group: string) => string;
  /** Label before the groups that added an own element: "Grupper". */
  groups: string;
  questions: string;
  notAnswered: string;
}

export interface SummaryDetail {
  label: string;
  /** Group names, counts and the groups' own words: plain text. */
  text: string;
  kind: 'names' | 'moved' | 'marks' | 'note' | 'groups';
}

export interface SummaryItem {
  key: string;
  text: SummaryText;
  /** How many groups have it, of how many. */
  count: number;
  of: number;
  badge: string;
  details: SummaryDetail[];
}

export interface SummaryList {
  kind: 'generic' | 'own';
  heading: string;
  items: SummaryItem[];
  /** Said when there are no items. */
  empty?: string;
}

export interface SummarySection {
  id: string;
  heading: SummaryText;
  color: string;
  lists: SummaryList[];
}

export interface SummaryAnswers {
  key: string;
  question: SummaryText;
  answers: { group: string; answer: string | null }[];
}

export interface SummaryDocument {
  groups: string[];
  sections: SummarySection[];
  questionsHeading: string;
  questions: SummaryAnswers[];
}

const quote = (text: string) => `«${text}»`;

/** "Label: text", without a colon after a label that ends in its own mark ("Gør vi det i dag? 2 ja"). */
export function labelled(label: string, text: string): string {
  return /[?!:]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`;
}

function markDetails(marks: MarkCounts, words: SummaryWords): SummaryDetail[] {
  const out: SummaryDetail[] = [];
  for (const axis of ['does', 'should'] as const) {
    const { yes, no } = marks[axis];
    if (yes + no > 0) out.push({ label: words[axis], text: words.yesNo(yes, no), kind: 'marks' });
  }
  return out;
}

/**
 * The document for `summary`, with `names` as the groups' names (index = group). Generic elements
 * keep the generic profile's order; own elements are listed with the ones most groups added first.
 */
export function summaryDocument(summary: Summary, names: string[], words: SummaryWords): SummaryDocument {
  const of = names.length;
  const list = (groups: number[]) => groups.map((group) => names[group] ?? '').join(', ');
  const categoryName = new Map(summary.categories.map((category) => [category.id, category.name.text]));

  const sections = summary.categories.map((category): SummarySection => {
    const lists: SummaryList[] = [];
    if (category.inGeneric) {
      lists.push({
        kind: 'generic',
        heading: words.fromGeneric,
        items: category.generic.map((item) => ({
          key: item.id,
          text: item.text,
          count: item.groups.length,
          of,
          badge: words.keptBy(item.groups.length, of),
          details: [
            ...(item.renamed.length > 0
              ? [{ label: words.renamed, text: item.renamed.map((name) => `${quote(name.text.text)} (${list(name.groups)})`).join('; '), kind: 'names' as const }]
              : []),
            ...(item.movedTo.length > 0
              ? [{ label: words.movedTo, text: item.movedTo.map((moved) => `${categoryName.get(moved.categoryId) ?? moved.categoryId} (${list(moved.groups)})`).join('; '), kind: 'moved' as const }]
              : []),
            ...markDetails(item.marks, words),
            ...item.notes.map((note) => ({ label: words.noteFrom(names[note.group] ?? ''), text: note.text, kind: 'note' as const })),
          ],
        })),
      });
    }
    const own = [...category.own].sort((a, b) => b.groups.length - a.groups.length);
    lists.push({
      kind: 'own',
      heading: words.own,
      empty: words.noOwn,
      items: own.map((item) => ({
        key: item.key,
        text: item.text,
        count: item.groups.length,
        of,
        badge: words.keptBy(item.groups.length, of),
        details: [
          { label: words.groups, text: list(item.groups), kind: 'groups' as const },
          ...markDetails(item.marks, words),
          ...item.notes.map((note) => ({ label: words.noteFrom(names[note.group] ?? ''), text: note.text, kind: 'note' as const })),
        ],
      })),
    });
    return { id: category.id, heading: category.name, color: category.color, lists };
  });

  return {
    groups: names,
    sections,
    questionsHeading: words.questions,
    // The generic profile brings its questions to every group; one that no group answered says nothing
    // to the room, so only questions with an answer are shown.
    questions: summary.questions.filter((question) => question.answers.some(Boolean)).map((question) => ({
      key: question.key,
      question: question.text,
      answers: question.answers.map((answer, group) => ({ group: names[group] ?? '', answer })),
    })),
  };
}
