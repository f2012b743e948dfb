// Lint rules, and above all the layers: which file may import what
// (build/lint/layers.js, README "How it is built"). Each restriction says in
// its message what to do instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import layers from './build/lint/plugin.js';

const SHARED_NO_HOST =
  'shared/ is pure logic that runs in main, in the web host, in the renderer and in tests: no window, DOM, fetch, process or Buffer. Pass what it needs in as an argument.';
const DB_NO_HOST =
  'renderer/db is storage only: it never touches window, fetch or the host. Take the host call (journal, clock) as an argument from renderer/state; only renderer/platform talks to the host.';
const ONLY_PLATFORM_HOST =
  'Only renderer/platform touches the host API (window.desktop, also through a cast such as (window as X).desktop): call getDesktopApi() from renderer/platform instead.';

const restrictedGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];
const desktopMember = {
  selector: "MemberExpression[property.name='desktop'], MemberExpression[property.value='desktop']",
  message: ONLY_PLATFORM_HOST,
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { layers },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': 'off',
      'layers/allowed-imports': 'error',
      'layers/no-cycle': 'error',
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
      'no-restricted-globals': restrictedGlobals(
        ['window', 'desktop', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'process', 'Buffer', 'require'],
        SHARED_NO_HOST,
      ),
      'no-restricted-syntax': ['error', desktopMember],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': restrictedGlobals(['fetch', 'desktop'], ONLY_PLATFORM_HOST),
      'no-restricted-syntax': ['error', desktopMember],
    },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': restrictedGlobals(['window', 'fetch', 'desktop'], DB_NO_HOST) },
  },
  {
    files: ['renderer/platform/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
