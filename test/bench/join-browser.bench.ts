// A new PC joining a share, measured against its limit in the real browser
// (issue 15, part 4). Figures, no pass/fail:
//  - join: a new PC's sync round(s) until caught up, in Debian's chromium —
//    real IndexedDB, the real sync service behind the web host — on a share of
//    BENCH_SYNC_DEVICES PCs × BENCH_SYNC_OPS edits (20 × 5,000), without and
//    then with a snapshot on the share (seeded in Node with ShareTransport,
//    the snapshot by ShareTransport.writeSnapshot);
//  - floor: the raw cost of the same bytes in Node — read every segment and
//    snapshot file that join reads, split the lines, JSON.parse each — and
//    ratio = join / floor (goal ≤ 3× with a snapshot);
//  - storage floor (with a snapshot): storing the snapshot's ops alone in
//    the same chromium's IndexedDB, raw API, one transaction — what the
//    read floor leaves out and every join that keeps ops locally must pay;
//  - PouchDB 9.0.0 (its browser build from node_modules/pouchdb/dist) on the
//    same chromium IndexedDB: the same edits as revisions of one doc per
//    record, replicated from one database into a fresh one, with its 'idb'
//    adapter (the default) and its 'indexeddb' adapter — and ours / theirs.
// The web host's scheduled snapshot is kept out of the join: the joining
// PC's sync-state.json says its maintenance check just ran.
// BENCH_POUCH_ADAPTERS=idb limits PouchDB to one adapter.
import type { BrowserContext, Page } from '@playwright/test';
import { launchBenchChromium } from './bench-browser';
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../electron/services/errors';
import { openSettingsStore } from '../../electron/services/settings-store';
import { SYNC_STATE_FILE } from '../../electron/services/sync/sync-service';
import type { WriteContext } from '../../renderer/db/types';
import { parseSegmentName, SHARE_DIR, type Cursors } from '../../shared/sync/share-layout';
import { startWebHost } from '../e2e/web-host';
import { BENCH_DEVICES as DEVICES, BENCH_OPS as OPS, benchTransport, seedShare } from './share-seed';
import { timeRuns } from './timing';

const POUCH_ADAPTERS = (process.env.BENCH_POUCH_ADAPTERS ?? 'idb,indexeddb').split(',').map((a) => a.trim()).filter(Boolean);

interface JoinBenchWindow {
  __deskJoinBench: {
    join(dbName: string, token: string, context: Omit<WriteContext, 'now'>): Promise<{ ms: number; joinCallMs: number; pullMs: number; pulls: number; rounds: Record<string, unknown>[]; opsHeld: number; idleRoundMs: number }>;
    pouch(adapter: string, devices: number, opsPerDevice: number, runId: string): Promise<{ ms: number; seedMs: number; revisions: number; docsWritten: number; docs: number }>;
    storageFloor(snapshotText: string, runs: number, opsStored: 'indexed' | 'plain' | 'none'): Promise<{ medianMs: number; minMs: number; maxMs: number; ops: number; records: number }>;
  };
}

const ms = (v: number) => Math.round(v);
const ratio = (a: number, b: number) => Math.round((a / Math.max(0.1, b)) * 100) / 100;

/** The files a joining PC reads for its ops: the newest snapshot (if any) and every segment after what it covers. */
async function filesJoinReads(share: string, snapshot: { hash: string; covers: Cursors } | null): Promise<string[]> {
  const root = join(share, SHARE_DIR);
  const files = snapshot ? [join(root, 'snap', `${snapshot.hash}.snap`)] : [];
  for (const device of await readdir(join(root, 'log'))) {
    for (const month of await readdir(join(root, 'log', device))) {
      for (const name of await readdir(join(root, 'log', device, month))) {
        const seg = parseSegmentName(name);
        if (seg && seg.to > (snapshot?.covers[device] ?? 0)) files.push(join(root, 'log', device, month, name));
      }
    }
  }
  return files;
}

/** The physical floor: read the files, split the lines, JSON.parse every JSON line (header and ops). */
async function floor(files: readonly string[]) {
  let bytes = 0;
  let lines = 0;
  const once = async () => {
    bytes = 0;
    lines = 0;
    for (const file of files) {
      const buffer = await readFile(file);
      bytes += buffer.length;
      for (const line of buffer.toString('utf8').split('\n')) {
        if (line.startsWith('{')) {
          JSON.parse(line);
          lines++;
        }
      }
    }
  };
  const timing = await timeRuns(3, once, { cpu: true });
  return { ...timing, files: files.length, bytes, jsonLines: lines };
}

/**
 * A new PC (fresh web host profile on the share, fresh origin: fresh
 * IndexedDB) joining in chromium; `then` runs on its page afterwards.
 */
async function browserJoin<T>(context: BrowserContext, share: string, script: string, name: string, then?: (page: Page) => Promise<T>) {
  const profileDir = await mkdtemp(join(tmpdir(), `desk-bench-join-${name}-`));
  const settings = await openSettingsStore({ profilePath: profileDir, logger: silentLogger, now: () => Date.now() });
  await settings.update({ sharePath: share, stationCode: 'Z' });
  const s = settings.get();
  // As if the scheduled snapshot check had just run: the join is measured without a snapshot written at its end.
  const now = Date.now();
  await writeFile(
    join(profileDir, SYNC_STATE_FILE),
    `${JSON.stringify({ shareId: null, lastSeq: 0, lastMonth: null, seen: {}, deviceId: s.deviceId, maintenance: { checkedAt: now, snapshotAt: now, own: [] } })}\n`,
  );
  const host = await startWebHost({ profileDir, shareDir: share });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('bench ')) process.stderr.write(`${message.text()}\n`);
  });
  try {
    const base = host.url.split('#')[0]!;
    const token = host.url.split('#token=')[1]!;
    await page.goto(`${base}bench-join-page`);
    await page.addScriptTag({ content: script });
    const ctx: Omit<WriteContext, 'now'> = { deviceId: s.deviceId, stationCode: 'Z', caseNumberPattern: s.caseNumberPattern, user: '基准测试' };
    const profiler = process.env.BENCH_JOIN_CPU ? await startCpuProfile(page) : null;
    const joined = await page.evaluate(([db, tok, c]) => (window as unknown as JoinBenchWindow).__deskJoinBench.join(db, tok, c), [`complaint-desk-${s.deviceId}`, token, ctx] as const);
    if (profiler) process.stderr.write(`bench join ${name}: main-thread self time by function (ms)\n${JSON.stringify(await profiler.stop(), null, 1)}\n`);
    const after = then ? await then(page) : undefined;
    return { joined, after };
  } finally {
    await page.close();
    await host.stop();
    await rm(profileDir, { recursive: true, force: true });
  }
}

/** BENCH_JOIN_CPU=1: where the join's main-thread time goes (CDP profiler; self time summed by function, the top 25). */
async function startCpuProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(): Promise<Record<string, number>> {
      const { profile } = await cdp.send('Profiler.stop');
      const selfMs = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, i) => {
        const node = byId.get(id)!;
        const frame = node.callFrame;
        const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
        selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      });
      return Object.fromEntries([...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => [k, Math.round(v)]));
    },
  };
}

/** After the join with a snapshot: the storage floor of the same snapshot in the same chromium, then PouchDB. */
const storageFloorThenPouch = (snapshotFile: string) => async (page: Page) => {
  const text = await readFile(snapshotFile, 'utf8');
  const floorOf = (opsStored: 'indexed' | 'plain' | 'none') =>
    page.evaluate(([t, runs, o]) => (window as unknown as JoinBenchWindow).__deskJoinBench.storageFloor(t, runs, o), [text, 3, opsStored] as const);
  const storage = await floorOf('indexed');
  const withoutIndexes = await floorOf('plain');
  const recordsOnly = await floorOf('none');
  process.stderr.write(
    `bench storage floor: ${ms(storage.medianMs)} ms for ${storage.ops} ops and ${storage.records} records (${ms(withoutIndexes.medianMs)} ms without the op indexes, ${ms(recordsOnly.medianMs)} ms the records alone)\n`,
  );
  return { storage, withoutIndexes, recordsOnly, pouch: await pouchRuns(page) };
};

async function pouchRuns(page: Page) {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('pouchdb/dist/pouchdb.min.js') });
  if (POUCH_ADAPTERS.includes('indexeddb')) await page.addScriptTag({ path: require.resolve('pouchdb/dist/pouchdb.indexeddb.min.js') });
  const runs: Record<string, Awaited<ReturnType<JoinBenchWindow['__deskJoinBench']['pouch']>>> = {};
  for (const adapter of POUCH_ADAPTERS) {
    runs[adapter] = await page.evaluate(
      ([a, d, o, id]) => (window as unknown as JoinBenchWindow).__deskJoinBench.pouch(a, d, o, id),
      [adapter, DEVICES, OPS, String(Date.now())] as const,
    );
    process.stderr.write(`bench pouch ${adapter}: replicated in ${ms(runs[adapter].ms)} ms\n`);
  }
  return runs;
}

export async function runJoinBrowserBench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { devices: DEVICES, opsPerDevice: OPS };
  const script = (await build({ entryPoints: ['test/bench/join-page-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' })).outputFiles[0]!.text;
  const share = await mkdtemp(join(tmpdir(), 'desk-bench-join-share-'));
  const userDataDir = await mkdtemp(join(tmpdir(), 'desk-bench-chromium-'));
  const context = await launchBenchChromium(userDataDir);
  try {
    let t = performance.now();
    await seedShare(share, DEVICES, OPS);
    figures.seedMs = ms(performance.now() - t);

    // 1. Without a snapshot: every segment.
    const plainFloor = await floor(await filesJoinReads(share, null));
    const plain = (await browserJoin(context, share, script, 'plain')).joined;
    process.stderr.write(`bench join without snapshot: ${ms(plain.ms)} ms\n`);

    // 2. With a snapshot of everything on the share.
    const writer = benchTransport(share, 'snapshotter');
    await writer.join();
    t = performance.now();
    const snap = await writer.writeSnapshot();
    const snapshotMs = performance.now() - t;
    const snapFiles = await filesJoinReads(share, snap);
    const snapFloor = await floor(snapFiles);
    const { joined: withSnap, after } = await browserJoin(context, share, script, 'snap', storageFloorThenPouch(snapFiles[0]!));
    const pouch = after?.pouch;
    process.stderr.write(`bench join with snapshot: ${ms(withSnap.ms)} ms\n`);

    const shape = (j: typeof plain, f: typeof plainFloor) => ({
      joinMs: ms(j.ms),
      joinCallMs: ms(j.joinCallMs),
      ofWhichWaitingOnPull: { ms: ms(j.pullMs), calls: j.pulls },
      rounds: j.rounds,
      opsHeld: j.opsHeld,
      nextIdleRoundMs: ms(j.idleRoundMs),
      floor: f,
      ratioJoinToFloor: ratio(j.ms, f.medianMs),
    });
    figures.withoutSnapshot = shape(plain, plainFloor);
    const { storage, withoutIndexes, recordsOnly } = after!;
    figures.withSnapshot = {
      ...shape(withSnap, snapFloor),
      snapshot: { ops: snap.count, bytes: (await stat(snapFiles[0]!)).size, writeMs: ms(snapshotMs) },
      storageFloor: { medianMs: ms(storage.medianMs), minMs: ms(storage.minMs), maxMs: ms(storage.maxMs), ops: storage.ops, records: storage.records, withoutOpIndexesMs: ms(withoutIndexes.medianMs), recordsAloneMs: ms(recordsOnly.medianMs) },
      ratioStorageFloorToFloor: ratio(storage.medianMs, snapFloor.medianMs),
      ratioRecordsAloneToFloor: ratio(recordsOnly.medianMs, snapFloor.medianMs),
      ratioJoinToFloorPlusStorageFloor: ratio(withSnap.ms, snapFloor.medianMs + storage.medianMs),
    };
    figures.pouchdb = Object.fromEntries(
      Object.entries(pouch ?? {}).map(([adapter, p]) => [
        adapter,
        { replicateMs: ms(p.ms), seedMs: ms(p.seedMs), revisions: p.revisions, docs: p.docs, docsWritten: p.docsWritten, oursWithoutSnapshotToPouch: ratio(plain.ms, p.ms), oursWithSnapshotToPouch: ratio(withSnap.ms, p.ms) },
      ]),
    );
    figures.targets = { ratioJoinToFloorWithSnapshot: 3 };
    figures.note =
      'join: sync round(s) of a new PC in chromium (real IndexedDB) through the web host, until caught up (ofWhichWaitingOnPull: the page waiting on sync:pull — HTTP + the host reading and checking files —, the rest is merging into IndexedDB); joinCallMs (sync:join + bindShare) and nextIdleRoundMs (one more round with nothing new: the fixed cost of a round) are not in joinMs; floor: in Node, read + split + JSON.parse of the files that join reads (median of 3 after a warm-up); storageFloor (with snapshot): in the same chromium, raw IndexedDB — one transaction putting the ops of the snapshot, parsed, into a store indexed like the ops table, and one row per record — from the start of the transaction to its commit (median of 3, fresh databases; withoutOpIndexesMs: the same without the three op indexes; recordsAloneMs: only the one row per record, no ops): what storing the ops alone costs, which the read floor leaves out; PouchDB: same edits (revisions of one doc per record), replicate.to a fresh database of the same adapter in the same chromium';
  } finally {
    await context.close();
    await rm(share, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
  return figures;
}

if (process.argv[1]?.endsWith('join-browser.bench.ts')) console.log(JSON.stringify(await runJoinBrowserBench(), null, 2));
