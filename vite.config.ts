/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline once loaded: workshops run on shaky Wi-Fi. Everything the app needs is precached,
    // except jsPDF's optional html2canvas/canvg/dompurify chunks, which a text PDF never loads.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
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
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{domain,store,components,i18n,export,present,translate,live,relay}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // CI reads one summary line built from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
