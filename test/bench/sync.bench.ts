// Replication benchmark (issue 4), in Node. Figures, no pass/fail:
//  - a new PC joining a share of 20 devices × 5,000 ops, without and with a
//    snapshot — in Node: renderer/db merge on fake-indexeddb + the real
//    services (the same join in chromium on real IndexedDB through the web
//    host, with its floor and PouchDB beside it: join-browser.bench.ts);
//  - an idle sync round with 20 devices: fs calls counted, and its time on a
//    real Samba share (../shared/tools/samba-share.sh) and on a local folder.
// BENCH_SYNC_DEVICES / BENCH_SYNC_OPS scale it down for a quick run.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countingFs, nodeShareFs } from '../../electron/services/sync/share-fs';
import { emptyLocalState, ShareTransport } from '../../electron/services/sync/share-transport';
import { BENCH_T0 } from './bench-ops';
import { BENCH_DEVICES as DEVICES, BENCH_OPS as OPS, newPc, seedShare } from './share-seed';

async function timeJoin(share: string, name: string) {
  const pc = await newPc(share, name);
  const started = performance.now();
  const report = await pc.round();
  const ms = performance.now() - started;
  return { ms: Math.round(ms), applied: report.applied, snapshot: report.snapshot !== null, opsHeld: await pc.db.ops.count() };
}

async function idleRound(share: string, devices: number) {
  const counter = countingFs(nodeShareFs);
  const t = new ShareTransport({ sharePath: share, deviceId: 'reader', fingerprint: 'r', appVersion: '0.1.0', fs: counter.fs, now: () => BENCH_T0 }, emptyLocalState());
  await t.join();
  let cursors = {};
  for (let more = true; more; ) {
    const r = await t.pull(cursors);
    cursors = r.cursors;
    more = r.ops.length > 0;
  }
  const first = { cursors };
  counter.reset();
  const started = performance.now();
  const idle = await t.pull(first.cursors);
  const ms = performance.now() - started;
  return { devices, fsCalls: counter.total(), byCall: { ...counter.counts }, ms: Math.round(ms * 10) / 10, newOps: idle.ops.length };
}

export async function runSyncBench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { devices: DEVICES, opsPerDevice: OPS, joinsRunIn: 'Node: fake-indexeddb + the real services (in chromium on real IndexedDB: joinBrowser)' };
  const share = await mkdtemp(join(tmpdir(), 'bench-share-'));
  try {
    let t = performance.now();
    await seedShare(share, DEVICES, OPS);
    figures.seedMs = Math.round(performance.now() - t);
    figures.joinWithoutSnapshot = await timeJoin(share, 'join-plain');
    const writer = await newPc(share, 'snapshotter');
    t = performance.now();
    figures.snapshot = { ...(await writer.service.syncSnapshot({})), ms: Math.round(performance.now() - t) };
    figures.joinWithSnapshot = await timeJoin(share, 'join-snap');
    figures.idleRoundFolder = await idleRound(share, DEVICES);
  } finally {
    await rm(share, { recursive: true, force: true });
  }
  const script = resolve(import.meta.dirname, '../../../shared/tools/samba-share.sh');
  const state = await mkdtemp(join(tmpdir(), 'bench-samba-'));
  try {
    const mounted = execFileSync('bash', [script, 'start', state], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    const dir = join(mounted, `bench-${process.pid}`);
    await seedShare(dir, DEVICES, 50);
    figures.idleRoundSamba = await idleRound(dir, DEVICES);
  } catch (error) {
    figures.idleRoundSamba = `skipped: ${String(error)}`;
  } finally {
    try {
      execFileSync('bash', [script, 'stop', state]);
    } catch {
      /* not started */
    }
  }
  return figures;
}

if (process.argv[1]?.endsWith('sync.bench.ts')) console.log(JSON.stringify(await runSyncBench(), null, 2));
