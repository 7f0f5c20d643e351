import { describe, expect, it } from 'vitest';
import { findElement, renameElement } from '../../src/domain/operations';
import { elementOrigin, resetToOriginal, type OriginalLookup } from '../../src/domain/origin';
import type { Profile, ProfileElement } from '../../src/domain/profile';
import { translateText, translationStatus } from '../../src/domain/translate';

const generic: ProfileElement[] = [
  { id: 'danne-relationer', text: { da: 'Danne relationer', en: 'Build relationships', de: 'Beziehungen aufbauen' } },
];
const lookup: OriginalLookup = (id) => generic.find((element) => element.id === id);

function local(): Profile {
  return {
    version: 2,
    id: 'lokal',
    title: { da: 'Lokal profil' },
    basedOn: 'kontaktperson-plus',
    categories: [
      {
        id: 'kompetencer',
        name: { da: 'Kompetencer' },
        color: '#8a4500',
        elements: [
          { id: 'copy', text: { ...generic[0]!.text }, sourceId: 'danne-relationer' },
          { id: 'own', text: { da: 'Kende vores ungenetværk' } },
        ],
      },
    ],
  };
}
const element = (profile: Profile, id: string) => findElement(profile, id)!.element;

describe('where an element came from', () => {
  it('tells copies, adapted copies and own elements apart', () => {
    const profile = renameElement(local(), 'copy', 'da', 'Danne relationer som ungekoordinator');
    expect(elementOrigin(element(local(), 'copy'), lookup).kind).toBe('generic');
    expect(elementOrigin(element(profile, 'copy'), lookup)).toEqual({ kind: 'adapted', original: generic[0] });
    expect(elementOrigin(element(profile, 'own'), lookup)).toEqual({ kind: 'own' });
    // A translation of its own is an adaptation too; a copy of an element that is gone counts as own.
    const retranslated = translateText(local(), { kind: 'element', elementId: 'copy' }, 'en', 'Build trust');
    expect(elementOrigin(element(retranslated, 'copy'), lookup).kind).toBe('adapted');
    expect(elementOrigin({ id: 'x', text: { da: 'x' }, sourceId: 'gone' }, lookup)).toEqual({ kind: 'own' });
  });

  it('resets an adapted element to its generic original in every language, current again', () => {
    let profile = renameElement(local(), 'copy', 'da', 'Danne relationer som ungekoordinator');
    profile = translateText(profile, { kind: 'element', elementId: 'copy' }, 'de', 'Beziehungen als Jugendkoordinator aufbauen');
    const reset = resetToOriginal(profile, 'copy', lookup);
    expect(element(reset, 'copy')).toEqual(element(local(), 'copy'));
    expect(translationStatus(reset, 'en').outdated).toBe(0);
  });

  it('keeps a translation only the local element has, out of date when the Danish text changed under it', () => {
    let profile = renameElement(local(), 'copy', 'da', 'Danne relationer som ungekoordinator');
    profile = translateText(profile, { kind: 'element', elementId: 'copy' }, 'is', 'Mynda tengsl sem ungmennafulltrúi');
    const reset = resetToOriginal(profile, 'copy', lookup);
    expect(element(reset, 'copy')).toEqual({
      id: 'copy',
      sourceId: 'danne-relationer',
      text: { ...generic[0]!.text, is: 'Mynda tengsl sem ungmennafulltrúi' },
      translatedFrom: { text: { is: 'Danne relationer som ungekoordinator' } },
    });
  });

  it('leaves unchanged copies and own elements alone (no undo step)', () => {
    const profile = local();
    expect(resetToOriginal(profile, 'copy', lookup)).toBe(profile);
    expect(resetToOriginal(profile, 'own', lookup)).toBe(profile);
    expect(resetToOriginal(profile, 'missing', lookup)).toBe(profile);
  });
});
