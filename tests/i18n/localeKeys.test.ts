/**
 * Every key the code uses is in every locale, every locale key is used, all locales have the same
 * keys as da.json (plural forms per language), and no text is blank. Adding a UI language is adding
 * a file to locales/: this test then lists what it still misses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS } from '../../src/i18n/problemMessage';

const root = join(__dirname, '../..');
const LOCALES = join(root, 'locales');
const REFERENCE = 'da';
const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Keys built at run time, e.g. t(`startOver.${value}`), spelled out: the exact expression in the
 * code and every key it can produce. A dynamic key not listed here fails the test.
 */
const DYNAMIC_KEYS: Record<string, string[]> = {
  'startOver.${value}': ['startOver.empty', 'startOver.copy'],
  'present.${value}': ['present.generic', 'present.local'],
  'import.field.${problem.field}': [...KNOWN_FIELDS].map((field) => `import.field.${field}`),
};

type Json = { [key: string]: string | Json };

function flatten(tree: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, `\u0000not a string: ${JSON.stringify(value)}`);
  }
  return out;
}

const localeFiles = readdirSync(LOCALES).filter((file) => file.endsWith('.json'));
const locales = new Map(
  localeFiles.map((file) => [file.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')) as Json)]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The source text of a call's first argument: from after "t(" to the first top-level "," or ")"
 * (or, with `wholeBlock`, to the bracket that closes the one opened just before `start`).
 */
function firstArgument(code: string, start: number, wholeBlock = false): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return code.slice(start, i);
      depth--;
    } else if (c === ',' && depth === 0 && !wholeBlock) return code.slice(start, i);
  }
  return code.slice(start);
}

/**
 * t(KEYS[code]) where KEYS is an object literal of key strings in the same file
 * (`const KEYS: Record<Code, string> = { a: 'area.a', … }`): its values are the keys used.
 */
function keysOfTable(code: string, argument: string): string[] | null {
  const name = argument.match(/^([A-Za-z_$][\w$]*)\[/)?.[1];
  if (!name) return null;
  const declaration = new RegExp(`(?:const|let)\\s+${name}\\b[^=]*=\\s*\\{`).exec(code);
  if (!declaration) return null;
  const body = firstArgument(code, declaration.index + declaration[0].length, true);
  const values = [...body.matchAll(/:\s*'([^'\\]*)'|:\s*"([^"\\]*)"/g)].map((m) => m[1] ?? m[2]!);
  return values.length > 0 ? values : null;
}

interface Use {
  file: string;
  keys: string[];
  /** The argument when it is not made only of string literals (a variable, a template). */
  dynamic?: string;
}

/** Every t('…') (also i18n.t / i18next.t) and i18nKey="…" in src/. Ternaries of literals count as literals. */
function keyUses(): Use[] {
  const uses: Use[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const code = readFileSync(path, 'utf8');
    const file = relative(root, path);
    for (const call of code.matchAll(/(?<![\w$])t\(/g)) {
      const argument = firstArgument(code, call.index + 2).trim();
      const literals = [...argument.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)].map((m) => m[1] ?? m[2]!);
      const template = argument.match(/^`([^`]*)`$/);
      const table = keysOfTable(code, argument);
      if (table) uses.push({ file, keys: table });
      else if (template && !template[1]!.includes('${')) uses.push({ file, keys: [template[1]!] });
      else if (template || literals.length === 0) uses.push({ file, keys: [], dynamic: template ? template[1]! : argument });
      else uses.push({ file, keys: literals });
    }
    for (const attr of code.matchAll(/i18nKey=["']([^"']+)["']/g)) uses.push({ file, keys: [attr[1]!] });
  }
  return uses;
}

const uses = keyUses();
const usedKeys = new Set(uses.flatMap((use) => (use.dynamic !== undefined ? (DYNAMIC_KEYS[use.dynamic] ?? []) : use.keys)));
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
