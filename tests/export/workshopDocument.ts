/** The three workshop groups as a summary document with Danish words: for the summary's export and slide tests. */
import { summarize } from '../../src/domain/summary';
import { summaryDocument, type SummaryWords } from '../../src/export/summaryDocument';
import { genericProfile } from '../../src/store/catalog';
import { threeWorkshopGroups } from '../e2e/workshopGroups';

export const danishWords: SummaryWords = {
  keptBy: (count, of) => `${count} af ${of} grupper`,
  fromGeneric: 'Fra den generiske profil',
  own: 'Gruppernes egne elementer',
  noOwn: 'Ingen egne elementer.',
  renamed: 'Også kaldt',
  movedTo: 'Flyttet til',
  does: 'Gør vi det i dag?',
  should: 'Bør det fylde mere?',
  yesNo: (yes, no) => `${yes} ja, ${no} nej`,
  noteFrom: (group) => `Note fra ${group}`,
  groups: 'Grupper',
  questions: 'Refleksionsspørgsmål',
  notAnswered: 'Ikke besvaret',
};

export const NAMES = ['Ungekoordinatorerne', 'Team Nord', 'Jobcentret'];

export function workshopDocument() {
  const groups = threeWorkshopGroups().map((profile, i) => ({ name: NAMES[i]!, profile }));
  return summaryDocument(summarize(groups, genericProfile('kontaktperson-plus')), NAMES, danishWords);
}
