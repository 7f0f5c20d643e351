/**
 * Three groups' local profiles from one workshop, built on the generic Kontaktperson+ profile, with
 * what the summary must count: the same element renamed differently, the same own element written
 * differently, marks, notes and reflection answers. The expected figures are in the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile, ProfileElement } from '../../src/domain/profile';

const generic = JSON.parse(readFileSync(join(process.cwd(), 'profiles/kontaktperson-plus.json'), 'utf8')) as Profile;
const genericText = new Map(generic.categories.flatMap((category) => category.elements.map((element) => [element.id, element.text] as const)));

let n = 0;
const copy = (sourceId: string, more: Partial<ProfileElement> = {}): ProfileElement => ({
  id: `e-${(n += 1)}`,
  sourceId,
  text: { ...genericText.get(sourceId)! },
  ...more,
});
const own = (da: string, more: Partial<ProfileElement> = {}): ProfileElement => ({ id: `e-${(n += 1)}`, text: { da }, ...more });

function groupProfile(title: string, elements: Record<string, ProfileElement[]>, questions: Profile['questions']): Profile {
  return {
    version: 2,
    id: 'lokal-kontaktperson-plus',
    basedOn: 'kontaktperson-plus',
    title: { da: title },
    municipality: 'Helsingør Kommune',
    role: generic.role,
    languages: generic.languages,
    categories: generic.categories.map((category) => ({ ...category, elements: elements[category.id] ?? [] })),
    questions,
  };
}

const QUESTION = 'Hvem er med i vores kædeansvar?';

/**
 * "Respektere målgruppen": 3 of 3 (does: 2 yes, 1 no; should: 3 yes).
 * "Kende systemet, målgruppen og deres behov": 3 of 3, also called «Kende ungenetværket» (Ungekoordinatorerne, Jobcentret)
 *   and «Kende kommunens system» (Team Nord).
 * "Danne relationer": 2 of 3, with a note from Team Nord. "Håndtere data": 0 of 3.
 * Own: «Samarbejde med FGU» 2 of 3 (written «samarbejde med  FGU» by Team Nord), «Tale med forældrene» 1 of 3.
 * Question: answered by Ungekoordinatorerne and Jobcentret, not by Team Nord.
 */
export function threeWorkshopGroups(): Profile[] {
  n = 0;
  return [
    groupProfile(
      'Ungekoordinatorerne',
      {
        viden: [
          copy('respektere-maalgruppen', { marks: { does: 'yes', should: 'yes' } }),
          copy('kende-systemet-maalgruppen-og-deres-behov', { text: { da: 'Kende ungenetværket' } }),
        ],
        kompetencer: [copy('danne-relationer'), own('Samarbejde med FGU', { note: 'FGU skal med fra start.', marks: { should: 'yes' } })],
      },
      [{ id: 'q1', text: { da: QUESTION }, answer: 'UU, FGU og jobcentret.' }],
    ),
    groupProfile(
      'Team Nord',
      {
        viden: [
          copy('respektere-maalgruppen', { marks: { does: 'no', should: 'yes' } }),
          copy('kende-systemet-maalgruppen-og-deres-behov', { text: { da: 'Kende kommunens system' } }),
        ],
        kompetencer: [copy('danne-relationer', { note: 'Relationen er det hele.' }), own('samarbejde med  FGU')],
      },
      [{ id: 'q1', text: { da: QUESTION } }],
    ),
    groupProfile(
      'Jobcentret',
      {
        viden: [
          copy('respektere-maalgruppen', { marks: { does: 'yes', should: 'yes' } }),
          copy('kende-systemet-maalgruppen-og-deres-behov', { text: { da: 'Kende ungenetværket' } }),
        ],
        faerdigheder: [own('Tale med forældrene', { note: 'Især for de 15-17-årige.' })],
      },
      [{ id: 'x', text: { da: QUESTION }, answer: 'Virksomhederne i byen.' }],
    ),
  ];
}
