/**
 * The first load carries only the Danish texts the first screen can show (src/i18n/firstScreenKeys.json,
 * used by the build, vite.config.ts); the rest arrive with the parts loaded on demand (issue 8: first
 * load ≤ 150 KB). The list is made from the code: every t() in the modules main.tsx imports statically,
 * i.e. everything the first load runs. It must be up to date, or a first-screen text would show as
 * its key; `npm run texts:first-screen` writes it again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, keyUses, LOCALES, PLURAL, root, usedKeysOf, type Json } from './keyScanner';

const LIST = join(root, 'src/i18n/firstScreenKeys.json');

/** The modules `entry` imports statically, directly or not (import() and `import type` are left out). */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s*)?['"](\.[^'"?]+)['"]/g)) {
      const base = resolve(dirname(file), match[1]!);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) queue.push(found);
    }
  }
  return [...seen].sort();
}

const firstLoad = staticImports(join(root, 'src/main.tsx'));
const firstScreenKeys = [...usedKeysOf(keyUses(firstLoad))].sort();
const danishKeys = [...flatten(JSON.parse(readFileSync(join(LOCALES, 'da.json'), 'utf8')) as Json).keys()];

describe('the Danish texts in the first load', () => {
  it('are listed for every key the first load uses (npm run texts:first-screen)', () => {
    const generated = `${JSON.stringify(firstScreenKeys, null, 2)}\n`;
    if (process.env.UPDATE_FIRST_SCREEN) writeFileSync(LIST, generated);
    expect(readFileSync(LIST, 'utf8')).toBe(generated);
  });

  it('follow the modules the first load runs, and no others', () => {
    const files = firstLoad.map((file) => relative(root, file));
    expect(files).toContain('src/components/board/Board.tsx');
    expect(files).toContain('src/components/common/ErrorBoundary.tsx'); // the crash panel must speak at once
    expect(files).not.toContain('src/components/translate/TranslateView.tsx'); // loaded on demand
    expect(firstScreenKeys).toContain('crash.reload');
    expect(firstScreenKeys).toContain('app.loadFailed'); // said when a part loaded on demand cannot be fetched
  });

  it('leave out what only parts loaded on demand say, so the split is worth having', () => {
    const listed = new Set(firstScreenKeys);
    const left = danishKeys.filter((key) => !listed.has(key.replace(PLURAL, '')));
    expect(left).toContain('summary.title');
    expect(left).toContain('translate.title');
    expect(left.length).toBeGreaterThan(danishKeys.length / 3);
  });
});
