// Lint rules, and above all the direction of imports between the layers
// (DESIGN.md "Dependency direction"). Each restriction says why in its message.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'url', 'stream', 'events', 'util', 'net'];

const SHARED_RULE =
  'shared/ is pure domain logic that runs in main, in the web host, in the renderer and in tests: it imports nothing outside shared/ (no electron, node:*, DOM, react, MUI, dexie, zustand). Pass what it needs in as arguments.';
const RENDERER_NO_MAIN =
  'renderer/ runs sandboxed in the browser: it never imports electron/, "electron" or node:*. Ask the main process through the DesktopApi in renderer/platform.';
const ELECTRON_NO_RENDERER = 'electron/ never imports renderer/: share code through shared/.';
const ONLY_DB_DEXIE = 'Only renderer/db imports dexie: every write goes through its repositories (ops in the same transaction).';
const ONLY_PLATFORM_HOST = 'Only renderer/platform touches the host API (window.desktop / fetch to the web host).';
const SERVICES_NO_ELECTRON = 'electron/services/ and electron/webhost/ run under plain Node (tests, web host): they must not import "electron". Put Electron glue in electron/main/ or electron/preload/.';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodeBuiltins], message: SHARED_RULE },
            { group: ['react', 'react-*', 'react/*', '@mui/*', 'dexie', 'zustand', 'i18next', '@emotion/*'], message: SHARED_RULE },
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: SHARED_RULE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'process', 'Buffer', 'require'].map((name) => ({
          name,
          message: SHARED_RULE,
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/platform/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'], message: RENDERER_NO_MAIN },
            { group: ['dexie', 'dexie/*'], message: ONLY_DB_DEXIE },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'desktop', message: ONLY_PLATFORM_HOST },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: ONLY_PLATFORM_HOST }],
    },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}', 'renderer/platform/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'], message: RENDERER_NO_MAIN }] },
      ],
    },
  },
  {
    files: ['renderer/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'], message: RENDERER_NO_MAIN },
            { group: ['dexie', 'dexie/*'], message: ONLY_DB_DEXIE },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: ELECTRON_NO_RENDERER },
            { group: ['dexie', 'dexie/*'], message: ONLY_DB_DEXIE },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/webhost/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: SERVICES_NO_ELECTRON },
            { group: ['**/renderer/**'], message: ELECTRON_NO_RENDERER },
            { group: ['dexie', 'dexie/*'], message: ONLY_DB_DEXIE },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
