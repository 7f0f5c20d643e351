import { describe, expect, it } from 'vitest';
import { formatDate, languageName } from '../../src/i18n/formatDate';

describe('formatDate', () => {
  const date = new Date(2026, 0, 5); // 5 January: the 2020 tool printed a month off

  it('writes the date as each language does, with the right month', () => {
    expect(formatDate(date, 'da')).toBe('5. januar 2026');
    expect(formatDate(date, 'en')).toMatch(/^(5 January 2026|January 5, 2026)$/);
    expect(formatDate(date, 'de')).toBe('5. Januar 2026');
    expect(formatDate(new Date(2026, 2, 1), 'de')).toBe('1. März 2026');
    expect(formatDate(date, 'da', 'short')).toBe('05.01.2026');
  });

  it('falls back to an ISO date for a tag Intl rejects', () => {
    expect(formatDate(new Date(Date.UTC(2026, 10, 26, 12)), 'not a tag!')).toBe('2026-11-26');
  });
});

describe('languageName', () => {
  it('names languages in the reader’s language, or falls back to the given name', () => {
    expect(languageName('en', 'da')).toBe('engelsk');
    expect(languageName('is', 'de')).toBe('Isländisch');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('qaa', 'da', 'Vores sprog')).toBe('Vores sprog');
  });
});
