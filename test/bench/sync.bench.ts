// Replication benchmark (issue 4). Figures, no pass/fail:
//  - a new PC joining a share of 20 devices × 5,000 ops, without and with a
//    snapshot (renderer/db merge on fake-indexeddb + the real services);
//  - an idle sync round with 20 devices: fs calls counted, and its time on a
//    real Samba share (../shared/tools/samba-share.sh) and on a local folder;
//  - the same field changes replicated by PouchDB between two in-memory
//    databases, side by side with ours between two PCs on a local folder.
// BENCH_SYNC_DEVICES / BENCH_SYNC_OPS scale it down for a quick run.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSyncRepository, openDeskDatabase } from '../../renderer/db';
import { runSyncRound } from '../../renderer/state/sync-round';
import { silentLogger } from '../../electron/services/errors';
import { openSettingsStore } from '../../electron/services/settings-store';
import { countingFs, nodeShareFs } from '../../electron/services/sync/share-fs';
import { emptyLocalState, ShareTransport } from '../../electron/services/sync/share-transport';
import { createSyncService } from '../../electron/services/sync/sync-service';
import type { WireOp } from '../../shared/sync/codec';
import { formatHlc } from '../../shared/sync/hlc';

const DEVICES = Number(process.env.BENCH_SYNC_DEVICES ?? 20);
const OPS = Number(process.env.BENCH_SYNC_OPS ?? 5000);
const T0 = Date.parse('2026-11-23T02:00:00Z');

function deviceOps(dev: number, count: number): WireOp[] {
  const deviceId = `dev-${String(dev).padStart(2, '0')}`;
  // 100 cases × 10 fields, each edited several times: a snapshot keeps only the winners
  return Array.from({ length: count }, (_, i) => ({
    id: `${deviceId}-op-${i}`,
    hlc: formatHlc({ wall: T0 + i * 1000 + dev, counter: 0 }),
    deviceId,
    user: `clerk ${dev}`,
    entity: 'case',
    entityId: `case-${dev}-${i % 100}`,
    fields: { [`f${Math.floor(i / 100) % 10}`]: `值 ${dev}/${i}` },
    schemaVersion: 2,
  }));
}

async function seedShare(share: string, devices: number, ops: number): Promise<void> {
  for (let d = 0; d < devices; d++) {
    const t = new ShareTransport({ sharePath: share, deviceId: `dev-${String(d).padStart(2, '0')}`, fingerprint: `fp${d}`, appVersion: '0.1.0', now: () => T0 }, emptyLocalState());
    await t.join();
    const all = deviceOps(d, ops);
    for (let i = 0; i < all.length; i += 1000) await t.push(all.slice(i, i + 1000));
    await t.writeDeviceFile({}, null);
  }
}

async function newPc(share: string, name: string) {
  const profile = await mkdtemp(join(tmpdir(), `bench-${name}-`));
  const settings = await openSettingsStore({ profilePath: profile, logger: silentLogger });
  await settings.update({ sharePath: share, stationCode: 'Z' });
  const service = createSyncService({ profilePath: profile, settingsStore: settings, appVersion: '0.1.0', fingerprint: () => `fp-${name}`, now: () => T0 + 10 * 86_400_000, maintenance: false }); // join time alone, no scheduled snapshot in it
  const db = await openDeskDatabase(`bench-${name}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ctx = { deviceId: settings.get().deviceId, stationCode: 'Z', caseNumberPattern: '{YY}{MM}-{STATION}-{SEQ:3}', user: name, now: () => T0 + 10 * 86_400_000 };
  const repo = createSyncRepository(db, () => ctx);
  const joined = await service.syncJoin({});
  await repo.bindShare(joined.shareId);
  return { db, repo, service, round: () => runSyncRound(db, repo, service, { now: () => T0 + 10 * 86_400_000 }) };
}

async function timeJoin(share: string, name: string) {
  const pc = await newPc(share, name);
  const started = performance.now();
  const report = await pc.round();
  const ms = performance.now() - started;
  return { ms: Math.round(ms), applied: report.applied, snapshot: report.snapshot !== null, opsHeld: await pc.db.ops.count() };
}

async function idleRound(share: string, devices: number) {
  const counter = countingFs(nodeShareFs);
  const t = new ShareTransport({ sharePath: share, deviceId: 'reader', fingerprint: 'r', appVersion: '0.1.0', fs: counter.fs, now: () => T0 }, emptyLocalState());
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

async function ours(changes: number) {
  const share = await mkdtemp(join(tmpdir(), 'bench-ours-'));
  const a = await newPc(share, 'ours-a');
  const b = await newPc(share, 'ours-b');
  const ops = deviceOps(0, changes).map((o) => ({ ...o, deviceId: 'x', id: `x-${o.id}` }));
  await a.db.ops.bulkAdd(ops.map((o) => ({ ...o, entity: 'case' as const, published: 0 as const })));
  const started = performance.now();
  await a.round();
  await b.round();
  const ms = performance.now() - started;
  await rm(share, { recursive: true, force: true });
  return { ms: Math.round(ms), received: await b.db.ops.count() };
}

interface PouchDb {
  put(doc: Record<string, unknown>): Promise<{ rev: string }>;
  info(): Promise<{ doc_count: number }>;
  replicate: { to(target: PouchDb): Promise<unknown> };
}
interface PouchStatic {
  new (name: string, options: { adapter: string }): PouchDb;
  plugin(plugin: unknown): void;
}

async function pouch(changes: number) {
  // pouchdb ships no types: the few calls used here are typed above.
  const PouchDB = ((await import('pouchdb')) as { default: unknown }).default as PouchStatic;
  const memory = ((await import('pouchdb-adapter-memory')) as { default: unknown }).default;
  PouchDB.plugin(memory);
  const a = new PouchDB(`bench-a-${Date.now()}`, { adapter: 'memory' });
  const b = new PouchDB(`bench-b-${Date.now()}`, { adapter: 'memory' });
  // the same field changes: one doc per case, one revision per change
  const revs = new Map<string, string>();
  const docs = new Map<string, Record<string, unknown>>();
  for (const op of deviceOps(0, changes)) {
    const doc = { ...(docs.get(op.entityId) ?? { _id: op.entityId }), ...op.fields };
    const rev = revs.get(op.entityId);
    const res = await a.put(rev ? { ...doc, _rev: rev } : doc);
    revs.set(op.entityId, res.rev);
    docs.set(op.entityId, doc);
  }
  const started = performance.now();
  await a.replicate.to(b);
  const ms = performance.now() - started;
  const info = await b.info();
  return { ms: Math.round(ms), docs: info.doc_count };
}

export async function runSyncBench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { devices: DEVICES, opsPerDevice: OPS };
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
  const changes = Math.min(OPS, 5000);
  const o = await ours(changes);
  const p = await pouch(changes);
  figures.vsPouchDB = { changes, oursMs: o.ms, pouchMs: p.ms, ratio: Math.round((o.ms / Math.max(1, p.ms)) * 100) / 100, oursReceived: o.received, pouchDocs: p.docs, note: 'ours: push to a local folder + pull and merge into IndexedDB (fake-indexeddb); PouchDB: memory → memory replicate' };
  return figures;
}

if (process.argv[1]?.endsWith('sync.bench.ts')) console.log(JSON.stringify(await runSyncBench(), null, 2));
