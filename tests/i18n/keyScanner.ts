/**
 * Finds the interface-text keys the code uses: every t('…') (also through a key table or a known
 * dynamic expression) and i18nKey="…". Shared by localeKeys.test.ts (every key in every locale) and
 * firstScreenTexts.test.ts (which keys the first screen needs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MARK_FILTERS, QUADRANTS } from '../../src/domain/marks';
import { KNOWN_FIELDS } from '../../src/i18n/problemMessage';

const QUADRANT_KEYS = [...QUADRANTS, 'undecided'].map((quadrant) => `matrix.quadrants.${quadrant}`);

export const root = join(__dirname, '../..');
export const LOCALES = join(root, 'locales');
export const REFERENCE = 'da';
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Keys built at run time, e.g. t(`startOver.${value}`), spelled out: the exact expression in the
 * code and every key it can produce. A dynamic key not listed here fails the test.
 */
export const DYNAMIC_KEYS: Record<string, string[]> = {
  'startOver.${value}': ['startOver.empty', 'startOver.copy'],
  'present.${value}': ['present.generic', 'present.local'],
  'translate.filters.${value}': ['translate.filters.all', 'translate.filters.todo', 'translate.filters.missing', 'translate.filters.outdated'],
  'import.field.${problem.field}': [...KNOWN_FIELDS].map((field) => `import.field.${field}`),
  'annotate.${axis}': ['annotate.does', 'annotate.should'],
  'annotate.${value}': ['annotate.yes', 'annotate.no', 'annotate.undecided'],
  'marks.${axis}.${value}': ['marks.does.yes', 'marks.does.no', 'marks.should.yes', 'marks.should.no'],
  'matrix.quadrants.${quadrant}': QUADRANT_KEYS,
  'workshop.views.${value}': ['workshop.views.board', 'workshop.views.matrix'],
  'workshop.filters.${value}': MARK_FILTERS.map((filter) => `workshop.filters.${filter}`),
};

export type Json = { [key: string]: string | Json };

export function flatten(tree: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, `\u0000not a string: ${JSON.stringify(value)}`);
  }
  return out;
}

export function sourceFiles(dir: string): string[] {
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

export interface Use {
  file: string;
  keys: string[];
  /** The argument when it is not made only of string literals (a variable, a template). */
  dynamic?: string;
}

/**
 * Every t('…') (also i18n.t / i18next.t) and i18nKey="…" in `paths` (default: all of src/). Ternaries
 * of literals count as literals.
 */
export function keyUses(paths: string[] = sourceFiles(join(root, 'src'))): Use[] {
  const uses: Use[] = [];
  for (const path of paths) {
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

/** The keys `uses` stand for: literals as written, dynamic expressions as DYNAMIC_KEYS spells them out. */
export function usedKeysOf(uses: Use[]): Set<string> {
  return new Set(uses.flatMap((use) => (use.dynamic !== undefined ? (DYNAMIC_KEYS[use.dynamic] ?? []) : use.keys)));
}
