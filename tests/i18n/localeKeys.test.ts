/**
 * Every key the code uses is in every locale, every locale key is used, all locales have the same
 * keys as da.json (plural forms per language), and no text is blank. Adding a UI language is adding
 * a file to locales/: this test then lists what it still misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DYNAMIC_KEYS, flatten, keyUses, LOCALES, PLURAL, REFERENCE, usedKeysOf, type Json } from './keyScanner';

const localeFiles = readdirSync(LOCALES).filter((file) => file.endsWith('.json'));
const locales = new Map(
  localeFiles.map((file) => [file.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')) as Json)]),
);

const uses = keyUses();
const usedKeys = usedKeysOf(uses);
const baseKey = (key: string) => key.replace(PLURAL, '');
/** Keys read from the file rather than through t(). */
const isMeta = (key: string) => key.startsWith('meta.');

describe('locale files', () => {
  it('are there: Danish, English and German at least', () => {
    expect([...locales.keys()]).toEqual(expect.arrayContaining(['da', 'en', 'de']));
  });

  it('finds the keys the code uses (the scanner itself works)', () => {
    expect(usedKeys).toContain('regions.local');
    expect(usedKeys).toContain('dnd.overNothing'); // from a ternary
    expect(usedKeys).toContain('category.count'); // plural
    expect(usedKeys).toContain('startOver.copy'); // from the allow-list
    expect(usedKeys).toContain('export.pdfLandscape'); // from a key table: t(LABEL_KEYS[format])
  });

  it('has no dynamic key that is not spelled out in DYNAMIC_KEYS', () => {
    const unknown = uses.filter((use) => use.dynamic !== undefined && !(use.dynamic in DYNAMIC_KEYS)).map((use) => `${use.file}: t(${use.dynamic})`);
    expect(unknown).toEqual([]);
  });

  it('has no entry in DYNAMIC_KEYS that the code no longer uses', () => {
    const dynamic = new Set(uses.map((use) => use.dynamic));
    expect(Object.keys(DYNAMIC_KEYS).filter((expression) => !dynamic.has(expression))).toEqual([]);
  });

  for (const [lang, entries] of locales) {
    describe(`${lang}.json`, () => {
      const bases = new Set([...entries.keys()].map(baseKey));

      it('has every key the code uses', () => {
        expect([...usedKeys].filter((key) => !bases.has(key)).sort()).toEqual([]);
      });

      it('has no key the code no longer uses', () => {
        expect([...bases].filter((key) => !isMeta(key) && !usedKeys.has(key)).sort()).toEqual([]);
      });

      it(`has the same keys as ${REFERENCE}.json, with the plural forms ${lang} needs`, () => {
        const reference = locales.get(REFERENCE)!;
        const referenceBases = new Set([...reference.keys()].map(baseKey));
        expect([...bases].sort()).toEqual([...referenceBases].sort());
        // A plural key needs every form the language has (Slovenian: one, two, few, other), plus "zero" if Danish has it.
        const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const plurals = new Set([...reference.keys()].filter((key) => PLURAL.test(key)).map(baseKey));
        for (const base of plurals) {
          const wanted = [...forms, ...(reference.has(`${base}_zero`) ? ['zero'] : [])].map((form) => `${base}_${form}`);
          const present = [...entries.keys()].filter((key) => baseKey(key) === base && PLURAL.test(key));
          expect([...new Set(present)].sort(), `plural forms of ${base}`).toEqual([...new Set(wanted)].sort());
        }
      });

      it('has no empty text, and only text as values', () => {
        expect([...entries].filter(([, value]) => value.trim() === '' || value.startsWith('\u0000')).map(([key]) => key)).toEqual([]);
        expect(entries.get('meta.name')).toBeTruthy();
        // Danish letters and umlauts as written, not mangled by a wrong encoding ("Ã¦" for "æ").
        expect([...entries].filter(([, value]) => /Ã|Â|\uFFFD/.test(value)).map(([key]) => key)).toEqual([]);
      });

      it(`uses the same {{placeholders}} as ${REFERENCE}.json`, () => {
        const reference = locales.get(REFERENCE)!;
        // {{count}} may be left out of a singular ("one element"); every other placeholder must be there.
        const placeholders = (text = '') => JSON.stringify([...new Set([...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]))].filter((p) => p !== 'count').sort());
        const differ = [...entries]
          .filter(([key]) => !isMeta(key))
          .filter(([key, value]) => placeholders(value) !== placeholders(reference.get(key) ?? reference.get(`${baseKey(key)}_other`)))
          .map(([key]) => key);
        expect(differ).toEqual([]);
      });
    });
  }
});
