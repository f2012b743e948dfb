/**
 * Scheduled snapshots and compaction (issue 4, "Snapshots"). Runs in the
 * main process after a successful sync round (sync-service.ts: a pull that
 * caught up, never while read-only); `sync:snapshot` still forces one.
 *
 * Defaults (DEFAULT_MAINTENANCE), per PC:
 *  - check at most once an hour (checkEveryMs). A check decodes the share's
 *    snapshots like a joining PC does, so it does not run every 30 s round;
 *  - write a snapshot when ≥ 5,000 ops arrived since the newest verified
 *    snapshot (minNewOps, counted from the device files' lastSeq against the
 *    snapshot's covers: one read per device), or when there is something new
 *    and the newest snapshot is older than a day (maxSnapshotAgeMs, file
 *    time; the share's root.json createdAt while there is none yet); at most
 *    once every 6 hours
 *    (snapshotEveryMs). Snapshots are deterministic, so two PCs writing at
 *    once write the same bytes under one name;
 *  - then compact own old segments with the existing rules
 *    (ShareTransport.compactOwn: covered by the newest verified snapshot,
 *    read past by every device seen within 30 days, older than the 7-day
 *    grace period);
 *  - then remove superseded snapshot files — only those this PC wrote itself
 *    (remembered in sync-state.json with what they cover), only when the
 *    newest verified snapshot is another file that covers every device at
 *    least as far, and only once that newer snapshot is older than the same
 *    grace period (a PC that was joining from the old one has finished). A
 *    missing file is never taken as a deletion of data: it is only
 *    forgotten. The newest snapshot is never removed;
 *  - then remove the .part files of this PC's own blob uploads untouched for
 *    a day (STALE_UPLOAD_MS: abandoned — the op citing the blob was deleted
 *    before it went out); another PC's parts are its own to clean.
 * State (last check, last snapshot, own snapshot files) lives in
 * LocalShareState.maintenance; the clock is injectable for tests.
 */
import { join } from 'node:path';
import type { Cursors } from '../../../shared/sync/share-layout';
import { errorCode, retryTransient } from '../atomic-write';
import type { MaintenanceState, ShareTransport } from './share-transport';

export interface MaintenancePolicy {
  checkEveryMs: number;
  snapshotEveryMs: number;
  minNewOps: number;
  maxSnapshotAgeMs: number;
  graceMs: number;
  activeDays: number;
}

const HOUR = 3600_000;
export const DEFAULT_MAINTENANCE: MaintenancePolicy = {
  checkEveryMs: HOUR,
  snapshotEveryMs: 6 * HOUR,
  minNewOps: 5000,
  maxSnapshotAgeMs: 24 * HOUR,
  graceMs: 7 * 24 * HOUR,
  activeDays: 30,
};

export interface MaintenanceReport {
  /** false when the last check was less than checkEveryMs ago (nothing read). */
  ran: boolean;
  snapshot: { hash: string; written: boolean; reason: 'ops' | 'age' } | null;
  /** Ops on the share not covered by the newest snapshot (before writing). */
  newOps: number;
  removedSegments: string[];
  removedSnapshots: string[];
  /** .part files of abandoned uploads of this PC. */
  removedParts: string[];
}

/** Records a snapshot file this PC wrote (also for `sync:snapshot`), so it may be removed once superseded. */
export function rememberOwnSnapshot(t: ShareTransport, snap: { hash: string; covers: Cursors; written: boolean }, at: number): void {
  if (!snap.written) return;
  const state: MaintenanceState = t.state.maintenance ?? { checkedAt: 0, snapshotAt: 0, own: [] };
  t.state = { ...t.state, maintenance: { ...state, own: [...state.own.filter((o) => o.hash !== snap.hash), { hash: snap.hash, covers: snap.covers, writtenAt: at }] } };
}

/** Every device at least as far in `newer` as in `older`. */
export function coversAll(newer: Cursors, older: Cursors): boolean {
  return Object.entries(older).every(([id, seq]) => (newer[id] ?? 0) >= seq);
}

export async function runMaintenance(t: ShareTransport, now: () => number, policy: MaintenancePolicy = DEFAULT_MAINTENANCE): Promise<MaintenanceReport> {
  const report: MaintenanceReport = { ran: false, snapshot: null, newOps: 0, removedSegments: [], removedSnapshots: [], removedParts: [] };
  const state: MaintenanceState = t.state.maintenance ?? { checkedAt: 0, snapshotAt: 0, own: [] };
  if (now() - state.checkedAt < policy.checkEveryMs) return report;
  report.ran = true;
  // Remembered before the work: a check that fails is not retried every round.
  const save = (next: Partial<MaintenanceState>) => {
    Object.assign(state, next);
    t.state = { ...t.state, maintenance: { ...state, own: [...state.own] } };
  };
  save({ checkedAt: now() });

  const snapPath = (hash: string) => join(t.root, 'snap', `${hash}.snap`);
  const ageOf = async (hash: string): Promise<number> => now() - (await t.fs.stat(snapPath(hash))).mtimeMs;

  // 1. Snapshot when enough is new or the newest is old.
  const newest = await t.newestSnapshot();
  const covers = newest?.header.covers ?? {};
  const devices = await t.readDevices();
  const lastSeq = new Map<string, number>([...devices].map(([id, file]) => [id, file.lastSeq]));
  lastSeq.set(t.options.deviceId, Math.max(lastSeq.get(t.options.deviceId) ?? 0, t.state.lastSeq));
  for (const [id, seq] of lastSeq) report.newOps += Math.max(0, seq - (covers[id] ?? 0));
  if (report.newOps > 0 && now() - state.snapshotAt >= policy.snapshotEveryMs) {
    // Without a snapshot yet, the share's age stands for the snapshot's: a young share with few ops gets none.
    const age = newest ? await ageOf(newest.hash) : now() - Date.parse((await t.readRoot())?.createdAt ?? '');
    const reason = report.newOps >= policy.minNewOps ? 'ops' : age >= policy.maxSnapshotAgeMs ? 'age' : null;
    if (reason) {
      const snap = await t.writeSnapshot();
      rememberOwnSnapshot(t, snap, now());
      save({ snapshotAt: now(), own: t.state.maintenance?.own ?? [] });
      report.snapshot = { hash: snap.hash, written: snap.written, reason };
    }
  }

  // 2. Own old segments (existing rules).
  report.removedSegments = (await t.compactOwn({ graceMs: policy.graceMs, activeDays: policy.activeDays })).removed;

  // 3. Own snapshot files superseded by a newer verified one, after the grace period.
  const current = report.snapshot ? await t.newestSnapshot() : newest;
  if (current && state.own.some((o) => o.hash !== current.hash)) {
    const settled = (await ageOf(current.hash)) >= policy.graceMs;
    const keep: MaintenanceState['own'] = [];
    for (const own of state.own) {
      if (own.hash === current.hash || !settled || !coversAll(current.header.covers, own.covers)) {
        keep.push(own);
        continue;
      }
      try {
        await t.fs.stat(snapPath(own.hash));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue; // already gone: nothing to remove, just forgotten
        throw error;
      }
      await retryTransient(() => t.fs.rm(snapPath(own.hash)), t.options.retry);
      report.removedSnapshots.push(snapPath(own.hash));
    }
    save({ own: keep });
  }

  // 4. Own abandoned blob uploads.
  report.removedParts = await t.blobs.cleanStaleUploads();
  return report;
}
