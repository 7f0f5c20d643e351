import { describe, expect, it } from 'vitest';
import {
  annotateElement,
  countMatching,
  matchesFilter,
  placeInQuadrant,
  quadrantOf,
  setMark,
  setMarks,
  setNote,
} from '../../src/domain/marks';
import { duplicateElement, findElement } from '../../src/domain/operations';
import { profileSchema } from '../../src/domain/profile';
import { cleanParagraphs } from '../../src/domain/text';
import { smallProfile } from './fixtures';

const elementOf = (profile: ReturnType<typeof smallProfile>, id: string) => findElement(profile, id)!.element;

describe('setMark', () => {
  it('sets each axis on its own and keeps the other', () => {
    const does = setMark(smallProfile(), 'a', 'does', 'yes');
    expect(elementOf(does, 'a').marks).toEqual({ does: 'yes' });
    const both = setMark(does, 'a', 'should', 'no');
    expect(elementOf(both, 'a').marks).toEqual({ does: 'yes', should: 'no' });
    expect(profileSchema.safeParse(both).success).toBe(true);
  });

  it('clears a mark with undefined, and drops the marks field once both are undecided', () => {
    const marked = setMarks(smallProfile(), 'a', { does: 'yes', should: 'yes' });
    const half = setMark(marked, 'a', 'does', undefined);
    expect(elementOf(half, 'a').marks).toEqual({ should: 'yes' });
    const none = setMark(half, 'a', 'should', undefined);
    expect(elementOf(none, 'a')).not.toHaveProperty('marks');
    expect(elementOf(none, 'a')).toEqual(elementOf(smallProfile(), 'a'));
  });

  it('returns the same object when nothing changes, and never mutates', () => {
    const profile = smallProfile();
    const before = structuredClone(profile);
    setMark(profile, 'a', 'does', 'yes');
    expect(profile).toEqual(before);
    expect(setMark(profile, 'a', 'does', undefined)).toBe(profile);
    expect(setMark(profile, 'missing', 'does', 'yes')).toBe(profile);
    const marked = setMark(profile, 'a', 'does', 'no');
    expect(setMark(marked, 'a', 'does', 'no')).toBe(marked);
    expect(setMarks(marked, 'a', { does: 'no' })).toBe(marked);
  });

  it('leaves the other elements as the very same objects (their cards need not re-render)', () => {
    const profile = smallProfile();
    const marked = setMark(profile, 'a', 'should', 'yes');
    expect(elementOf(marked, 'b')).toBe(elementOf(profile, 'b'));
    expect(marked.categories[1]).toBe(profile.categories[1]);
  });
});

describe('the Bør / Gør matrix', () => {
  it('places an element by its two marks, undecided until both are set', () => {
    expect(quadrantOf({})).toBe('undecided');
    expect(quadrantOf({ marks: { does: 'yes' } })).toBe('undecided');
    expect(quadrantOf({ marks: { does: 'yes', should: 'yes' } })).toBe('strengthen');
    expect(quadrantOf({ marks: { does: 'no', should: 'yes' } })).toBe('begin');
    expect(quadrantOf({ marks: { does: 'yes', should: 'no' } })).toBe('keep');
    expect(quadrantOf({ marks: { does: 'no', should: 'no' } })).toBe('leave');
  });

  it('sets both marks when an element is put in a quadrant, and clears them in "undecided"', () => {
    const begun = placeInQuadrant(smallProfile(), 'b', 'begin');
    expect(elementOf(begun, 'b').marks).toEqual({ does: 'no', should: 'yes' });
    expect(quadrantOf(elementOf(placeInQuadrant(begun, 'b', 'keep'), 'b'))).toBe('keep');
    expect(elementOf(placeInQuadrant(begun, 'b', 'undecided'), 'b')).not.toHaveProperty('marks');
  });

  it('keeps a half-made decision when an undecided element is dropped back among the undecided', () => {
    const half = setMark(smallProfile(), 'a', 'does', 'yes');
    expect(placeInQuadrant(half, 'a', 'undecided')).toBe(half);
    const placed = placeInQuadrant(smallProfile(), 'a', 'leave');
    expect(placeInQuadrant(placed, 'a', 'leave')).toBe(placed);
  });
});

describe('notes', () => {
  it('sets, rewrites and removes a note, keeping the group\'s line breaks', () => {
    const noted = setNote(smallProfile(), 'c', '  Sådan siger vi det i Helsingør.\r\n\r\n\r\n– og i Tønder  ');
    expect(elementOf(noted, 'c').note).toBe('Sådan siger vi det i Helsingør.\n\n– og i Tønder');
    expect(elementOf(setNote(noted, 'c', '   '), 'c')).not.toHaveProperty('note');
    expect(profileSchema.safeParse(noted).success).toBe(true);
  });

  it('ignores a note that is the same after cleaning, and refuses one over 2,000 characters', () => {
    const noted = setNote(smallProfile(), 'c', 'Vigtigt');
    expect(setNote(noted, 'c', 'Vigtigt  ')).toBe(noted);
    expect(setNote(noted, 'c', 'x'.repeat(2001))).toBe(noted);
    expect(elementOf(setNote(noted, 'c', 'æ'.repeat(2000)), 'c').note).toHaveLength(2000);
  });

  it('keeps HTML as plain text', () => {
    const html = '<b onclick="alert(1)">fed</b>';
    expect(elementOf(setNote(smallProfile(), 'a', html), 'a').note).toBe(html);
  });

  it('travels with a duplicated element', () => {
    const noted = setNote(setMark(smallProfile(), 'a', 'should', 'yes'), 'a', 'Vores vigtigste');
    const copy = elementOf(duplicateElement(noted, 'a', 'a2'), 'a2');
    expect(copy).toMatchObject({ marks: { should: 'yes' }, note: 'Vores vigtigste' });
  });
});

describe('annotateElement', () => {
  it('saves marks and note as one change', () => {
    const annotated = annotateElement(smallProfile(), 'a', { does: 'yes', should: 'no' }, 'Det gør vi allerede godt');
    expect(elementOf(annotated, 'a')).toMatchObject({ marks: { does: 'yes', should: 'no' }, note: 'Det gør vi allerede godt' });
    expect(annotateElement(annotated, 'a', { does: 'yes', should: 'no' }, 'Det gør vi allerede godt')).toBe(annotated);
  });

  it('changes nothing when the note is too long', () => {
    const profile = smallProfile();
    expect(annotateElement(profile, 'a', { does: 'yes' }, 'x'.repeat(2001))).toBe(profile);
  });
});

describe('filters', () => {
  const marked = () => {
    let profile = placeInQuadrant(smallProfile(), 'a', 'strengthen');
    profile = placeInQuadrant(profile, 'b', 'begin');
    return setNote(setMark(profile, 'c', 'does', 'yes'), 'c', 'Note');
  };

  it('finds what we should strengthen, what we do, what we do not, what is undecided and what has a note', () => {
    const profile = marked();
    const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
      profile.categories.flatMap((c) => c.elements).filter((e) => matchesFilter(e, filter)).map((e) => e.id);
    expect(ids('all')).toEqual(['a', 'b', 'c']);
    expect(ids('should')).toEqual(['a', 'b']);
    expect(ids('does')).toEqual(['a', 'c']);
    expect(ids('doesNot')).toEqual(['b']);
    expect(ids('unmarked')).toEqual(['c']);
    expect(ids('noted')).toEqual(['c']);
    expect(countMatching(profile, 'should')).toBe(2);
  });
});

describe('cleanParagraphs', () => {
  it('keeps line breaks, collapses spaces and blank runs, trims', () => {
    expect(cleanParagraphs(' a  b \n\n\n\nc\t\td ')).toBe('a b\n\nc d');
  });
});

describe('cleanParagraphs at the door', () => {
  it('drops control characters and makes a note of only invisible characters no note', () => {
    expect(cleanParagraphs('Ét\u0007 ord\u0000')).toBe('Ét ord');
    expect(cleanParagraphs('\u200b\u200b')).toBe('');
    expect(setNote(smallProfile(), 'a', '\u200b')).toEqual(smallProfile());
  });
});
