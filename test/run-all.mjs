#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, unit tests, build and
// end-to-end tests, in that order, continuing after a failure so one run
// shows everything. Ends with the line `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(`=== ${label}: exit ${child.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });

step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('typecheck shared (no DOM, no Node)', 'npx', ['tsc', '-p', 'shared/tsconfig.json']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('security scan (Electronegativity over electron/, security/electronegativity-allow.json)', 'node', ['build/electronegativity.mjs']);

rmSync('test-results/unit.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0) failures.push(`unit tests (${unit.numFailedTests})`);
  if (!unitOk && unit.numFailedTests === 0) {
    results.failed += 1;
    failures.push('unit tests (suite error)');
  }
} else {
  results.failed += 1;
  failures.push('unit tests (no report)');
}

// No test may depend on today's date: the unit suite once more with the system clock a year ahead
// (Debian's faketime; .ci/run installs it). Where faketime is missing this step fails and says so.
const faketime = spawnSync('faketime', ['-f', '+365d', 'true']).status === 0;
if (!faketime) {
  console.log('\n=== unit tests, clock a year ahead: faketime is not installed (apt-get install faketime)');
  results.failed += 1;
  failures.push('unit tests a year ahead (no faketime)');
} else {
  rmSync('test-results/unit-ahead.json', { force: true });
  process.env.FAKETIME_DONT_FAKE_MONOTONIC = '1';
  // The files that drive a real chromium or LibreOffice are left out: those programs hang under
  // faketime's preload (seen: page.setContent never returns), and they read no date of ours.
  const drivesABrowser = ['test/unit/electron/services/print/**', 'test/unit/shared/report/libreoffice.test.ts', 'test/unit/shared/workbook/xlsx-writer-libreoffice.test.ts'];
  const aheadOk = run('unit tests, clock a year ahead', 'faketime', ['-f', '+365d', 'npx', 'vitest', 'run', ...drivesABrowser.flatMap((glob) => ['--exclude', glob]), '--reporter=dot', '--reporter=json', '--outputFile.json=test-results/unit-ahead.json']);
  const ahead = readJson('test-results/unit-ahead.json');
  if (aheadOk && ahead && ahead.numFailedTests === 0) results.passed += 1;
  else {
    results.failed += Math.max(1, ahead?.numFailedTests ?? 0);
    failures.push(`unit tests a year ahead (${ahead ? ahead.numFailedTests : 'no report'})`);
  }
}

const buildOk = run('build', 'npm', ['run', 'build']);
if (buildOk) results.passed += 1;
else {
  results.failed += 1;
  failures.push('build');
}

if (buildOk) {
  rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e-report.json');
  if (e2e?.stats) {
    // A test that passed only on its retry is a failing test (the retry is there to show it, not to hide it).
    results.passed += e2e.stats.expected;
    results.failed += e2e.stats.unexpected + e2e.stats.flaky;
    results.skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected > 0) failures.push(`end-to-end tests (${e2e.stats.unexpected})`);
    if (e2e.stats.flaky > 0) failures.push(`end-to-end tests that passed only on retry (${e2e.stats.flaky}): find the cause`);
    if (!e2eOk && e2e.stats.unexpected === 0 && e2e.stats.flaky === 0) {
      results.failed += 1;
      failures.push('end-to-end tests (runner error)');
    }
  } else {
    results.failed += 1;
    failures.push('end-to-end tests (no report)');
  }
  if (!existsSync('test-results/e2e-report.json')) console.log('no end-to-end report was written');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (results.skipped) console.log('Skipped tests are listed above with their reason (the Electron specs skip where no Electron binary exists).');
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed === 0 ? 0 : 1);
