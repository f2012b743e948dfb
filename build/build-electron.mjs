// Bundles the Electron side: the main process and the preload, each into one
// CommonJS file under dist/electron (package.json "main" points at the main
// bundle). CommonJS because a sandboxed preload can only require('electron'),
// and the main bundle stays simple for electron-builder's asar.
// Usage: node build/build-electron.mjs [--watch]
import { build, context } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const watch = process.argv.includes('--watch');
const dev = watch || process.env.NODE_ENV === 'development';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: dev ? 'inline' : 'linked',
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main/index.cjs',
    // electron is provided by the runtime; electron-updater reads its own files at run time, so it stays in node_modules.
    external: ['electron', 'electron-updater'],
  },
  {
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload/index.cjs',
    // The sandboxed preload runs in a renderer with a limited require(): only 'electron' may stay external.
    platform: 'browser',
    target: 'chrome130', // Electron 45 ships Chromium 14x
    external: ['electron'],
    // It carries zod (from the contract); minified it parses faster on every window load.
    minify: !dev,
  },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  console.log('build-electron: watching for changes');
} else {
  await Promise.all(targets.map((options) => build(options)));
}
