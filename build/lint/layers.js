// The layers of the app (README "How it is built"), VS Code's
// code-import-patterns style: every file belongs to exactly one layer, and a
// layer may import only itself, the layers it lists and the package groups
// (packages.js) it lists. `rule` is what the lint message teaches.

const SHARED_ALL = ['shared/root', 'shared/domain', 'shared/sync', 'shared/forms', 'shared/report', 'shared/workbook', 'shared/ipc', 'shared/files', 'shared/archive'];
const RENDERER_BELOW_UI = ['renderer/db', 'renderer/state', 'renderer/platform', 'renderer/i18n', ...SHARED_ALL];
const RENDERER_BELOW_FEATURES = ['renderer/ui', ...RENDERER_BELOW_UI];
const SHARED_WHY = 'shared/ is pure logic that runs in main, in the web host, in the renderer and in tests: no electron, node:*, DOM, react, MUI, dexie or zustand. Pass what it needs in as an argument, or move the code where it is used.';

/** @type {{name: string, match: RegExp, layers: string[], packages: string[], rule: string}[]} */
export const LAYERS = [
  { name: 'shared/root', match: /^shared\/[^/]+\.ts$/, layers: [], packages: [],
    rule: `shared/*.ts are leaf helpers every shared layer uses: they import nothing. ${SHARED_WHY}` },
  { name: 'shared/sync', match: /^shared\/sync\//, layers: ['shared/root'], packages: ['any'],
    rule: `shared/sync (clock, ops, codecs, merge) stands on shared/*.ts and zod only. ${SHARED_WHY}` },
  { name: 'shared/files', match: /^shared\/files\//, layers: ['shared/root'], packages: ['any'],
    rule: `shared/files (file kinds and names) stands on shared/*.ts only. ${SHARED_WHY}` },
  { name: 'shared/domain', match: /^shared\/domain\//, layers: ['shared/root', 'shared/sync'], packages: ['any', 'calendar', 'pinyin'],
    rule: `shared/domain is the business model under forms, reports and IPC: it imports shared/sync, shared/*.ts, zod, chinese-days and pinyin-pro only. Forms and reports take domain data, never the other way round: move what the domain needs into shared/domain. ${SHARED_WHY}` },
  { name: 'shared/report', match: /^shared\/report\//, layers: ['shared/root', 'shared/domain'], packages: ['any', 'word'],
    rule: `shared/report (the 8D Word document) builds on shared/domain and docx only. ${SHARED_WHY}` },
  { name: 'shared/workbook', match: /^shared\/workbook\//, layers: ['shared/root', 'shared/files', 'shared/domain'], packages: ['any', 'spreadsheet', 'zip'],
    rule: `shared/workbook (the Excel workbooks: statistics out, imports in) builds on shared/domain, shared/files (what a file is by its bytes) and exceljs only. ${SHARED_WHY}` },
  { name: 'shared/archive', match: /^shared\/archive\//, layers: ['shared/root', 'shared/sync'], packages: ['any', 'zip'],
    rule: `shared/archive (packing and reading zip files: the diagnostics pack, the backup) stands on shared/*.ts, shared/sync's sha256 and jszip only. ${SHARED_WHY}` },
  { name: 'shared/forms', match: /^shared\/forms\//, layers: ['shared/root', 'shared/domain', 'shared/report'], packages: ['any', 'barcode'],
    rule: `shared/forms (printable HTML) builds on shared/domain, the report's labels and bwip-js only. ${SHARED_WHY}` },
  { name: 'shared/ipc', match: /^shared\/ipc\//, layers: ['shared/root', 'shared/domain', 'shared/sync', 'shared/files', 'shared/forms', 'shared/archive'], packages: ['any'],
    rule: `shared/ipc is the IPC contract: zod schemas over shared/ types. ${SHARED_WHY}` },

  { name: 'renderer/db', match: /^renderer\/db\//, layers: SHARED_ALL, packages: ['any', 'indexeddb'],
    rule: 'renderer/db (Dexie schema and repositories) stands on shared/ and dexie only: no UI, no stores, no host. Take what it needs from the host (journal, clock) as an argument from renderer/state or the feature that calls it.' },
  { name: 'renderer/platform', match: /^renderer\/platform\//, layers: SHARED_ALL, packages: ['any'],
    rule: 'renderer/platform is the only code that talks to the host (window.desktop or the web host): it stands on shared/ipc only. Keep UI and storage out of it.' },
  { name: 'renderer/i18n', match: /^renderer\/i18n\//, layers: SHARED_ALL, packages: ['any', 'ui'],
    rule: 'renderer/i18n holds the texts and the i18next setup: it stands on shared/ and i18next only.' },
  { name: 'renderer/state', match: /^renderer\/state\//, layers: ['renderer/db', 'renderer/platform', 'renderer/i18n', ...SHARED_ALL], packages: ['any', 'store'],
    rule: 'renderer/state (Zustand stores) stands on renderer/db, renderer/platform, renderer/i18n (texts kept as keys) and shared/: no React components, no widgets, no features. Let the feature or renderer/ui read the store.' },
  { name: 'renderer/ui', match: /^renderer\/ui\//, layers: RENDERER_BELOW_UI, packages: ['any', 'ui'],
    rule: 'renderer/ui holds the widgets and hooks several features use (form kit, case file, attachments, this PC\'s fields): it stands on renderer/state, renderer/db, renderer/platform, renderer/i18n and shared/, never on a feature. Move the piece it needs into renderer/ui, or let the feature pass it in as a prop.' },
  { name: 'renderer/features/*', match: /^renderer\/features\/([^/]+)\//, layers: RENDERER_BELOW_FEATURES, packages: ['any', 'ui', 'charts'],
    rule: 'A feature imports renderer/ui, renderer/state, renderer/db, renderer/platform, renderer/i18n and shared/, never another feature: move what two features share into renderer/ui, and compose features in renderer/app (routes, composing pages, frame) or pass one feature\'s panel into another as a prop.' },
  { name: 'renderer/app', match: /^renderer\/app\//, layers: ['renderer/features/*', ...RENDERER_BELOW_FEATURES], packages: ['any', 'ui'],
    rule: 'renderer/app composes the features: it may import any renderer layer and shared/, never electron/ or node:*; ask the host through renderer/platform.' },
  { name: 'renderer/entry', match: /^renderer\/[^/]+\.tsx?$/, layers: ['renderer/app', 'renderer/i18n', 'renderer/platform'], packages: ['ui'],
    rule: 'renderer/main.tsx only mounts renderer/app.' },

  { name: 'electron/services', match: /^electron\/services\//, layers: SHARED_ALL, packages: ['any', 'node'],
    rule: 'electron/services run under plain Node (tests, web host): shared/ and node:* only, no "electron" and no electron/main. Pass what they need from main in as an argument, or put Electron glue in electron/main.' },
  { name: 'electron/webhost', match: /^electron\/webhost\//, layers: ['electron/services', ...SHARED_ALL], packages: ['any', 'node'],
    rule: 'electron/webhost serves the app over HTTP under plain Node: it stands on electron/services and shared/ only, never "electron", electron/main or renderer/.' },
  { name: 'electron/main', match: /^electron\/main\//, layers: ['electron/services', ...SHARED_ALL], packages: ['any', 'node', 'electron'],
    rule: 'electron/main is the Electron glue: it uses electron/services and shared/, never renderer/ (share code through shared/).' },
  { name: 'electron/preload', match: /^electron\/preload\//, layers: SHARED_ALL, packages: ['electron'],
    rule: 'electron/preload only bridges shared/ipc channels with contextBridge: no Node, no services.' },

  { name: 'test', match: /^test\//, layers: ['*'], packages: ['*'],
    rule: 'Tests may import every layer and every categorised package.' },
  { name: 'build', match: /^(build\/|[^/]+\.(js|mjs|cjs|ts)$)/, layers: ['build'], packages: ['any', 'node', 'electron', 'tooling'],
    rule: 'build/ and the config files run under Node at build time: node:* and the tooling packages, never app code.' },
];

/**
 * The layer of a project-relative path and its name ('renderer/features/ledger'
 * for a feature), or null. An import specifier may omit the extension
 * ('../utf8') or name a folder ('../db').
 */
export function layerOf(relativePath) {
  for (const candidate of [relativePath, `${relativePath}/`, `${relativePath}.ts`]) {
    for (const layer of LAYERS) {
      const match = layer.match.exec(candidate);
      if (match) return { layer, name: layer.name === 'renderer/features/*' ? `renderer/features/${match[1]}` : layer.name };
    }
  }
  return null;
}
