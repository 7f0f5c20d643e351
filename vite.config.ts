/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_META } from './securityHeaders.ts';

// `npm run dev` starts a relay beside the dev server (scripts/dev.mjs) and names its port here; the
// dev server then passes /relay through to it, so phones and tablets on the room's Wi-Fi reach both.
const devRelayPort = process.env.PROFILBYGGER_DEV_RELAY_PORT;

/** Unit tests that need no DOM (the domain is pure by rule; the relay is a Node server). */
const DOM_FREE_TESTS = ['tests/{domain,export,live,fuzz,lint,relay}/**/*.test.ts'];

/** In dev with a relay: live-config.json points the app at it (a built app reads the real file). */
function devLiveConfig(): Plugin {
  return {
    name: 'profilbygger-dev-live-config',
    apply: 'serve',
    configureServer(server) {
      if (!devRelayPort) return;
      server.middlewares.use('/live-config.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.end(JSON.stringify({ relay: '/relay' }));
      });
    },
  };
}

/**
 * Preloads the latin Inter faces the first screen uses (src/fonts.css): requested with the scripts
 * instead of after the first render, they are there when the text first appears, so the swap from the
 * fallback font never moves the layout (issue 8: Lighthouse mobile CLS). Matched by name, so a new
 * @fontsource version (other hashes) keeps working; a build without them fails loudly.
 */
function preloadFirstScreenFonts(): Plugin {
  const firstScreen = /^assets\/inter-latin-(400|600|700)-normal-[\w-]+\.woff2$/;
  return {
    name: 'profilbygger-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => firstScreen.test(file)).sort();
        if (fonts.length !== 3) throw new Error(`Expected the three latin Inter faces in the build, found: ${fonts.join(', ') || 'none'}`);
        // crossorigin: fonts are always fetched in CORS mode, and a preload must match to be used.
        return fonts.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * `locales/<lang>.json?first-screen`: only the texts the first screen uses (src/i18n/firstScreenKeys.json,
 * kept true by tests/i18n/firstScreenTexts.test.ts). The first load carries these; the whole file
 * comes with the first part loaded on demand (src/i18n). Plural forms follow their key.
 */
function firstScreenTexts(): Plugin {
  const listFile = fileURLToPath(new URL('./src/i18n/firstScreenKeys.json', import.meta.url));
  type Texts = { [key: string]: string | Texts };
  const pick = (texts: Texts, keys: Set<string>, prefix = ''): Texts =>
    Object.fromEntries(
      Object.entries(texts).flatMap(([key, value]): [string, string | Texts][] => {
        const path = prefix + key;
        if (typeof value === 'string') return keys.has(path.replace(/_(zero|one|two|few|many|other)$/, '')) ? [[key, value]] : [];
        const kept = pick(value, keys, `${path}.`);
        return Object.keys(kept).length > 0 ? [[key, kept]] : [];
      }),
    );
  return jsonPart('profilbygger-first-screen-texts', '?first-screen', [listFile], (texts) =>
    pick(texts as Texts, new Set(JSON.parse(readFileSync(listFile, 'utf8')) as string[])),
  );
}

/**
 * `profiles/<id>.json?without-about`: the profile without the texts only "Om profilen" shows (its
 * purpose, credits and practice examples). The first load carries the default generic profile this
 * way; the whole file comes with the generic profiles loaded on demand (src/store/catalog.ts), which
 * the dialog waits for.
 */
function profileWithoutAbout(): Plugin {
  const aboutOnly = ['purpose', 'credits', 'practiceExamples'];
  return jsonPart('profilbygger-profile-without-about', '?without-about', [], (profile) =>
    Object.fromEntries(Object.entries(profile as Record<string, unknown>).filter(([key]) => !aboutOnly.includes(key))),
  );
}

/**
 * `<file>.json<query>` as a module of part of that JSON (`part` picks it): the first load carries only
 * what its first screen needs. Rebuilt when the file or any of `alsoReads` changes.
 */
function jsonPart(name: string, query: string, alsoReads: string[], part: (json: unknown) => unknown): Plugin {
  return {
    name,
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      for (const watched of [file, ...alsoReads]) this.addWatchFile(watched);
      return { code: `export default ${JSON.stringify(part(JSON.parse(readFileSync(file, 'utf8'))))};`, moduleType: 'js' };
    },
  };
}

export default defineConfig({
  // Relative URLs throughout (assets, manifest, service worker, fonts): the same build works at a
  // domain's root and in any folder a municipality puts it in.
  base: './',
  plugins: [
    devLiveConfig(),
    react(),
    firstScreenTexts(),
    profileWithoutAbout(),
    preloadFirstScreenFonts(),
    {
      // The built page carries its Content Security Policy; the dev server's inline preamble would not pass it.
      name: 'csp-meta',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
    },
    // Offline once loaded: workshops run on shaky Wi-Fi. Everything the app needs is precached,
    // except jsPDF's optional html2canvas/canvg/dompurify chunks, which a text PDF never loads.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by src/registerServiceWorker.ts, which handles a refusal (e.g. in a cross-site iframe).
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Profilbygger – kompetenceprofil for kontaktperson+',
        short_name: 'Profilbygger',
        description: 'Byg jeres lokale kompetenceprofil for kontaktperson+ ud fra den generiske profil.',
        lang: 'da',
        theme_color: '#1d3557',
        background_color: '#f3f5f8',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,ttf,json}'],
        // index.es-* is canvg's entry (lib/index.es.js), named after its file by the bundler.
        // live-config.json is read at run time and may be edited after a build: never from the cache.
        globIgnores: ['**/live-config.json', '**/html2canvas*', '**/purify*', '**/canvg*', '**/index.es-*', '**/inter-cyrillic*', '**/inter-greek*', '**/inter-vietnamese*'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take control of the page that installed the worker, so the first visit works offline too,
        // exports (lazy chunks) included, without a reload first.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    // The first-load chunk is one file on purpose (below); its budget is checked by `npm run bench`.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Everything the first page load needs in one chunk: all of it is fetched anyway, and one gzip
        // stream shares its dictionary across the whole app (about 4 KB smaller than twenty small
        // chunks, and fewer requests). What loads with import() is split as before.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: devRelayPort ? { '/relay': { target: `ws://127.0.0.1:${devRelayPort}`, ws: true } } : {},
  },
  preview: { port: 4173 },
  test: {
    globals: true,
    // Every unit test under tests/ (browser tests are *.spec.ts, benchmarks *.bench.ts): a new folder
    // of tests must never be silently left out, so it runs in jsdom unless listed as DOM-free here.
    // The pure ones run in Node, with a set-up that imports no DOM testing library: a jsdom and that
    // set-up per file were most of their time.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: DOM_FREE_TESTS, setupFiles: ['tests/setupNode.ts'] } },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.test.{ts,tsx}'], exclude: DOM_FREE_TESTS, setupFiles: ['tests/setup.ts'] },
      },
    ],
    // Component tests render the whole app in jsdom: ~4 s each alone on a 2-core machine, so the
    // default 5 s is a coin toss under load. A hung test still fails, just later.
    testTimeout: 30_000,
    // Vitest runs on one CPU fewer than the machine has: one worker on a 2-core CI machine, where the
    // main process mostly waits. Two workers there took the run from ~240 s to ~145 s.
    maxWorkers: Math.max(2, availableParallelism()),
    restoreMocks: true,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // CI reads one summary line built from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
