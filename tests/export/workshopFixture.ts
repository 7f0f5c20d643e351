import { annotateElement } from '../../src/domain/marks';
import { answerQuestion } from '../../src/domain/questions';
import type { Profile } from '../../src/domain/profile';
import type { WorkshopLabels } from '../../src/export/workshopText';
import { smallProfile } from '../domain/fixtures';

/** The small profile after a workshop: marks, a note, two questions (one answered over two lines). */
export function workshopProfile(): Profile {
  let profile: Profile = {
    ...smallProfile(),
    municipality: 'Helsingør Kommune',
    role: { da: 'Ungekoordinator' },
    questions: [
      { id: 'q1', text: { da: 'Hvilke kompetencer er i spil i dag?', en: 'Which competences are in play today?' } },
      { id: 'q2', text: { da: 'Hvem mangler i kædeansvaret?' } },
    ],
  };
  profile = annotateElement(profile, 'a', { does: 'yes', should: 'yes' }, 'Kernen i vores arbejde');
  profile = annotateElement(profile, 'c', { does: 'no', should: 'no' }, '');
  profile = answerQuestion(profile, 'q1', 'Relationer og vejledning\nog kædeansvar');
  return profile;
}

export const WORKSHOP_LABELS: WorkshopLabels = {
  does: { yes: 'Gør vi i dag', no: 'Gør vi ikke i dag' },
  should: { yes: 'Bør fylde mere', no: 'Bør ikke fylde mere' },
  note: 'Note',
  questions: 'Refleksionsspørgsmål',
  notAnswered: 'Ikke besvaret',
  matrix: 'Bør/Gør-matrix',
  quadrants: {
    strengthen: 'Styrk',
    begin: 'Begynd',
    keep: 'Fasthold',
    leave: 'Lad ligge',
    undecided: 'Ikke afgjort endnu',
  },
};
