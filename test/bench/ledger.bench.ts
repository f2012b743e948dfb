// Ledger benchmark (issue: foundation): 100,000 cases in the local store,
// measured in chromium through the web host. Prints figures; asserts nothing.
//   first rows of the ledger after opening   target ≤ 1 s
//   search as you type, per keystroke        target ≤ 50 ms
//   saving one case                          target ≤ 20 ms
//   统计 page, one year, to first numbers    target ≤ 1 s (issue 17)
// Measured once the browser is idle after seeding (browser-idle.ts).
// BENCH_PROFILE=DIR keeps the seeded profile (web host + chromium) in DIR and
// reuses it on the next run with the same BENCH_CASES: seeding 100,000 cases
// (through the real repositories' importMany, one op per case) takes minutes.
import { benchDesk, launchBenchChromium, rpc } from './bench-browser';
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../e2e/web-host';
import { waitForIdleBrowser } from './browser-idle';
import { traceMainThread } from './main-thread-trace';
import type { WriteContext } from '../../renderer/db/types';
import { BENCH_PASSWORD } from './bench-ops';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const SAVES = 40;
/** BENCH_TRACE=1: a DevTools trace while the ledger fills lists every main-thread task of 5 ms or more and what ran in it. */
const TRACE = process.env.BENCH_TRACE === '1';

interface BenchWindow {
  __deskBench: {
    seed(dbName: string, context: Omit<WriteContext, 'now'>, count: number): Promise<{ clerkId: string; seconds: number }>;
    timeSaves(dbName: string, context: Omit<WriteContext, 'now'>, count: number): Promise<{ saves: number[]; strictCommits: number[] }>;
    timeReads(dbName: string, context: Omit<WriteContext, 'now'>): Promise<Record<string, number>>;
    countCases(dbName: string, context: Omit<WriteContext, 'now'>): Promise<number>;
  };
}

// Installed in the page before typing: for every key typed into the ledger
// search box, the time from its keydown to the next animation frame after the
// app handled the input (filtering and React's render happen in between).
// Kept as source text: tsx would add helpers to a compiled function that do
// not exist in the page.
const WATCH_KEYSTROKES = `(() => {
  const input = document.querySelector('[data-testid="ledger-search"] input');
  if (!input) throw new Error('ledger search box not found');
  const times = [];
  let pressed = null;
  input.addEventListener('keydown', () => { pressed = performance.now(); }, true);
  window.addEventListener('input', () => {
    if (pressed === null) return;
    const started = pressed;
    pressed = null;
    requestAnimationFrame(() => times.push(performance.now() - started));
  });
  window.__keystrokeTimes = times;
})()`;

// Installed before the ledger opens: every main-thread task over 50 ms (the
// Long Tasks API), so the note can say how long the window froze while it filled,
// and when each began (ms after the page's time origin, as the ledger marks are).
const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]); }).observe({ type: 'longtask' });
})()`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]!) };
}

/** What a kept profile was seeded with (BENCH_PROFILE/seeded.json), or null. */
async function readSeed(path: string): Promise<{ cases: number; clerkId: string } | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as { cases: number; clerkId: string };
  } catch {
    return null;
  }
}

export async function runLedgerBench(): Promise<Record<string, unknown>> {
  const bundle = await build({ entryPoints: ['test/bench/page-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' });
  const script = bundle.outputFiles[0]!.text;
  const kept = process.env.BENCH_PROFILE ? join(process.env.BENCH_PROFILE) : null;
  if (kept) await mkdir(join(kept, 'host'), { recursive: true });
  // A kept profile's browser data lives at the address the host used before: the remembered port.
  const host = kept ? await startWebHost({ profileDir: join(kept, 'host'), port: 'remembered' }) : await startWebHost();
  // A persistent profile on disk, as the app has: an in-memory (incognito)
  // context runs out of IndexedDB quota long before 100,000 cases.
  const userDataDir = kept ? join(kept, 'chromium') : await mkdtemp(join(tmpdir(), 'desk-bench-chromium-'));
  const seededFile = kept ? join(kept, 'seeded.json') : null;
  const previousSeed = seededFile ? await readSeed(seededFile) : null;
  const reuse = previousSeed !== null && previousSeed.cases === CASES;
  const browserContext = await launchBenchChromium(userDataDir);
  try {
    const { base, token, dbName, context } = await benchDesk(host.url);

    const page = await browserContext.newPage();
    // Seeding 100,000 cases takes minutes: show its progress on stderr.
    page.on('console', (message) => {
      if (message.text().startsWith('bench seed:')) process.stderr.write(`${message.text()}\n`);
    });
    // Seed from a page of the same origin (same IndexedDB) where the app is not
    // running: two copies of Dexie in one page confuse its transaction zones.
    await page.goto(`${base}bench-seed-page`);
    await page.addScriptTag({ content: script });
    const seeded = reuse && previousSeed
      ? { clerkId: previousSeed.clerkId, seconds: NaN }
      : await page.evaluate(([name, ctx, count]) => (window as unknown as BenchWindow).__deskBench.seed(name, ctx, count), [dbName, context, CASES] as const);
    if (seededFile && !reuse) await writeFile(seededFile, JSON.stringify({ cases: CASES, clerkId: seeded.clerkId }));
    await rpc(base, token, 'settings:update', { currentClerkId: seeded.clerkId });
    const idle = await waitForIdleBrowser(userDataDir);
    process.stderr.write(`bench: browser idle after ${idle.waitedSeconds} s${idle.settled ? '' : ' (did not settle)'}\n`);
    const reads = await page.evaluate(([name, ctx]) => (window as unknown as BenchWindow).__deskBench.timeReads(name, ctx), [dbName, context] as const);
    process.stderr.write(`bench reads: ${JSON.stringify(reads)}\n`);
    const { saves, strictCommits } = await page.evaluate(([name, ctx, count]) => (window as unknown as BenchWindow).__deskBench.timeSaves(name, ctx, count), [dbName, context, SAVES] as const);

    // What the ledger counts once every row is in (a kept profile has the saves of earlier runs too).
    const total = await page.evaluate(([name, ctx]) => (window as unknown as BenchWindow).__deskBench.countCases(name, ctx), [dbName, context] as const);

    // Open the app straight onto the ledger (the token stays in this tab's session storage).
    const starting = Date.now();
    await page.goto(host.url);
    // Sign-in (issue 16.3): the seeded clerk is this PC's last one, preselected; the password is typed.
    await page.locator('input[name="password"]').fill(BENCH_PASSWORD, { timeout: 180_000 });
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('navigation').waitFor({ timeout: 180_000 });
    const appStartMs = Date.now() - starting;
    process.stderr.write(`bench: app shows its navigation after ${appStartMs} ms\n`);
    // Long tasks on the main thread while the ledger fills (the window freezes during each).
    await page.evaluate(WATCH_LONG_TASKS);
    const trace = TRACE ? await traceMainThread(browserContext, page) : null;
    // Opened as a clerk opens it, from the navigation (a router transition React renders in slices).
    // page.goto(…#/ledger) would be a popstate, which React 19 renders in one task: ~105 ms for
    // the ledger page's first mount on a loaded 2-core machine, whatever the row count.
    const ledgerLink = page.getByRole('navigation').getByRole('link', { name: '台账' });
    await ledgerLink.waitFor();
    const opened = Date.now();
    await ledgerLink.click();
    await page.getByTestId('ledger-row').first().waitFor();
    const firstRowsMs = Date.now() - opened;
    process.stderr.write(`bench: ledger first rows after ${firstRowsMs} ms\n`);
    await page.waitForFunction(
      (expected) => {
        const digits = (document.querySelector('[data-testid="ledger-count"]')?.textContent ?? '').replace(/[,.\s]/g, '');
        return digits.endsWith(`${expected}条`) || digits.endsWith(`${expected}`);
      },
      total,
      { timeout: 120_000 },
    );
    const allLoadedMs = Date.now() - opened;
    // The search index is built in a task after the last rows are drawn: let it run inside the trace.
    if (trace) await page.waitForTimeout(1000);
    const tracedTasks = trace ? await trace.stop() : null;
    const longTaskEntries = await page.evaluate<[number, number][]>('window.__longTasks');
    const longTasks = longTaskEntries.map(([, duration]) => duration);
    // The app's own marks (ledger-store.ts), ms after the page's time origin: when its load began, read, finished.
    const ledgerMarks = await page.evaluate<Record<string, number>>(
      "Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ledger:')).map((m) => [m.name, Math.round(m.startTime)]))",
    );

    // A column clicked on the whole ledger: the time until its header shows the new order, and the main-thread
    // tasks over 50 ms meanwhile (the window freezes while every row is sorted again).
    const tasksBeforeSort = longTaskEntries.length;
    const sortClicked = Date.now();
    await page.locator('th').filter({ hasText: '客户' }).first().getByRole('button').click();
    await page.waitForSelector('th[aria-sort="ascending"]', { timeout: 60_000 });
    const sortClickMs = Date.now() - sortClicked;
    await page.waitForTimeout(300);
    const sortTasks = (await page.evaluate<[number, number][]>('window.__longTasks')).slice(tasksBeforeSort).map(([, duration]) => duration);

    await page.evaluate(WATCH_KEYSTROKES);
    const query = 'L2655-1';
    await page.getByTestId('ledger-search').locator('input').pressSequentially(query, { delay: 150 });
    await page.waitForTimeout(500);
    const keystrokes = await page.evaluate<number[]>('window.__keystrokeTimes');
    if (keystrokes.length !== query.length) throw new Error(`timed ${keystrokes.length} of ${query.length} keystrokes`);
    const shownAfterSearch = await page.getByTestId('ledger-count').textContent();

    // 统计 (issue 17): from the navigation to the month's first numbers, then the year (every seeded case is in 2026) to its first numbers.
    const statisticsLink = page.getByRole('navigation').getByRole('link', { name: '统计' });
    const statisticsOpened = Date.now();
    await statisticsLink.click();
    await page.getByTestId('kpi-complaints').waitFor({ timeout: 60_000 });
    const statisticsMonthMs = Date.now() - statisticsOpened;
    await page.getByTestId('stats-period').getByRole('combobox').first().click();
    const yearOption = page.getByRole('option', { name: '年', exact: true });
    await yearOption.waitFor();
    const yearChosen = Date.now();
    await yearOption.click();
    // The year counts every seeded case.
    await page.waitForFunction(
      (seededCases) => Number((/[\d,]+/.exec(document.querySelector('[data-testid="kpi-complaints"]')?.textContent ?? '')?.[0] ?? '0').replace(/,/g, '')) >= seededCases,
      CASES,
      { timeout: 60_000 },
    );
    const statisticsYearMs = Date.now() - yearChosen;
    const yearComplaints = await page.getByTestId('kpi-complaints').textContent();

    return {
      cases: CASES,
      seedSeconds: reuse ? 'reused a kept profile' : Number(seeded.seconds.toFixed(1)),
      browserIdleAfterSeconds: idle.settled ? idle.waitedSeconds : `not idle after ${idle.waitedSeconds}`,
      appStartMs,
      repositoryReadsMs: reads,
      ledgerFirstRowsMs: firstRowsMs,
      ledgerAllRowsLoadedMs: allLoadedMs,
      ledgerMarksMs: ledgerMarks,
      ledgerFillLongTasksMs: {
        count: longTasks.length,
        total: longTasks.reduce((a, b) => a + b, 0),
        longest: Math.max(0, ...longTasks),
        startAndDuration: longTaskEntries,
      },
      ...(tracedTasks ? { ledgerFillTasksOver5Ms: tracedTasks } : {}),
      sortByCustomerClick: { ms: sortClickMs, longTasksMs: sortTasks },
      searchPerKeystrokeMs: { ...stats(keystrokes), each: keystrokes.map((v) => Math.round(v)) },
      searchQuery: query,
      shownAfterSearch,
      statisticsPage: { monthFirstNumbersMs: statisticsMonthMs, yearFirstNumbersMs: statisticsYearMs, yearComplaints },
      saveOneCaseMs: stats(saves),
      // One strict-durability commit of one small row: what any save costs at least on this disk.
      strictCommitFloorMs: stats(strictCommits),
      targets: { ledgerFirstRowsMs: 1000, searchPerKeystrokeMs: 50, saveOneCaseMs: 20, statisticsYearFirstNumbersMs: 1000 },
    };
  } finally {
    await browserContext.close();
    await host.stop();
    if (!kept) await rm(userDataDir, { recursive: true, force: true });
  }
}
