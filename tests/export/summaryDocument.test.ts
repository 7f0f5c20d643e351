import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/export/summaryDocument';
import { workshopDocument } from './workshopDocument';

describe('summaryDocument', () => {
  it('lists each generic element with its count, other names, marks and notes, in the generic order', () => {
    const viden = workshopDocument().sections[0]!;
    expect(viden.heading.text).toBe('Viden');
    const generic = viden.lists[0]!;
    expect(generic.heading).toBe('Fra den generiske profil');
    expect(generic.items.map((item) => [item.text.text, item.badge])).toEqual([
      ['Respektere målgruppen', '3 af 3 grupper'],
      ['Kende målgrupperelevante metoder inden for bl.a. vejledning, pædagogik, socialfaglighed', '0 af 3 grupper'],
      ['Kende metoder for tværprofessionelt samarbejde', '0 af 3 grupper'],
      ['Kende systemet, målgruppen og deres behov', '3 af 3 grupper'],
      ['Reflektere over egen rolle', '0 af 3 grupper'],
      ['Relatere til lovgivning, data, økonomi m.fl.', '0 af 3 grupper'],
    ]);
    expect(generic.items[0]!.details.map((detail) => labelled(detail.label, detail.text))).toEqual([
      'Gør vi det i dag? 2 ja, 1 nej',
      'Bør det fylde mere? 3 ja, 0 nej',
    ]);
    expect(generic.items[3]!.details.map((detail) => labelled(detail.label, detail.text))).toEqual([
      'Også kaldt: «Kende ungenetværket» (Ungekoordinatorerne, Jobcentret); «Kende kommunens system» (Team Nord)',
    ]);
  });

  it('lists own elements, the most common first, with the groups that added them and their notes', () => {
    const kompetencer = workshopDocument().sections.find((section) => section.id === 'kompetencer')!;
    const own = kompetencer.lists[1]!;
    expect(own.items.map((item) => [item.text.text, item.badge])).toEqual([['Samarbejde med FGU', '2 af 3 grupper']]);
    expect(own.items[0]!.details.map((detail) => labelled(detail.label, detail.text))).toEqual([
      'Grupper: Ungekoordinatorerne, Team Nord',
      'Bør det fylde mere? 1 ja, 0 nej',
      'Note fra Ungekoordinatorerne: FGU skal med fra start.',
    ]);
    const danne = kompetencer.lists[0]!.items.find((item) => item.key === 'danne-relationer')!;
    expect(danne.badge).toBe('2 af 3 grupper');
    expect(danne.details.map((detail) => labelled(detail.label, detail.text))).toEqual(['Note fra Team Nord: Relationen er det hele.']);
    expect(workshopDocument().sections[0]!.lists[1]).toMatchObject({ items: [], empty: 'Ingen egne elementer.' });
  });

  it('puts the answers to each question side by side, one per group', () => {
    expect(workshopDocument().questions).toEqual([
      {
        key: 't:hvem er med i vores kædeansvar?',
        question: { text: 'Hvem er med i vores kædeansvar?', lang: 'da' },
        answers: [
          { group: 'Ungekoordinatorerne', answer: 'UU, FGU og jobcentret.' },
          { group: 'Team Nord', answer: null },
          { group: 'Jobcentret', answer: 'Virksomhederne i byen.' },
        ],
      },
    ]);
  });
});
