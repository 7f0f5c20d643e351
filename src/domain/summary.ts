/**
 * The facilitator's summary of several groups' local profiles against the generic profile they were
 * built from: which generic elements each group kept and under which names, which own elements the
 * groups added (the same text from two groups counts as one element), the Bør / Gør marks counted,
 * the notes, and the reflection answers side by side. Pure and linear in the number of elements,
 * so it can be recomputed on every change of a live profile.
 */
import type { Category, LocalizedText, Mark, Profile, ProfileElement } from './profile';
import { textIn, textKey } from './text';

export interface SummaryGroup {
  name: string;
  profile: Profile;
}

/** A text as shown, with its language (for `lang` on the page and bidi isolation). */
export interface SummaryText {
  text: string;
  lang: string;
}

export interface MarkCount {
  yes: number;
  no: number;
}

/** How many groups answered each workshop question with yes and with no (the rest are undecided). */
export interface MarkCounts {
  does: MarkCount;
  should: MarkCount;
}

/** A note written by one group (`group` is an index into the summarised groups). */
export interface GroupNote {
  group: number;
  text: string;
}

export interface NameVariant {
  text: SummaryText;
  /** The groups that use this name, in group order. */
  groups: number[];
}

export interface GenericElementSummary {
  id: string;
  text: SummaryText;
  /** The groups that kept the element (under any name, in any category), in group order. */
  groups: number[];
  /** Names other than the generic one; two groups with the same new name share one entry. */
  renamed: NameVariant[];
  /** Groups that put the element in another category than the generic profile does. */
  movedTo: { categoryId: string; groups: number[] }[];
  marks: MarkCounts;
  notes: GroupNote[];
}

export interface OwnElementSummary {
  /** Same key, same element: the text with case and spacing ignored. */
  key: string;
  /** The text as the first group wrote it. */
  text: SummaryText;
  groups: number[];
  marks: MarkCounts;
  notes: GroupNote[];
}

export interface CategorySummary {
  id: string;
  name: SummaryText;
  color: string;
  /** False for a category that only groups have (not in the generic profile). */
  inGeneric: boolean;
  generic: GenericElementSummary[];
  own: OwnElementSummary[];
}

export interface QuestionSummary {
  key: string;
  text: SummaryText;
  /** One entry per group, in group order: the answer, or null when the group has not answered. */
  answers: (string | null)[];
}

export interface Summary {
  groups: { name: string; elements: number }[];
  categories: CategorySummary[];
  questions: QuestionSummary[];
}

const noMarks = (): MarkCounts => ({ does: { yes: 0, no: 0 }, should: { yes: 0, no: 0 } });

const shown = (text: LocalizedText, lang: string): SummaryText => {
  const { text: value, lang: actual } = textIn(text, lang);
  return { text: value, lang: actual };
};

/** One group's marks on one element: the first copy that has a mark decides (duplicates are rare). */
function addMarks(counts: MarkCounts, copies: ProfileElement[]) {
  for (const axis of ['does', 'should'] as const) {
    const mark: Mark | undefined = copies.find((copy) => copy.marks?.[axis])?.marks?.[axis];
    if (mark) counts[axis][mark] += 1;
  }
}

function addNotes(notes: GroupNote[], group: number, copies: ProfileElement[]) {
  for (const copy of copies) {
    const note = copy.note?.trim();
    if (note) notes.push({ group, text: note });
  }
}

/** `values` grouped by `keyOf`, keeping first-seen order; each group's list keeps its order too. */
function groupBy<T>(values: T[], keyOf: (value: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

interface Placed {
  element: ProfileElement;
  categoryId: string;
}

/**
 * Summarises `groups` against `generic` with texts in `lang` (Danish where a text is missing). An
 * element counts as a copy of a generic element when its `sourceId` names one; every other element
 * is the group's own. Each group counts once per element, however many copies it made.
 */
export function summarize(groups: SummaryGroup[], generic: Profile, lang = 'da'): Summary {
  const genericCategoryOf = new Map<string, string>();
  for (const category of generic.categories) for (const element of category.elements) genericCategoryOf.set(element.id, category.id);

  const categories = new Map<string, CategorySummary>();
  const genericSummaries = new Map<string, GenericElementSummary>();
  for (const category of generic.categories) {
    const summary: CategorySummary = {
      id: category.id,
      name: shown(category.name, lang),
      color: category.color,
      inGeneric: true,
      generic: category.elements.map((element) => {
        const item: GenericElementSummary = {
          id: element.id,
          text: shown(element.text, lang),
          groups: [],
          renamed: [],
          movedTo: [],
          marks: noMarks(),
          notes: [],
        };
        genericSummaries.set(element.id, item);
        return item;
      }),
      own: [],
    };
    categories.set(category.id, summary);
  }
  const ownByKey = new Map<string, OwnElementSummary & { categoryVotes: Map<string, number> }>();
  const categoryOfGroupOnly = (category: Category): CategorySummary => {
    let summary = categories.get(category.id);
    if (!summary) {
      summary = { id: category.id, name: shown(category.name, lang), color: category.color, inGeneric: false, generic: [], own: [] };
      categories.set(category.id, summary);
    }
    return summary;
  };

  groups.forEach(({ profile }, group) => {
    const placed: Placed[] = profile.categories.flatMap((category) => {
      categoryOfGroupOnly(category); // a group's own category appears even while it is empty
      return category.elements.map((element) => ({ element, categoryId: category.id }));
    });
    const copies = groupBy(
      placed.filter(({ element }) => element.sourceId !== undefined && genericSummaries.has(element.sourceId)),
      ({ element }) => element.sourceId!,
    );
    for (const [sourceId, list] of copies) {
      const item = genericSummaries.get(sourceId)!;
      item.groups.push(group);
      const genericKey = textKey(item.text.text);
      for (const [key, named] of groupBy(list, ({ element }) => textKey(textIn(element.text, lang).text))) {
        if (key === genericKey) continue;
        const variant = item.renamed.find((candidate) => textKey(candidate.text.text) === key);
        if (variant) variant.groups.push(group);
        else item.renamed.push({ text: shown(named[0]!.element.text, lang), groups: [group] });
      }
      const homeCategory = genericCategoryOf.get(sourceId);
      const elsewhere = list.find(({ categoryId }) => categoryId !== homeCategory);
      if (elsewhere && !list.some(({ categoryId }) => categoryId === homeCategory)) {
        const moved = item.movedTo.find((entry) => entry.categoryId === elsewhere.categoryId);
        if (moved) moved.groups.push(group);
        else item.movedTo.push({ categoryId: elsewhere.categoryId, groups: [group] });
      }
      addMarks(item.marks, list.map(({ element }) => element));
      addNotes(item.notes, group, list.map(({ element }) => element));
    }

    const own = placed.filter(({ element }) => element.sourceId === undefined || !genericSummaries.has(element.sourceId));
    for (const [key, list] of groupBy(own, ({ element }) => textKey(textIn(element.text, lang).text))) {
      let item = ownByKey.get(key);
      if (!item) {
        item = { key, text: shown(list[0]!.element.text, lang), groups: [], marks: noMarks(), notes: [], categoryVotes: new Map() };
        ownByKey.set(key, item);
      }
      item.groups.push(group);
      const categoryId = list[0]!.categoryId;
      item.categoryVotes.set(categoryId, (item.categoryVotes.get(categoryId) ?? 0) + 1);
      addMarks(item.marks, list.map(({ element }) => element));
      addNotes(item.notes, group, list.map(({ element }) => element));
    }
  });

  // An own element is listed under the category most groups put it in (the first one on a tie).
  for (const { categoryVotes, ...item } of ownByKey.values()) {
    let best: [string, number] | undefined;
    for (const entry of categoryVotes) if (!best || entry[1] > best[1]) best = entry;
    categories.get(best![0])!.own.push(item);
  }

  return {
    groups: groups.map(({ name, profile }) => ({
      name,
      elements: profile.categories.reduce((sum, category) => sum + category.elements.length, 0),
    })),
    categories: [...categories.values()],
    questions: summarizeQuestions(groups, generic, lang),
  };
}

/** The questions of the generic profile first, then every other question in the order groups have them. */
function summarizeQuestions(groups: SummaryGroup[], generic: Profile, lang: string): QuestionSummary[] {
  const byKey = new Map<string, QuestionSummary>();
  const keyOf = (question: { id: string; text: LocalizedText; sourceId?: string }, fromGeneric: boolean) =>
    fromGeneric ? `q:${question.id}` : question.sourceId ? `q:${question.sourceId}` : `t:${textKey(question.text.da ?? '')}`;
  for (const question of generic.questions ?? []) {
    byKey.set(keyOf(question, true), { key: keyOf(question, true), text: shown(question.text, lang), answers: groups.map(() => null) });
  }
  groups.forEach(({ profile }, group) => {
    for (const question of profile.questions ?? []) {
      const key = keyOf(question, false);
      let item = byKey.get(key);
      if (!item) {
        item = { key, text: shown(question.text, lang), answers: groups.map(() => null) };
        byKey.set(key, item);
      }
      const answer = question.answer?.trim();
      if (answer) item.answers[group] = item.answers[group] ? `${item.answers[group]}\n${answer}` : answer;
    }
  });
  return [...byKey.values()];
}

/** The generic profile most groups built on (`basedOn`), among `available` ids; the first on a tie. */
export function mostCommonBase(profiles: Profile[], available: string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const profile of profiles) {
    if (profile.basedOn && available.includes(profile.basedOn)) votes.set(profile.basedOn, (votes.get(profile.basedOn) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of votes) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
