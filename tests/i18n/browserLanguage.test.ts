import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/browserLanguage';

describe('the browser language on a first visit', () => {
  it('takes the first preferred language we have, by whole code or language part', () => {
    expect(pickLanguage(['da', 'en', 'de'], ['de-AT', 'en-GB'])).toBe('de');
    expect(pickLanguage(['da', 'en', 'de'], ['fr-FR', 'EN'])).toBe('en');
    expect(pickLanguage(['da', 'en', 'pt-BR'], ['pt-BR'])).toBe('pt-BR');
  });

  it('finds nothing when the browser prefers only languages we lack (Danish is then used)', () => {
    expect(pickLanguage(['da', 'en', 'de'], ['fr', 'it'])).toBeUndefined();
    expect(pickLanguage(['da', 'en', 'de'], [])).toBeUndefined();
  });
});
