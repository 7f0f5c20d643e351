import { describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';
import { findMatches, replaceText, splitMatches } from '../../src/domain/replace';

function profile(): Profile {
  return {
    version: PROFILE_VERSION,
    id: 'p',
    title: { da: 'Kædeansvar i Helsingør' },
    categories: [
      {
        id: 'viden',
        name: { da: 'Viden om kædeansvaret' },
        color: '#1d5b94',
        elements: [
          { id: 'a', text: { da: 'Kende kædeansvaret og KÆDEANSVARETS aktører', en: 'Know the chain responsibility' } },
          { id: 'b', text: { da: 'Kædeansvar' } },
          { id: 'c', text: { da: 'Danne relationer' } },
        ],
      },
    ],
  };
}

const text = (p: Profile, id: string, lang = 'da') => findElement(p, id)?.element.text[lang];

describe('finding a term', () => {
  it('splits text into highlighted and plain runs, ignoring case in æøå', () => {
    expect(splitMatches('Kende kædeansvaret og KÆDEANSVARETS aktører', 'kædeansvaret')).toEqual([
      { text: 'Kende ', match: false },
      { text: 'kædeansvaret', match: true },
      { text: ' og ', match: false },
      { text: 'KÆDEANSVARET', match: true },
      { text: 'S aktører', match: false },
    ]);
    expect(splitMatches('Kædeansvar', 'kædeansvar', { ignoreCase: false })).toEqual([{ text: 'Kædeansvar', match: false }]);
    expect(splitMatches('abc', '')).toEqual([{ text: 'abc', match: false }]);
  });

  it('treats the search as text, not as a pattern', () => {
    expect(splitMatches('a.b (c) a+b', 'a+b').filter((s) => s.match)).toEqual([{ text: 'a+b', match: true }]);
  });

  it('finds matches only in the texts written in the language', () => {
    expect(findMatches(profile(), 'da', 'kædeansvar').map((m) => [m.key, m.count])).toEqual([
      ['title', 1],
      ['name:viden', 1],
      ['element:a', 2],
      ['element:b', 1],
    ]);
    expect(findMatches(profile(), 'en', 'kædeansvar')).toEqual([]);
    expect(findMatches(profile(), 'en', 'chain').map((m) => m.key)).toEqual(['element:a']);
  });
});

describe('replaceText', () => {
  it('replaces everywhere in one new profile, case-insensitively, and counts', () => {
    const before = profile();
    const result = replaceText(before, 'da', 'kædeansvar', 'vores ungenetværk');
    expect(result.count).toBe(5);
    expect(result.texts).toBe(4);
    expect(result.profile.title.da).toBe('vores ungenetværk i Helsingør');
    expect(result.profile.categories[0]?.name.da).toBe('Viden om vores ungenetværket');
    expect(text(result.profile, 'a')).toBe('Kende vores ungenetværket og vores ungenetværkETS aktører');
    expect(text(result.profile, 'a', 'en')).toBe('Know the chain responsibility');
    expect(before.title.da).toBe('Kædeansvar i Helsingør');
  });

  it('respects case when asked to', () => {
    const result = replaceText(profile(), 'da', 'Kædeansvar', 'Ungenetværk', { ignoreCase: false });
    expect(result.count).toBe(2);
    expect(text(result.profile, 'a')).toBe('Kende kædeansvaret og KÆDEANSVARETS aktører');
    expect(text(result.profile, 'b')).toBe('Ungenetværk');
  });

  it('replaces in one text only when asked (one by one)', () => {
    const result = replaceText(profile(), 'da', 'kædeansvar', 'netværk', { only: { kind: 'element', elementId: 'b' } });
    expect(result.count).toBe(1);
    expect(text(result.profile, 'b')).toBe('netværk');
    expect(result.profile.title.da).toBe('Kædeansvar i Helsingør');
  });

  it('never empties a text: skips it and says which', () => {
    const result = replaceText(profile(), 'da', 'kædeansvar', '');
    expect(result.skipped.map((m) => m.key)).toEqual(['element:b']);
    expect(text(result.profile, 'b')).toBe('Kædeansvar');
    expect(text(result.profile, 'a')).toBe('Kende et og ETS aktører');
  });

  it('keeps "$&" and the like literal, and returns the same profile when nothing matches', () => {
    expect(text(replaceText(profile(), 'da', 'relationer', '$& $1').profile, 'c')).toBe('Danne $& $1');
    const before = profile();
    expect(replaceText(before, 'da', 'findes ikke', 'x').profile).toBe(before);
    expect(replaceText(before, 'da', '  ', 'x').profile).toBe(before);
  });

  it('works in other languages, with umlauts', () => {
    const p = replaceText(profile(), 'en', 'chain responsibility', 'Verantwortungskette für Übergänge').profile;
    expect(text(p, 'a', 'en')).toBe('Know the Verantwortungskette für Übergänge');
    expect(text(p, 'a')).toBe('Kende kædeansvaret og KÆDEANSVARETS aktører');
  });
});
