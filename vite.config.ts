/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Profiles and locales live at the top level (they are data a municipality edits), so the
// dev server must be allowed to serve them; they are bundled, not fetched, at build time.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, fs: { allow: ['.'] } },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{domain,store,components,i18n,export}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // CI reads one summary line built from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
