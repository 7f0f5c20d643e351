import { describe, expect, it } from 'vitest';
import type { Profile, ProfileElement } from '../../src/domain/profile';
import { mostCommonBase, summarize, type SummaryGroup } from '../../src/domain/summary';
import { smallProfile } from './fixtures';

/** The generic profile: a (Respektere målgruppen), b (Kende systemet) in Viden; c (Danne relationer) in Kompetencer. */
const generic = (): Profile => ({
  ...smallProfile(),
  questions: [{ id: 'q1', text: { da: 'Hvem er med i kædeansvaret?' } }],
});

/** A group's local profile with the given elements per category. */
function groupProfile(viden: ProfileElement[], kompetencer: ProfileElement[] = [], extra: Partial<Profile> = {}): Profile {
  const base = generic();
  return {
    ...base,
    id: 'lokal',
    basedOn: 'test',
    questions: undefined,
    categories: [
      { ...base.categories[0]!, elements: viden },
      { ...base.categories[1]!, elements: kompetencer },
    ],
    ...extra,
  };
}

const copy = (id: string, sourceId: string, da: string, more: Partial<ProfileElement> = {}): ProfileElement => ({
  id,
  sourceId,
  text: { da },
  ...more,
});
const own = (id: string, da: string, more: Partial<ProfileElement> = {}): ProfileElement => ({ id, text: { da }, ...more });

function threeGroups(): SummaryGroup[] {
  return [
    {
      name: 'Gruppe 1',
      profile: groupProfile(
        [copy('g1-a', 'a', 'Respektere målgruppen', { marks: { does: 'yes', should: 'yes' }, note: 'Det gør vi allerede.' }), copy('g1-b', 'b', 'Kende vores ungenetværk')],
        [own('g1-x', 'Samarbejde med FGU', { note: 'Vigtigt for os.', marks: { should: 'yes' } })],
      ),
    },
    {
      name: 'Gruppe 2',
      profile: groupProfile(
        [copy('g2-a', 'a', 'Respektere målgruppen', { marks: { does: 'no', should: 'yes' } }), copy('g2-b', 'b', 'Kende kommunens system')],
        [own('g2-x', '  samarbejde med  fgu ', { marks: { should: 'no' } })],
      ),
    },
    {
      name: 'Gruppe 3',
      profile: groupProfile([copy('g3-b', 'b', 'Kende vores ungenetværk')], [], {
        questions: [{ id: 'x', sourceId: 'q1', text: { da: 'Hvem er med i kædeansvaret?' }, answer: 'FGU, jobcentret og skolerne.' }],
      }),
    },
  ];
}

const elementOf = (summary: ReturnType<typeof summarize>, id: string) =>
  summary.categories.flatMap((category) => category.generic).find((item) => item.id === id)!;

describe('summarize', () => {
  it('counts for each generic element how many groups kept it, including elements nobody kept', () => {
    const summary = summarize(threeGroups(), generic());
    expect(elementOf(summary, 'a').groups).toEqual([0, 1]);
    expect(elementOf(summary, 'b').groups).toEqual([0, 1, 2]);
    expect(elementOf(summary, 'c').groups).toEqual([]);
    expect(summary.groups).toEqual([
      { name: 'Gruppe 1', elements: 3 },
      { name: 'Gruppe 2', elements: 3 },
      { name: 'Gruppe 3', elements: 1 },
    ]);
  });

  it('lists the names of an element renamed differently in two groups, and counts them together', () => {
    const b = elementOf(summarize(threeGroups(), generic()), 'b');
    expect(b.text.text).toBe('Kende systemet');
    expect(b.groups).toHaveLength(3);
    expect(b.renamed).toEqual([
      { text: { text: 'Kende vores ungenetværk', lang: 'da' }, groups: [0, 2] },
      { text: { text: 'Kende kommunens system', lang: 'da' }, groups: [1] },
    ]);
    expect(elementOf(summarize(threeGroups(), generic()), 'a').renamed).toEqual([]);
  });

  it('groups own elements with the same text (case and spacing ignored) and keeps every note', () => {
    const kompetencer = summarize(threeGroups(), generic()).categories.find((category) => category.id === 'kompetencer')!;
    expect(kompetencer.own).toHaveLength(1);
    expect(kompetencer.own[0]).toMatchObject({
      text: { text: 'Samarbejde med FGU' },
      groups: [0, 1],
      notes: [{ group: 0, text: 'Vigtigt for os.' }],
      marks: { does: { yes: 0, no: 0 }, should: { yes: 1, no: 1 } },
    });
  });

  it('counts the Bør / Gør marks per element, undecided left out', () => {
    const a = elementOf(summarize(threeGroups(), generic()), 'a');
    expect(a.marks).toEqual({ does: { yes: 1, no: 1 }, should: { yes: 2, no: 0 } });
    expect(a.notes).toEqual([{ group: 0, text: 'Det gør vi allerede.' }]);
    expect(elementOf(summarize(threeGroups(), generic()), 'b').marks).toEqual({ does: { yes: 0, no: 0 }, should: { yes: 0, no: 0 } });
  });

  it('counts a group once for an element it copied twice', () => {
    const groups = [
      {
        name: 'Dobbelt',
        profile: groupProfile([copy('x1', 'a', 'Respektere målgruppen', { marks: { does: 'yes' } }), copy('x2', 'a', 'Respektere de unge', { marks: { does: 'yes' } })]),
      },
    ];
    const a = elementOf(summarize(groups, generic()), 'a');
    expect(a.groups).toEqual([0]);
    expect(a.marks.does.yes).toBe(1);
    expect(a.renamed).toEqual([{ text: { text: 'Respektere de unge', lang: 'da' }, groups: [0] }]);
  });

  it('puts the reflection answers side by side, one entry per group', () => {
    const [question] = summarize(threeGroups(), generic()).questions;
    expect(question).toEqual({
      key: 'q:q1',
      text: { text: 'Hvem er med i kædeansvaret?', lang: 'da' },
      answers: [null, null, 'FGU, jobcentret og skolerne.'],
    });
  });

  it('adds questions groups wrote themselves, and matches them by text across groups', () => {
    const groups = threeGroups();
    groups[0]!.profile = { ...groups[0]!.profile, questions: [{ id: 'own', text: { da: 'Hvad gør vi først?' }, answer: 'Et møde med FGU.' }] };
    groups[1]!.profile = { ...groups[1]!.profile, questions: [{ id: 'own2', text: { da: 'hvad gør vi  først?' }, answer: 'Spørger de unge.' }] };
    const questions = summarize(groups, generic()).questions;
    expect(questions.map((question) => question.text.text)).toEqual(['Hvem er med i kædeansvaret?', 'Hvad gør vi først?']);
    expect(questions[1]!.answers).toEqual(['Et møde med FGU.', 'Spørger de unge.', null]);
  });

  it('shows texts in the chosen language, with Danish where a group wrote none', () => {
    const groups = [{ name: 'A', profile: groupProfile([copy('x', 'a', 'Respektere målgruppen', { text: { da: 'Respektere målgruppen', en: 'Respect the target group' } }), own('y', 'Egen tekst')]) }];
    const summary = summarize(groups, generic(), 'en');
    expect(elementOf(summary, 'a')).toMatchObject({ text: { text: 'Respect the target group', lang: 'en' }, renamed: [] });
    expect(summary.categories[0]!.name).toEqual({ text: 'Knowledge', lang: 'en' });
    expect(summary.categories[0]!.own[0]!.text).toEqual({ text: 'Egen tekst', lang: 'da' });
  });

  it('notes where groups moved a generic element, and keeps categories only groups have', () => {
    const moved = groupProfile([], [copy('m', 'a', 'Respektere målgruppen')]);
    moved.categories.push({ id: 'holdninger', name: { da: 'Holdninger' }, color: '#444444', elements: [own('h', 'Tro på de unge')] });
    const summary = summarize([{ name: 'A', profile: moved }], generic());
    expect(elementOf(summary, 'a').movedTo).toEqual([{ categoryId: 'kompetencer', groups: [0] }]);
    const extra = summary.categories.at(-1)!;
    expect(extra).toMatchObject({ id: 'holdninger', inGeneric: false, own: [{ text: { text: 'Tro på de unge' }, groups: [0] }] });
  });

  it('treats copies of elements the generic profile does not have as own elements', () => {
    const summary = summarize([{ name: 'A', profile: groupProfile([copy('z', 'fra-en-anden-profil', 'Kende KUI')]) }], generic());
    expect(summary.categories[0]!.own.map((item) => item.text.text)).toEqual(['Kende KUI']);
  });

  it('does not change the profiles it summarises', () => {
    const groups = threeGroups();
    const before = structuredClone(groups);
    summarize(groups, generic());
    expect(groups).toEqual(before);
  });

  it('summarises no groups as the generic profile with nothing kept', () => {
    const summary = summarize([], generic());
    expect(summary.categories.flatMap((category) => category.generic.map((item) => item.groups.length))).toEqual([0, 0, 0]);
    expect(summary.questions[0]!.answers).toEqual([]);
  });
});

describe('mostCommonBase', () => {
  it('picks the generic profile most groups built on, among those the app has', () => {
    const on = (basedOn?: string) => ({ ...smallProfile(), basedOn });
    expect(mostCommonBase([on('a'), on('b'), on('b'), on('x'), on('x'), on('x')], ['a', 'b'])).toBe('b');
    expect(mostCommonBase([on('a'), on('b')], ['a', 'b'])).toBe('a');
    expect(mostCommonBase([on(undefined), on('x')], ['a'])).toBeUndefined();
  });
});
