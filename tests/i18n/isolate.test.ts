/** User text in the app's own sentences is isolated, so it cannot turn the sentence around. */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/i18n/problemMessage';
import { isolateBidi } from '../../src/i18n/isolate';
import { i18next } from '../../src/i18n';

const FSI = '\u2068';
const PDI = '\u2069';

describe('bidi isolation of interpolated values', () => {
  it('isolates right-to-left text and bidi controls, and leaves plain Latin text and numbers alone', () => {
    expect(isolateBidi('profil\u202Egnp.json')).toBe(`${FSI}profil\u202Egnp.json${PDI}`);
    expect(isolateBidi('العربية')).toBe(`${FSI}العربية${PDI}`);
    expect(isolateBidi('עברית')).toBe(`${FSI}עברית${PDI}`);
    expect(isolateBidi('Profil fra Ærø.json')).toBe('Profil fra Ærø.json');
    expect(isolateBidi('42')).toBe('42');
  });

  it('applies to every sentence with user text: the import dialog, a failed import, a problem’s place', () => {
    const t = i18next.t;
    expect(t('incoming.body', { title: '\u202Eevil', origin: 'x.json', count: 2 })).toContain(`“${FSI}\u202Eevil${PDI}” fra x.json`);
    expect(t('import.failed', { file: 'ملف.json' })).toBe(`${FSI}ملف.json${PDI} kunne ikke importeres. Den lokale profil er ikke ændret.`);
    const sentence = describeProblem({ code: 'missing_text', category: 'مهارات', element: 2 }, t);
    expect(sentence).toContain(`Element 2 i ${FSI}مهارات${PDI}`);
    expect(sentence).toMatch(/ har ingen tekst\.$/);
  });
});
