/** Adding an interface language is adding locales/<code>.json — no list in the code to update. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { i18next, languagesFrom, setupI18n, uiLanguages } from '../../src/i18n';

describe('interface languages', () => {
  afterAll(() => void setupI18n('da'));

  it('are exactly the files in locales/, Danish first', () => {
    const files = readdirSync(join(__dirname, '../../locales')).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', ''));
    expect(uiLanguages.map((l) => l.code).sort()).toEqual(files.sort());
    expect(uiLanguages[0]).toEqual({ code: 'da', name: 'Dansk', dir: 'ltr' });
    expect(uiLanguages.map((l) => l.name)).toEqual(expect.arrayContaining(['Dansk', 'English', 'Deutsch']));
  });

  it('take code, name and direction from a new file alone', () => {
    const added = languagesFrom({
      '../../locales/da.json': { meta: { name: 'Dansk' } },
      '../../locales/is.json': { meta: { name: 'Íslenska' } },
      '../../locales/ar.json': { meta: { name: 'العربية', dir: 'rtl' } },
    });
    expect(added).toEqual([
      { code: 'da', name: 'Dansk', dir: 'ltr' },
      { code: 'is', name: 'Íslenska', dir: 'ltr' },
      { code: 'ar', name: 'العربية', dir: 'rtl' },
    ]);
  });

  it('keep <html lang> in step, remember the choice, and never show an empty string', () => {
    setupI18n('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18next.t('regions.local')).toBe('Lokales Profil');
    void i18next.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('profilbygger:ui-language')).toBe('en');
    expect(i18next.options.returnEmptyString).toBe(false);
  });
});
