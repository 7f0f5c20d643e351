// Prints the size of what the first page load downloads, and of the chunks loaded on demand, and fails
// (exit 1) when the first load's JavaScript and CSS pass the budget. "First load" is everything the
// browser fetches before the builder can be used: the scripts, module preloads and stylesheets that
// dist/index.html names, plus every module those import statically (import() is on demand). The
// browser test tests/e2e/firstLoad.spec.ts checks that a real first visit fetches no other script or
// stylesheet, so this count cannot quietly leave something out. It also fails when code that the first
// load leaves out on purpose (the profile validator) is back in it.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/** Issue 8: JavaScript and CSS of the first load, gzip, in KB (1 KB = 1,024 bytes). */
export const FIRST_LOAD_BUDGET_KB = 150;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** The page's own references (base './' makes them "./assets/…"), as paths inside dist/. */
const named = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css|woff2))"/g)].map((m) => m[1]);

/** A chunk's static imports (`import … from"./x.js"`, `import"./x.js"`); `import("./x.js")` is on demand. */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const specifiers = [...code.matchAll(/\b(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => m[1]);
  return specifiers.map((specifier) => posix.join(posix.dirname(file), specifier));
}

const first = new Set();
const queue = named.filter((file) => /\.(js|css)$/.test(file));
while (queue.length > 0) {
  const file = queue.pop();
  if (first.has(file)) continue;
  first.add(file);
  if (file.endsWith('.js')) queue.push(...staticImports(file));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
};
const rows = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => sizeOf(`assets/${name}`))
  .sort((a, b) => b.gzip - a.gzip);
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const print = (row) => console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);

const initial = rows.filter((row) => first.has(row.file));
console.log('\nFirst load (index.html, its module preloads and stylesheets, and their static imports):');
initial.forEach(print);
print({ file: 'total JS + CSS', raw: sum(initial, 'raw'), gzip: sum(initial, 'gzip') });
const fonts = named.filter((file) => file.endsWith('.woff2')).map(sizeOf);
if (fonts.length > 0) {
  console.log('\nFonts preloaded by index.html (woff2 is compressed already; not in the budget):');
  fonts.forEach(print);
}
console.log('\nLoaded on demand:');
rows.filter((row) => !first.has(row.file)).forEach(print);

const total = sum(initial, 'gzip') / 1024;
const ok = total <= FIRST_LOAD_BUDGET_KB;
console.log(`\nCHECK first load ${total.toFixed(1)} KB JS + CSS gzip, budget ${FIRST_LOAD_BUDGET_KB} KB: ${ok ? 'ok' : 'OVER BUDGET'}`);
if (!ok) process.exitCode = 1;

// Code that must stay out of the first load, found by a string that survives minification (a class
// name): one static import from the wrong module pulls it back in without a sound.
const keptOut = [{ what: 'the profile validator (zod; src/store/profileDoor.ts loads it for saved work)', marker: '$ZodType' }];
const contains = (file, marker) => readFileSync(join(dist, file), 'utf8').includes(marker);
for (const { what, marker } of keptOut) {
  const inFirst = initial.filter((row) => contains(row.file, marker)).map((row) => row.file);
  const anywhere = rows.some((row) => contains(row.file, marker));
  // A marker found nowhere proves nothing: the library renamed it, and this check must follow.
  const verdict = !anywhere ? `MARKER ${marker} NOT FOUND in any chunk` : inFirst.length > 0 ? `IN THE FIRST LOAD (${inFirst.join(', ')})` : 'ok, on demand';
  console.log(`CHECK ${what}: ${verdict}`);
  if (!anywhere || inFirst.length > 0) process.exitCode = 1;
}
