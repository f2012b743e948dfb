// Stops a desktop command (npm start, npm run dist:win) early on a Node.js
// older than Electron and its build tools need, with a message that says so —
// instead of a failure deep inside electron-builder. The minimum is read from
// the installed electron package's own `engines`, so it follows upgrades.
// The web host and the tests run on Node 20 and do not call this.
import { readFileSync } from 'node:fs';

const electron = JSON.parse(readFileSync(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'));
const minimum = /(\d+)\.(\d+)\.(\d+)/.exec(electron.engines?.node ?? '0.0.0').slice(1).map(Number);
const current = process.versions.node.split('.').map(Number);

const older = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
if (older(current, minimum) < 0) {
  console.error(`The Electron app needs Node.js ${minimum.join('.')} or newer (electron ${electron.version}); this is ${process.version}.`);
  console.error('The web host (npm run start:web) and the tests run on Node.js 20.');
  process.exit(1);
}
