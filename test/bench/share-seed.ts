// Node-side setup the replication benchmarks share (sync, joinBrowser,
// shareSize): a share folder seeded with many PCs' logs, and a simulated PC
// (fake-indexeddb + the real sync service on a profile folder). The ops
// themselves come from bench-ops.ts (benchOp: the one place that shapes them).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRepositories, createSyncRepository, openDeskDatabase, type WriteContext } from '../../renderer/db';
import { runSyncRound } from '../../renderer/state/sync-round';
import { silentLogger } from '../../electron/services/errors';
import { openSettingsStore } from '../../electron/services/settings-store';
import { emptyLocalState, ShareTransport } from '../../electron/services/sync/share-transport';
import { createSyncService } from '../../electron/services/sync/sync-service';
import { benchDeviceId, BENCH_T0, deviceOps } from './bench-ops';

/** Scale of the replication benchmarks: PCs on the share and edits per PC (20 × 5,000 by default). */
export const BENCH_DEVICES = Number(process.env.BENCH_SYNC_DEVICES ?? 20);
export const BENCH_OPS = Number(process.env.BENCH_SYNC_OPS ?? 5000);

/** A Node transport of its own on the share (seeding, snapshots), with the benchmark's fixed clock. */
export function benchTransport(share: string, deviceId: string): ShareTransport {
  return new ShareTransport({ sharePath: share, deviceId, fingerprint: `fp-${deviceId}`, appVersion: '0.1.0', now: () => BENCH_T0 }, emptyLocalState());
}

/** `devices` PCs, each with its `ops` edits pushed as segments of 1,000 ops and its device file. */
export async function seedShare(share: string, devices: number, ops: number): Promise<void> {
  for (let d = 0; d < devices; d++) {
    const t = benchTransport(share, benchDeviceId(d));
    await t.join();
    const all = deviceOps(d, ops);
    for (let i = 0; i < all.length; i += 1000) await t.push(all.slice(i, i + 1000));
    await t.writeDeviceFile({}, null);
  }
}

/**
 * A simulated PC on `share`: its own profile (settings + sync state), the real
 * sync service (scheduled snapshots off unless `maintenance`: a round measures
 * the round alone), its own fake-indexeddb database, the repositories, and
 * `round()` = one sync round as the app runs it. `now` is its clock.
 */
export async function newPc(share: string, name: string, options: { now?: () => number; maintenance?: boolean } = {}) {
  const now = options.now ?? (() => BENCH_T0 + 10 * 86_400_000);
  const profile = await mkdtemp(join(tmpdir(), `bench-${name}-`));
  const settings = await openSettingsStore({ profilePath: profile, logger: silentLogger, now });
  await settings.update({ sharePath: share, stationCode: 'Z' });
  const service = createSyncService({ profilePath: profile, settingsStore: settings, appVersion: '0.1.0', fingerprint: () => `fp-${name}`, now, ...(options.maintenance ? {} : { maintenance: false }) });
  const db = await openDeskDatabase(`bench-${name}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ctx: WriteContext = { deviceId: settings.get().deviceId, stationCode: 'Z', caseNumberPattern: '{YY}{MM}-{STATION}-{SEQ:3}', user: name, now };
  const repo = createSyncRepository(db, () => ctx);
  const joined = await service.syncJoin({});
  await repo.bindShare(joined.shareId);
  return { profile, deviceId: ctx.deviceId, db, repo, repos: createRepositories(db, () => ctx), service, round: () => runSyncRound(db, repo, service, { now }) };
}
