// Every npm package the code may import, sorted by where it can run (Signal
// Desktop's node/dom/any idea). A layer in layers.js allows whole groups or
// single packages; a package in no group is refused everywhere until it is
// added here.
import { builtinModules } from 'node:module';

export const PACKAGES = {
  // Runs anywhere, no host API: pure data and schema libraries.
  any: ['zod'],
  // Pure libraries each owned by one shared/ layer (see layers.js).
  calendar: ['chinese-days'],
  pinyin: ['pinyin-pro'],
  barcode: ['bwip-js'],
  word: ['docx'],
  spreadsheet: ['exceljs'],
  // jszip: exceljs's own zip reader (shared/workbook counts a workbook's rows before exceljs builds them in memory),
  // and the zip of the diagnostics pack and the backup (shared/archive).
  zip: ['jszip'],
  // Charts on the 统计 page (renderer/features/statistics only).
  charts: ['echarts'],
  // Node's own modules and Node-only libraries.
  node: [...builtinModules, 'playwright-core'],
  electron: ['electron', 'electron-updater'],
  // The browser UI.
  ui: ['react', 'react-dom', 'react-router', 'react-i18next', 'i18next', '@mui/material', '@mui/icons-material', '@mui/system', '@emotion/react', '@emotion/styled'],
  store: ['zustand'],
  indexeddb: ['dexie'],
  // Tests, benchmarks, build and lint.
  tooling: [
    'vitest', 'fast-check', 'fake-indexeddb', '@playwright/test', 'pngjs', 'jsqr', '@zxing/library', 'js-yaml', 'fflate',
    'app-builder-lib', 'builder-util', 'electron-builder', 'pouchdb', 'esbuild', 'vite', '@vitejs/plugin-react',
    'eslint', 'typescript-eslint', '@eslint/js', 'globals', 'typescript',
  ],
};

/** The package a specifier names: `node:fs/promises` → `fs`, `@mui/material/styles` → `@mui/material`. */
export function packageOf(specifier) {
  const bare = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The group a package belongs to, or null when it is not categorised. */
export function groupOf(name) {
  return Object.keys(PACKAGES).find((group) => PACKAGES[group].includes(name)) ?? null;
}
