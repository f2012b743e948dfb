// Issue 11, item 8: the browser may throw the whole database away; the desk
// must not care. Both tests run Debian's chromium on a persistent profile
// next to one web host (its journal in the host's profile):
//  - kill -9 of chromium's process group at random moments while cases are
//    being saved, dozens of times (every sixth time the IndexedDB folder is
//    lost as well): after each restart every case is whole or absent, every
//    case the repositories confirmed is there with its number, no number is
//    ever held by two cases, and at the end the outbox publishes everything
//    to the share;
//  - the browser's IndexedDB folder deleted between two starts (what
//    Chromium does itself when it finds its files corrupt): the desk
//    rebuilds itself from the journal, says so, and numbering goes on.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test } from '@playwright/test';
import { decodeSegment } from '../../shared/sync/codec';
import { Desk, IntakeForm, Ledger } from './models/desk';
import { launchChromium, type ChromiumRun } from './journal/chromium-process';
import { startWebHost } from './web-host';

/** Two dozen by default (~9 s each on two busy cores: a chromium start dominates); JOURNAL_KILL_ITERATIONS=85 for a long run. */
const ITERATIONS = Number(process.env.JOURNAL_KILL_ITERATIONS ?? 24);
/** Every n-th kill also loses the browser's IndexedDB folder (what Chromium does when it finds it corrupt). */
const LOSE_DATABASE_EVERY = 6;

interface HarnessCase {
  id: string;
  caseNumber: string;
  complete: boolean;
  fieldsInHistory: number;
}

interface Harness {
  start(token: string): Promise<{ status: string; error: string | null; rebuilt: { reason: string } | null }>;
  setUp(station: string, clerk: string): Promise<string>;
  saveLoop(prefix: string, count: number): Promise<void>;
  cases(): Promise<{ cases: HarnessCase[]; pending: number }>;
  syncOnce(): Promise<{ pushed: number; pending: number; deviceId: string | null }>;
}
declare const deskHarness: Harness;

/** A small seeded generator: the kill moments of a run can be replayed (JOURNAL_KILL_SEED). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function segmentsOf(share: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.seg')) for (const op of decodeSegment(await readFile(path, 'utf8')).ops) ids.add(op.entityId);
    }
  };
  await walk(join(share, 'qsync', 'log'));
  return ids;
}

test('kill -9 of chromium while saving, dozens of times: every confirmed case survives, none is half there, no number twice, the outbox still publishes', async () => {
  test.setTimeout(300_000);
  const seed = Number(process.env.JOURNAL_KILL_SEED ?? Math.floor(Math.random() * 1e9));
  const next = random(seed);
  const dirs = await Promise.all(['e2e-share-', 'e2e-profile-', 'e2e-chromium-'].map((p) => mkdtemp(join(tmpdir(), p))));
  const [share, profile, userData] = dirs as [string, string, string];
  const host = await startWebHost({ profileDir: profile, shareDir: share });
  const url = new URL(host.url);
  const token = url.hash.slice('#token='.length);
  const harnessPage = `${url.origin}/journal-harness`;
  const bundle = (await build({ entryPoints: ['test/e2e/journal/harness-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', minify: true, define: { 'process.env.NODE_ENV': '"production"' } })).outputFiles[0]!.text;

  const confirmed = new Map<string, string>(); // case id → number the clerk was shown
  const holder = new Map<string, string>(); // number → the one case id that ever held it
  const stats = { seed, iterations: 0, confirmed: 0, seenAfterRestart: 0, unconfirmedButKept: 0, rebuilds: 0, databasesLost: 0, rebuildsAt: [] as string[], killAfterMs: [] as number[] };
  let fullFields = 0;
  let run: ChromiumRun | null = null;

  const timing = { launch: 0, start: 0, check: 0 };
  const open = async () => {
    let t = performance.now();
    run = await launchChromium(userData);
    timing.launch += performance.now() - t;
    t = performance.now();
    try {
      return await startHarness(run);
    } finally {
      timing.start += performance.now() - t;
    }
  };
  const startHarness = async (run: ChromiumRun) => {
    run.page.on('console', (m) => {
      const hit = /^confirmed (\S+) (\S+)$/.exec(m.text());
      if (hit) confirmed.set(hit[1]!, hit[2]!);
    });
    // The harness page is served by the test on the host's origin (same IndexedDB), as a page of its own.
    await run.page.route(harnessPage, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><script>${bundle.replace(/<\/script/gi, '<\\/script')}</script>` }));
    await run.page.goto(harnessPage);
    await run.page.waitForFunction(() => 'deskHarness' in window);
    return run.page.evaluate((t) => deskHarness.start(t), token);
  };

  const check = async (page: ChromiumRun['page']) => {
    const { cases, pending } = await page.evaluate(() => deskHarness.cases());
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const c of cases) {
      expect(c.complete, `case ${c.caseNumber} is whole`).toBe(true);
      fullFields ||= c.fieldsInHistory;
      expect(c.fieldsInHistory, `case ${c.caseNumber} has every creation op`).toBe(fullFields);
      const had = holder.get(c.caseNumber);
      expect(had ?? c.id, `number ${c.caseNumber} held by one case only`).toBe(c.id);
      holder.set(c.caseNumber, c.id);
    }
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
    for (const [id, number] of confirmed) {
      expect(byId.get(id)?.caseNumber, `confirmed case ${number} is there`).toBe(number);
    }
    stats.seenAfterRestart = cases.length;
    stats.unconfirmedButKept = cases.filter((c) => !confirmed.has(c.id)).length;
    return { cases, pending };
  };

  try {
    let lost = false;
    for (let i = 0; i < ITERATIONS; i++) {
      const started = await open();
      if (i === 0) {
        expect(started, 'first start').toMatchObject({ status: 'needsSetup', error: null });
        expect(await run!.page.evaluate(() => deskHarness.setUp('K', '测试员'))).toBe('ready');
      } else {
        expect(started, `start ${i} after a kill`).toMatchObject({ status: 'ready', error: null });
        if (lost) expect(started.rebuilt, `start ${i} after the database was lost`).not.toBeNull();
        if (started.rebuilt) {
          stats.rebuilds++;
          stats.rebuildsAt.push(`${i}:${started.rebuilt.reason}${lost ? ':folderDeleted' : ''}`);
        }
      }
      const t = performance.now();
      await check(run!.page);
      timing.check += performance.now() - t;
      void run!.page.evaluate((prefix) => deskHarness.saveLoop(prefix, 10_000), `it${i}`).catch(() => undefined);
      const wait = 80 + Math.floor(next() * 900);
      stats.killAfterMs.push(wait);
      await new Promise((r) => setTimeout(r, wait));
      await run!.kill();
      stats.iterations++;
      lost = i % LOSE_DATABASE_EVERY === LOSE_DATABASE_EVERY - 1;
      if (lost) {
        await rm(join(userData, 'Default', 'IndexedDB'), { recursive: true, force: true });
        stats.databasesLost++;
      }
    }
    const last = await open();
    expect(last, 'start after the last kill').toMatchObject({ status: 'ready', error: null });
    if (lost) expect(last.rebuilt, 'start after the database was lost').not.toBeNull();
    if (last.rebuilt) {
      stats.rebuilds++;
      stats.rebuildsAt.push(`end:${last.rebuilt.reason}${lost ? ':folderDeleted' : ''}`);
    }
    await check(run!.page);
    stats.confirmed = confirmed.size;
    expect(confirmed.size).toBeGreaterThan(ITERATIONS); // the kills did land in the middle of saving
    const synced = await run!.page.evaluate(() => deskHarness.syncOnce());
    expect(synced.pending).toBe(0);
    const onShare = await segmentsOf(share);
    for (const [id, number] of confirmed) expect(onShare.has(id), `case ${number} published`).toBe(true);
    const { killAfterMs, ...summary } = stats;
    console.log(`journal kill test: ${JSON.stringify({ ...summary, timing: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v)])), killAfterMs: `${Math.min(...killAfterMs)}–${Math.max(...killAfterMs)}` })}`);
    test.info().annotations.push({ type: 'journal-kill', description: JSON.stringify(summary) });
  } finally {
    await (run as ChromiumRun | null)?.close();
    await host.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

test('the browser’s IndexedDB folder deleted between two starts: the desk rebuilds itself, says so, and numbering goes on', async () => {
  test.setTimeout(120_000);
  const dirs = await Promise.all(['e2e-profile-', 'e2e-chromium-'].map((p) => mkdtemp(join(tmpdir(), p))));
  const [profile, userData] = dirs as [string, string];
  const host = await startWebHost({ profileDir: profile });
  let run: ChromiumRun | null = null;
  try {
    run = await launchChromium(userData);
    const desk = new Desk(run.page);
    await desk.open(host.url);
    await desk.setUp('L', '李工');
    const numbers: string[] = [];
    for (const name of ['重建测试甲', '重建测试乙']) {
      await desk.nav('新建投诉').click();
      const form = new IntakeForm(run.page);
      await form.fill({ customerName: name, productModel: 'RB-1', defectDescription: '外壳开裂', quantityDelivered: 100, quantityInspected: 10, quantityDefective: 2 });
      numbers.push(await form.save());
    }
    await run.close();
    await rm(join(userData, 'Default', 'IndexedDB'), { recursive: true, force: true });

    run = await launchChromium(userData);
    const page = run.page;
    await page.goto(host.url);
    await new Desk(page).signIn('李工'); // the clerk record and its credential came back with the journal
    await expect(page.getByTestId('rebuilt-banner')).toContainText('本机数据库已从日志重建');
    await expect(page.getByRole('heading', { name: '欢迎使用客诉退货台' })).toHaveCount(0);
    await expect(new Desk(page).statusBar()).toContainText('李工');
    await new Desk(page).nav('台账').click();
    const ledger = new Ledger(page);
    await expect(ledger.rows()).toHaveCount(2);
    for (const n of numbers) await expect(page.getByText(n).first()).toBeVisible();
    await new Desk(page).nav('新建投诉').click();
    const form = new IntakeForm(page);
    await form.fill({ customerName: '重建测试丙', productModel: 'RB-1', defectDescription: '外壳开裂', quantityDelivered: 100, quantityInspected: 10, quantityDefective: 2 });
    const third = await form.save();
    expect(third.slice(-3)).toBe('003');
    expect(numbers.map((n) => n.slice(-3))).toEqual(['001', '002']);
    await page.screenshot({ path: 'test-results/e2e/journal-rebuilt.png' });
  } finally {
    await (run)?.close();
    await host.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});
