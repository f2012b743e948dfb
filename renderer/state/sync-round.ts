/**
 * One replication round, as a plain async function (the sync store runs it
 * on a jittered timer and on "sync now"; tests run it on simulated PCs with
 * the services called directly). The local truth stays in IndexedDB:
 *
 *   push: unpublished ops (oldest first, at most PUSH_BATCH ops and
 *         PUSH_BATCH_BYTES of JSON per call — shared/sync/push-batch.ts; an op
 *         too large to ever travel is held back and reported) → their blobs
 *         first (blobsFor; resumable chunks) → sync:push → marked published
 *         only after main confirmed the segment was written, re-read and its
 *         hash verified;
 *   pull: sync:pull from our cursors (the newest snapshot when we have none)
 *         → merged and cursors saved in ONE transaction, batch after batch,
 *         with progress (join of a large share).
 * Push and pull fail independently: a failed push is recorded in the report
 * (`pushError`) and the pull still runs; a failed pull throws (the share is
 * unreachable, the store shows "offline"). A failure leaves everything as it
 * was: unpublished ops stay in the outbox, cursors do not move; the next
 * round retries.
 */
import { BLOB_CHUNK, MAX_PUSH_OP_BYTES, PUSH_BATCH, PUSH_BATCH_BYTES } from '../../shared/ipc/sync-contract';
import { takePushBatch } from '../../shared/sync/push-batch';
import { utf8Length } from '../../shared/utf8';
import type { DesktopApi } from '../../shared/ipc/contract';
import { blobsFor, readBlob, type DeskDatabase, type SyncRepository } from '../db';
import { encodeBase64 } from '../../shared/base64';

export type SyncHost = Pick<DesktopApi, 'syncPush' | 'syncPull' | 'syncBlobStatus' | 'syncBlobPut'>;

export interface RoundReport {
  pushed: number;
  applied: number;
  duplicates: number;
  quarantined: number;
  remaining: number;
  errors: { deviceId: string; file: string; reason: string }[];
  /** Why this round's push failed (the pull still ran); null when it did not. */
  pushError: string | null;
  /** Local changes too large to ever be pushed: kept on this PC, reported. */
  heldBack: { id: string; entity: string; entityId: string; /** The fields of the held-back write, comma-separated. */ fields: string; bytes: number }[];
  readOnly: boolean;
  renewedFrom: string | null;
  deviceId: string | null;
  snapshot: string | null;
}

export interface RoundOptions {
  readOnly?: boolean;
  pullLimit?: number;
  /** The session's clock (no other time is read). */
  now: () => number;
  maxDriftMs?: number;
  onProgress?: (done: number, remaining: number) => void;
  /** Stop after this many pull batches (tests: a crash mid-join). */
  maxPullBatches?: number;
}

/** Uploads one blob this PC holds unless the share has it (resumes an interrupted upload). */
export async function uploadBlob(db: DeskDatabase, host: Pick<SyncHost, 'syncBlobStatus' | 'syncBlobPut'>, sha256: string): Promise<void> {
  const status = await host.syncBlobStatus({ sha256 });
  if (status.present) return;
  const bytes = await readBlob(db, sha256);
  if (!bytes) throw new Error(`attachment ${sha256.slice(0, 12)}… is referenced but not on this PC`);
  let offset = status.partial > bytes.length ? 0 : status.partial;
  if (bytes.length === 0) {
    await host.syncBlobPut({ sha256, offset: 0, total: 0, data: '' });
    return;
  }
  while (offset < bytes.length) {
    const chunk = bytes.subarray(offset, offset + BLOB_CHUNK);
    const r = await host.syncBlobPut({ sha256, offset, total: bytes.length, data: encodeBase64(chunk) });
    offset = r.received;
  }
}

/** Pushes the outbox batch after batch; returns the problems the host met and moved past. */
async function push(db: DeskDatabase, repo: SyncRepository, host: SyncHost, report: RoundReport): Promise<RoundReport['errors']> {
  const problems: RoundReport['errors'] = [];
  const held = new Map<string, RoundReport['heldBack'][number]>();
  for (let guard = 0; guard < 10_000; guard++) {
    const pending = await repo.pendingOps(PUSH_BATCH);
    if (pending.length === 0) break;
    const cursors = await repo.cursors();
    const lastHlc = await repo.lastHlc();
    const overhead = utf8Length(JSON.stringify({ ops: [], cursors, lastHlc }));
    const { batch, tooLarge } = takePushBatch(pending, { maxBytes: PUSH_BATCH_BYTES - overhead, maxOpBytes: MAX_PUSH_OP_BYTES - overhead });
    for (const { op, bytes } of tooLarge) held.set(op.id, { id: op.id, entity: op.entity, entityId: op.entityId, fields: Object.keys(op.fields).join(', '), bytes });
    report.heldBack = [...held.values()];
    if (batch.length === 0) break;
    for (const sha of blobsFor(batch)) await uploadBlob(db, host, sha);
    const result = await host.syncPush({ ops: batch, cursors, lastHlc });
    problems.push(...result.errors);
    await repo.markPublished(result.published);
    report.pushed += result.published.length;
    if (result.published.length === 0) break;
  }
  return problems;
}

export async function runSyncRound(db: DeskDatabase, repo: SyncRepository, host: SyncHost, options: RoundOptions): Promise<RoundReport> {
  const { now } = options;
  const drift = options.maxDriftMs === undefined ? {} : { maxDriftMs: options.maxDriftMs };
  const report: RoundReport = {
    pushed: 0,
    applied: 0,
    duplicates: 0,
    quarantined: 0,
    remaining: 0,
    errors: [],
    pushError: null,
    heldBack: [],
    readOnly: options.readOnly ?? false,
    renewedFrom: null,
    deviceId: null,
    snapshot: null,
  };
  await repo.releaseQuarantine({ now: now(), ...drift });

  let pushProblems: RoundReport['errors'] = [];
  if (!report.readOnly) {
    try {
      pushProblems = await push(db, repo, host, report);
    } catch (error) {
      report.pushError = error instanceof Error ? error.message : String(error);
    }
  }

  const pullProblems: RoundReport['errors'] = [];
  let done = 0;
  for (let batch = 0; batch < (options.maxPullBatches ?? 10_000); batch++) {
    const cursors = await repo.cursors();
    const pulled = await host.syncPull({ cursors, limit: options.pullLimit ?? 5000, useSnapshot: Object.keys(cursors).length === 0 });
    report.readOnly = pulled.readOnly;
    report.deviceId = pulled.deviceId;
    report.renewedFrom ??= pulled.renewedFrom;
    report.snapshot ??= pulled.snapshot;
    // Problems of every batch (a damaged file passed over in the first one is still reported), once per file.
    for (const e of pulled.errors) if (!pullProblems.some((p) => p.file === e.file && p.reason === e.reason)) pullProblems.push(e);
    report.errors = [...pushProblems, ...pullProblems];
    report.remaining = pulled.remaining;
    const before = JSON.stringify(cursors);
    const applied = await repo.applyRemote(pulled.ops, pulled.cursors, { now: now(), ...drift });
    report.applied += applied.applied;
    report.duplicates += applied.duplicates;
    report.quarantined += applied.quarantined;
    done += pulled.ops.length;
    options.onProgress?.(done, pulled.remaining);
    if (pulled.ops.length === 0 || JSON.stringify(pulled.cursors) === before) break;
  }
  // This PC took a new device id during the round (a clone): its unpublished changes go out under it.
  if (report.deviceId && !report.readOnly && (await repo.adoptOutbox(report.deviceId)) > 0) {
    try {
      pushProblems = [...pushProblems, ...(await push(db, repo, host, report))];
      report.pushError = null;
    } catch (error) {
      report.pushError = error instanceof Error ? error.message : String(error);
    }
    report.errors = [...pushProblems, ...pullProblems];
  }
  // The share turned this PC read-only during the round: that, not a failed push, is what the clerk needs to know.
  if (report.readOnly) report.pushError = null;
  await repo.setLastSync(new Date(now()).toISOString());
  return report;
}
