import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';

/** A long local profile with Danish and Latin Extended-A text: enough for several PDF pages. */
export function largeProfile(perCategory = 24): Profile {
  const names = [
    { id: 'viden', da: 'Viden', en: 'Knowledge', hint: 'jeg ved', color: '#1d5b94' },
    { id: 'faerdigheder', da: 'Færdigheder', en: 'Skills', hint: 'jeg kan', color: '#2e7d32' },
    { id: 'kompetencer', da: 'Kompetencer', en: 'Competences', hint: 'jeg gør', color: '#8a4500' },
  ];
  return {
    version: PROFILE_VERSION,
    id: 'lokal-kontaktperson-plus',
    basedOn: 'kontaktperson-plus',
    title: { da: 'Kontaktperson+ i Helsingør – lokal kompetenceprofil', en: 'Contact person+ in Helsingør' },
    role: { da: 'Kontaktperson+', en: 'Contact person+' },
    municipality: 'Helsingør Kommune',
    categories: names.map((n) => ({
      id: n.id,
      name: { da: n.da, en: n.en },
      hint: { da: n.hint },
      color: n.color,
      elements: Array.from({ length: perCategory }, (_, i) => ({
        id: `${n.id}-${i + 1}`,
        text: {
          da:
            i === 0
              ? 'Kende målgrupperelevante metoder inden for bl.a. vejledning, pædagogik og socialfaglighed – også for unge på Ærø'
              : i === 1
                ? 'Samarbejde med Łukasz, Ődön, Šárka, Čeněk, Žofie, Guðrún og Þórdís på tværs af grænser'
                : `Element ${i + 1} i ${n.da}: følge den unge gennem overgange i kædeansvaret, også når det bliver svært og langvarigt`,
        },
      })),
    })),
  };
}
