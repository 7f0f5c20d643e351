// Prints the size of what the first page load downloads (from dist/index.html) and of the lazy chunks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(dist, 'assets', name));
    return { file: `assets/${name}`, raw: statSync(join(dist, 'assets', name)).size, gzip: gzipSync(bytes).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const first = rows.filter((row) => initial.has(row.file));
const lazy = rows.filter((row) => !initial.has(row.file));
console.log('\nFirst load (referenced by index.html):');
for (const row of first) console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
console.log(`  ${'total'.padEnd(48)} ${kb(first.reduce((s, r) => s + r.raw, 0)).padStart(10)} raw ${kb(first.reduce((s, r) => s + r.gzip, 0)).padStart(10)} gzip`);
console.log('\nLoaded on demand:');
for (const row of lazy) console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
