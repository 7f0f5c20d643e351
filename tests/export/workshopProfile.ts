/** A workshop-sized local profile for export and link tests: the generic Kontaktperson+ profile with marks and notes. */
import { createLocalProfile } from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { genericProfile } from '../../src/store/catalog';
import { counter } from '../domain/fixtures';

const generic = genericProfile('kontaktperson-plus');

/** Notes as groups write them: a different sentence on every element. */
const NOTES = [
  'Det gør vi allerede i ungeteamet, men ikke i jobcentret.',
  'Skal styrkes: vi mangler et fælles sprog med FGU.',
  'Omdøbt, så det passer til vores ungekoordinatorer.',
  'Tages op på næste teammøde med lederne.',
  'Her er vi stærke; det siger de unge også.',
  'Kræver efteruddannelse – hvem betaler?',
  'Forældrene skal inddrages tidligere end i dag.',
  'Vi bruger ikke data nok i dag.',
  'Svært, når de unge skifter kommune.',
  'Samarbejdet med EUD skal aftales skriftligt.',
];

/** The generic profile copied in full, every element marked on both axes and given its own note. */
export function workshopProfile(): Profile {
  const local = createLocalProfile(generic, 'copy', counter('e-4f9c2a7b1d'));
  let n = 0;
  return {
    ...local,
    title: { da: 'Ungekoordinator i Helsingør' },
    municipality: 'Helsingør Kommune',
    categories: local.categories.map((category) => ({
      ...category,
      elements: category.elements.map((element) => {
        n += 1;
        return { ...element, marks: { does: n % 3 ? 'yes' : 'no', should: n % 2 ? 'yes' : 'no' }, note: `${NOTES[n % NOTES.length]} (${n})` };
      }),
    })),
  };
}
