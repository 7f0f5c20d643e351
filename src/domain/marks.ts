/**
 * The workshop's Bør / Gør marks and the group's notes on elements, and how they place an element in
 * the matrix. Pure: each change returns a new profile, or the very same object when nothing changes,
 * so a click that changes nothing makes no undo step.
 */
import { findElement } from './operations';
import { MAX_TEXT_LENGTH } from './limits';
import type { Category, Mark, Profile, ProfileElement } from './profile';
import { cleanParagraphs } from './text';

/** The two questions of the workshop: "Gør vi det i dag?" and "Bør det fylde mere?". */
export type MarkAxis = 'does' | 'should';
export type Marks = { does?: Mark; should?: Mark };

/**
 * The four quadrants of the Bør / Gør matrix, named for what a group does next, plus the elements
 * not (fully) decided yet.
 */
export type Quadrant = 'strengthen' | 'begin' | 'keep' | 'leave' | 'undecided';
export const QUADRANTS: readonly Exclude<Quadrant, 'undecided'>[] = ['strengthen', 'begin', 'keep', 'leave'];

const QUADRANT_MARKS: Record<Exclude<Quadrant, 'undecided'>, Required<Marks>> = {
  strengthen: { does: 'yes', should: 'yes' },
  begin: { does: 'no', should: 'yes' },
  keep: { does: 'yes', should: 'no' },
  leave: { does: 'no', should: 'no' },
};

/** The marks an element gets when placed in `quadrant` (undecided clears both). */
export function marksOfQuadrant(quadrant: Quadrant): Marks {
  return quadrant === 'undecided' ? {} : { ...QUADRANT_MARKS[quadrant] };
}

/** Where the element stands in the matrix; undecided until both questions are answered. */
export function quadrantOf(element: Pick<ProfileElement, 'marks'>): Quadrant {
  const { does, should } = element.marks ?? {};
  if (!does || !should) return 'undecided';
  return QUADRANTS.find((quadrant) => QUADRANT_MARKS[quadrant].does === does && QUADRANT_MARKS[quadrant].should === should)!;
}

/** Filters of the local profile, by mark or note ("vis det, vi bør styrke"). */
export type MarkFilter = 'all' | 'should' | 'does' | 'doesNot' | 'unmarked' | 'noted';
export const MARK_FILTERS: readonly MarkFilter[] = ['all', 'should', 'does', 'doesNot', 'unmarked', 'noted'];

export function matchesFilter(element: ProfileElement, filter: MarkFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'should':
      return element.marks?.should === 'yes';
    case 'does':
      return element.marks?.does === 'yes';
    case 'doesNot':
      return element.marks?.does === 'no';
    case 'unmarked':
      return quadrantOf(element) === 'undecided';
    case 'noted':
      return (element.note ?? '') !== '';
  }
}

export function countMatching(profile: Profile, filter: MarkFilter): number {
  return profile.categories.reduce((sum, category) => sum + category.elements.filter((element) => matchesFilter(element, filter)).length, 0);
}

function sameMarks(a: Marks | undefined, b: Marks): boolean {
  return (a?.does ?? undefined) === (b.does ?? undefined) && (a?.should ?? undefined) === (b.should ?? undefined);
}

function withElement(profile: Profile, id: string, change: (element: ProfileElement) => ProfileElement): Profile {
  const at = findElement(profile, id);
  if (!at) return profile;
  const updated = change(at.element);
  if (updated === at.element) return profile;
  return {
    ...profile,
    categories: profile.categories.map((category) =>
      category.id === at.category.id
        ? { ...category, elements: category.elements.map((element) => (element.id === id ? updated : element)) }
        : category,
    ),
  };
}

/** Gives an element exactly these marks; an axis left out is undecided. */
function applyMarks(element: ProfileElement, marks: Marks): ProfileElement {
  if (sameMarks(element.marks, marks)) return element;
  const rest = { ...element };
  delete rest.marks;
  const kept: Marks = {
    ...(marks.does ? { does: marks.does } : {}),
    ...(marks.should ? { should: marks.should } : {}),
  };
  return kept.does || kept.should ? { ...rest, marks: kept } : rest;
}

function applyNote(element: ProfileElement, note: string): ProfileElement | undefined {
  const clean = cleanParagraphs(note);
  if (clean.length > MAX_TEXT_LENGTH) return undefined;
  if ((element.note ?? '') === clean) return element;
  const rest = { ...element };
  delete rest.note;
  return clean === '' ? rest : { ...rest, note: clean };
}

/** Sets one mark, or clears it with `undefined` ("ikke afgjort"). */
export function setMark(profile: Profile, id: string, axis: MarkAxis, value: Mark | undefined): Profile {
  return withElement(profile, id, (element) => applyMarks(element, { ...element.marks, [axis]: value }));
}

/** Sets both marks at once (a drop in the matrix is one change, so one undo step). */
export function setMarks(profile: Profile, id: string, marks: Marks): Profile {
  return withElement(profile, id, (element) => applyMarks(element, marks));
}

/** Places an element in a quadrant of the matrix; "undecided" clears its marks. */
export function placeInQuadrant(profile: Profile, id: string, quadrant: Quadrant): Profile {
  if (quadrant === 'undecided' && quadrantOf(findElement(profile, id)?.element ?? {}) === 'undecided') return profile;
  return setMarks(profile, id, marksOfQuadrant(quadrant));
}

/** Sets the element's note; blank removes it, and a note over 2,000 characters is refused. */
export function setNote(profile: Profile, id: string, note: string): Profile {
  return withElement(profile, id, (element) => applyNote(element, note) ?? element);
}

/** Marks and note together, as the element's "Bør / Gør og note" dialog saves them: one undo step. */
export function annotateElement(profile: Profile, id: string, marks: Marks, note: string): Profile {
  return withElement(profile, id, (element) => {
    const noted = applyNote(element, note);
    return noted ? applyMarks(noted, marks) : element;
  });
}

export interface PlacedElement {
  element: ProfileElement;
  category: Category;
}

/** The profile's elements by quadrant, each in profile order (category by category). */
export function elementsByQuadrant(profile: Pick<Profile, 'categories'>): Record<Quadrant, PlacedElement[]> {
  const placed: Record<Quadrant, PlacedElement[]> = { strengthen: [], begin: [], keep: [], leave: [], undecided: [] };
  for (const category of profile.categories) {
    for (const element of category.elements) placed[quadrantOf(element)].push({ element, category });
  }
  return placed;
}

/** True when any element has a mark: only then is a matrix worth showing or exporting. */
export function hasMarks(profile: Profile): boolean {
  return profile.categories.some((category) => category.elements.some((element) => element.marks?.does || element.marks?.should));
}
