import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The feature folders under src/components (board, export, present …); common is what they share. */
const FEATURES = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts (scripts/*.mjs) run outside the browser.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The domain is pure: no React, no DOM, no store. Keeps it testable and reusable by export/.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'zustand*', '*/store/*', '*/components/*', 'i18next'] }],
    },
  },
  {
    // Imports run one way: domain ← store/dnd/export ← components, and feature folders meet only in
    // components/common. No import cycles, not even between folders.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // no-cycle follows imports into other files, which it must parse as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: ['./src/store', './src/dnd', './src/export', './src/components', './src/i18n'], message: 'The domain is pure: it imports nothing of the app around it.' },
            { target: ['./src/store', './src/dnd'], from: './src/components', message: 'The store and drag logic know no components.' },
            { target: './src/export', from: ['./src/store', './src/components'], message: 'Exports render from profile data, never from the live store.' },
            ...FEATURES.map((feature) => ({
              target: `./src/components/${feature}`,
              from: './src/components',
              except: [`./${feature}`, './common'],
              message: 'Feature folders share code only through components/common.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Exports render from profile data, never from the live store.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['*/store/*', '*/components/*'] }],
    },
  },
);
