/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_META } from './securityHeaders.ts';

export default defineConfig({
  // Relative URLs throughout (assets, manifest, service worker, fonts): the same build works at a
  // domain's root and in any folder a municipality puts it in.
  base: './',
  plugins: [
    react(),
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
        globIgnores: ['**/html2canvas*', '**/purify*', '**/canvg*', '**/index.es-*', '**/inter-cyrillic*', '**/inter-greek*', '**/inter-vietnamese*'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take control of the page that installed the worker, so the first visit works offline too,
        // exports (lazy chunks) included, without a reload first.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    // Every unit test under tests/ (browser tests are *.spec.ts, benchmarks *.bench.ts): a new folder
    // of tests must never be silently left out.
    include: ['tests/**/*.test.{ts,tsx}'],
    // Component tests render the whole app in jsdom: ~4 s each alone on a 2-core machine, so the
    // default 5 s is a coin toss under load. A hung test still fails, just later.
    testTimeout: 30_000,
    restoreMocks: true,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // CI reads one summary line built from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
