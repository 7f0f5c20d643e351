import { describe, expect, it } from 'vitest';
import {
  addCopyOf,
  addOwnElement,
  createLocalProfile,
  duplicateElement,
  findElement,
  moveElement,
  moveElementBy,
  removeElement,
  renameElement,
  setMunicipality,
  setTitle,
  usedSourceIds,
} from '../../src/domain/operations';
import { profileSchema } from '../../src/domain/profile';
import { counter, idsOf, smallProfile } from './fixtures';

describe('moveElement', () => {
  it('reorders within a category', () => {
    const moved = moveElement(smallProfile(), 'b', 'viden', 0);
    expect(idsOf(moved).viden).toEqual(['b', 'a']);
  });

  it('moves to another category at the given index', () => {
    const moved = moveElement(smallProfile(), 'a', 'kompetencer', 0);
    expect(idsOf(moved)).toEqual({ viden: ['b'], kompetencer: ['a', 'c'] });
  });

  it('appends when the index is past the end', () => {
    expect(idsOf(moveElement(smallProfile(), 'a', 'kompetencer', 99)).kompetencer).toEqual(['c', 'a']);
  });

  it('does not mutate its input and returns the same object when nothing moves', () => {
    const profile = smallProfile();
    const before = structuredClone(profile);
    moveElement(profile, 'a', 'kompetencer', 0);
    expect(profile).toEqual(before);
    expect(moveElement(profile, 'a', 'viden', 0)).toBe(profile);
    expect(moveElement(profile, 'missing', 'viden', 0)).toBe(profile);
    expect(moveElement(profile, 'a', 'missing', 0)).toBe(profile);
  });
});

describe('moveElementBy', () => {
  it('moves one step down and up, and stops at the ends', () => {
    const profile = smallProfile();
    expect(idsOf(moveElementBy(profile, 'a', 1)).viden).toEqual(['b', 'a']);
    expect(idsOf(moveElementBy(profile, 'b', -1)).viden).toEqual(['b', 'a']);
    expect(moveElementBy(profile, 'a', -1)).toBe(profile);
    expect(moveElementBy(profile, 'b', 1)).toBe(profile);
  });
});

describe('adding elements', () => {
  it('copies a generic element with a new id and a link back to its source', () => {
    const local = createLocalProfile(smallProfile(), 'empty', counter());
    const source = smallProfile().categories[0]!.elements[0]!;
    const added = addCopyOf(local, source, 'kompetencer', 'x1');
    expect(added.categories[1]!.elements).toEqual([{ id: 'x1', text: source.text, sourceId: 'a' }]);
    expect(usedSourceIds(added)).toEqual(new Set(['a']));
  });

  it('adds an own element with trimmed text, and refuses blank text', () => {
    const profile = smallProfile();
    const added = addOwnElement(profile, 'viden', 'own', '  Kende  kædeansvaret ', 'da', 1);
    expect(findElement(added, 'own')).toMatchObject({ index: 1, element: { text: { da: 'Kende kædeansvaret' } } });
    expect(addOwnElement(profile, 'viden', 'own', '   ')).toBe(profile);
  });

  it('gives an element written in English a Danish text too, so it is never empty', () => {
    const added = addOwnElement(smallProfile(), 'viden', 'own', 'Know the chain', 'en');
    expect(findElement(added, 'own')?.element.text).toEqual({ da: 'Know the chain', en: 'Know the chain' });
  });

  it('refuses an id that is already used', () => {
    const profile = smallProfile();
    expect(addOwnElement(profile, 'viden', 'a', 'Noget')).toBe(profile);
  });

  it('duplicates right after the original', () => {
    const copy = duplicateElement(smallProfile(), 'a', 'a2');
    expect(idsOf(copy).viden).toEqual(['a', 'a2', 'b']);
    expect(findElement(copy, 'a2')?.element.text.da).toBe('Respektere målgruppen');
  });
});

describe('renameElement', () => {
  it('sets the text in one language and keeps the others', () => {
    const renamed = renameElement(smallProfile(), 'a', 'da', 'Respektere de unge – æøå ÆØÅ');
    expect(findElement(renamed, 'a')?.element.text).toEqual({ da: 'Respektere de unge – æøå ÆØÅ', en: 'Respect the target group' });
  });

  it('refuses empty and over-long text, and ignores no-op renames', () => {
    const profile = smallProfile();
    expect(renameElement(profile, 'a', 'da', '  ')).toBe(profile);
    expect(renameElement(profile, 'a', 'da', 'x'.repeat(2001))).toBe(profile);
    expect(renameElement(profile, 'a', 'da', 'Respektere målgruppen')).toBe(profile);
  });

  it('accepts 2,000 characters', () => {
    const long = 'æ'.repeat(2000);
    expect(findElement(renameElement(smallProfile(), 'a', 'da', long), 'a')?.element.text.da).toBe(long);
  });

  it('keeps HTML as plain text', () => {
    const html = '<img src=x onerror="alert(1)">';
    expect(findElement(renameElement(smallProfile(), 'a', 'da', html), 'a')?.element.text.da).toBe(html);
  });
});

describe('removeElement', () => {
  it('removes only that element', () => {
    expect(idsOf(removeElement(smallProfile(), 'a'))).toEqual({ viden: ['b'], kompetencer: ['c'] });
  });
});

describe('title and municipality', () => {
  it('sets the title per language and the municipality', () => {
    const profile = setMunicipality(setTitle(smallProfile(), 'da', 'Helsingørs profil'), '  Helsingør ');
    expect(profile.title.da).toBe('Helsingørs profil');
    expect(profile.municipality).toBe('Helsingør');
  });

  it('never blanks the Danish title', () => {
    const profile = smallProfile();
    expect(setTitle(profile, 'da', '')).toBe(profile);
  });
});

describe('createLocalProfile', () => {
  it('starts empty with the generic categories', () => {
    const local = createLocalProfile(smallProfile(), 'empty', counter());
    expect(idsOf(local)).toEqual({ viden: [], kompetencer: [] });
    expect(local.basedOn).toBe('test');
    expect(profileSchema.safeParse(local).success).toBe(true);
  });

  it('copies every element with fresh ids when asked', () => {
    const local = createLocalProfile(smallProfile(), 'copy', counter());
    expect(idsOf(local)).toEqual({ viden: ['n1', 'n2'], kompetencer: ['n3'] });
    expect(usedSourceIds(local)).toEqual(new Set(['a', 'b', 'c']));
    expect(profileSchema.safeParse(local).success).toBe(true);
  });
});
