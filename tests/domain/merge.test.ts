import { describe, expect, it } from 'vitest';
import { mergeProfiles } from '../../src/domain/merge';
import { profileSchema, type Profile } from '../../src/domain/profile';
import { counter, idsOf, smallProfile } from './fixtures';

/** A local profile on smallProfile's categories: a copy of a, and an own element in Kompetencer. */
function localProfile(): Profile {
  const base = smallProfile();
  return {
    ...base,
    id: 'lokal',
    basedOn: 'test',
    categories: [
      { ...base.categories[0]!, elements: [{ id: 'l1', sourceId: 'a', text: { da: 'Respektere de unge' } }] },
      { ...base.categories[1]!, elements: [{ id: 'l2', text: { da: 'Samarbejde med FGU' } }] },
    ],
  };
}

/** Another group's profile: a copy of a (generic text), a copy of b with a note, own texts, a question. */
function incomingProfile(): Profile {
  const base = smallProfile();
  return {
    ...base,
    id: 'lokal',
    basedOn: 'test',
    title: { da: 'Gruppe 2' },
    categories: [
      {
        ...base.categories[0]!,
        elements: [
          { id: 'l1', sourceId: 'a', text: { da: 'Respektere målgruppen' }, marks: { does: 'yes' } },
          { id: 'i2', sourceId: 'b', text: { da: 'Kende systemet' }, note: 'Vigtigt', marks: { should: 'yes' } },
        ],
      },
      {
        ...base.categories[1]!,
        elements: [
          { id: 'i3', text: { da: '  samarbejde med fgu' } },
          { id: 'l2', text: { da: 'Tale med forældrene' } },
        ],
      },
    ],
    questions: [{ id: 'q1', text: { da: 'Hvem er med?' }, answer: 'FGU' }],
  };
}

describe('mergeProfiles', () => {
  it('adds what the local profile lacks and leaves out the same generic element and the same own text', () => {
    const merged = mergeProfiles(localProfile(), incomingProfile(), counter('new'));
    expect(merged.added.map(({ categoryId, element }) => [categoryId, element.text.da])).toEqual([
      ['viden', 'Kende systemet'],
      ['kompetencer', 'Tale med forældrene'],
    ]);
    expect(merged.alreadyThere.map((element) => element.id)).toEqual(['l1', 'i3']);
    expect(idsOf(merged.profile)).toEqual({ viden: ['l1', 'i2'], kompetencer: ['l2', 'new1'] });
    expect(profileSchema.safeParse(merged.profile).success).toBe(true);
  });

  it('keeps notes and marks of the added elements, and the local title and texts', () => {
    const merged = mergeProfiles(localProfile(), incomingProfile(), counter('new')).profile;
    expect(merged.categories[0]!.elements[1]).toEqual({ id: 'i2', sourceId: 'b', text: { da: 'Kende systemet' }, note: 'Vigtigt', marks: { should: 'yes' } });
    expect(merged.title).toEqual({ da: 'Testprofil' });
    expect(merged.categories[0]!.elements[0]!.text.da).toBe('Respektere de unge');
  });

  it('gives an incoming element whose id is taken a new id, and never doubles within the incoming profile', () => {
    const incoming = incomingProfile();
    incoming.categories[1]!.elements.push({ id: 'x', text: { da: 'Tale med Forældrene' } });
    const merged = mergeProfiles(localProfile(), incoming, counter('new'));
    expect(merged.added.map(({ element }) => element.id)).toEqual(['i2', 'new1']);
    expect(merged.alreadyThere.map((element) => element.id)).toEqual(['l1', 'i3', 'x']);
  });

  it('adds a category the local profile does not have, matched by id', () => {
    const incoming = incomingProfile();
    incoming.categories.push({ id: 'holdninger', name: { da: 'Holdninger' }, color: '#444444', elements: [{ id: 'h', text: { da: 'Tro på de unge' } }] });
    const merged = mergeProfiles(localProfile(), incoming, counter('new'));
    expect(merged.addedCategories).toEqual(['holdninger']);
    expect(merged.profile.categories.map((category) => category.id)).toEqual(['viden', 'kompetencer', 'holdninger']);
    expect(merged.profile.categories[2]!.elements.map((element) => element.text.da)).toEqual(['Tro på de unge']);
  });

  it('adds questions it lacks (by source or text) and the languages the new texts may use', () => {
    const local = { ...localProfile(), questions: [{ id: 'q1', text: { da: 'Hvad nu?' } }] };
    const incoming = { ...incomingProfile(), languages: [{ code: 'is', name: 'Íslenska' }] };
    incoming.questions!.push({ id: 'q2', text: { da: 'hvad nu?' }, answer: 'Ingenting' });
    const merged = mergeProfiles(local, incoming, counter('new'));
    expect(merged.addedQuestions).toEqual([{ id: 'new2', text: { da: 'Hvem er med?' }, answer: 'FGU' }]); // l2 took new1
    expect(merged.profile.questions!.map((question) => question.text.da)).toEqual(['Hvad nu?', 'Hvem er med?']);
    expect(merged.profile.languages).toEqual([{ code: 'is', name: 'Íslenska' }]);
  });

  it('returns the very same profile when everything is already there, and does not mutate its inputs', () => {
    const local = localProfile();
    const incoming = incomingProfile();
    const before = structuredClone([local, incoming]);
    const once = mergeProfiles(local, incoming, counter('new')).profile;
    expect([local, incoming]).toEqual(before);
    const twice = mergeProfiles(once, incoming, counter('again'));
    expect(twice.profile).toBe(once);
    expect(twice.added).toEqual([]);
  });

  it('keeps the categories that gain nothing as the same objects', () => {
    const incoming = incomingProfile();
    incoming.categories[1]!.elements = [];
    const local = localProfile();
    const merged = mergeProfiles(local, incoming, counter('new')).profile;
    expect(merged.categories[1]).toBe(local.categories[1]);
    expect(merged.categories[0]).not.toBe(local.categories[0]);
  });

  it('stops at the element limit and says what did not fit', () => {
    const local = localProfile();
    local.categories[1]!.elements = Array.from({ length: 998 }, (_, i) => ({ id: `f${i}`, text: { da: `Fyld ${i}` } }));
    const merged = mergeProfiles(local, incomingProfile(), counter('new'));
    expect(merged.added.map(({ element }) => element.text.da)).toEqual(['Kende systemet']);
    expect(merged.noRoom.map(({ text }) => text.da)).toEqual(['  samarbejde med fgu', 'Tale med forældrene']);
    expect(profileSchema.safeParse(merged.profile).success).toBe(true);
  });
});
