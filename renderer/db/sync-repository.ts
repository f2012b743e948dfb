/**
 * The renderer side of replication: everything sync reads from and writes
 * to IndexedDB. Owns the per-device cursors, the merge of remote ops into
 * the records, the conflicts table and the quarantine of ops from the future.
 *
 * Merge (applyRemote, one transaction with the cursors):
 *  1. ops already held (same op id) are dropped — duplicate deliveries are
 *     harmless; ops more than maxDriftMs in the future go to `quarantine`
 *     (a clock warning) and are retried every round;
 *  2. the rest is stored in `ops` (published = 1: it is on the share) — the
 *     ops table is the per-field winner metadata: an op carries the fields
 *     of one write, and the value of a field is the one of the greatest op
 *     carrying it (HLC, device id, op id), so the merge is order-independent
 *     and idempotent whatever arrived first;
 *  3. for every touched record: all its ops are read, the winner of every
 *     field is projected onto the record through the entity registry
 *     (entity-registry.ts); ops of unknown entities/fields are kept;
 *  4. conflicts of touched fields are recomputed from the ops (merge.ts
 *     fieldConflicts) — resolving one writes a new local op whose base covers
 *     the losers, so the conflict goes away on every PC;
 *  5. the local HLC moves past the newest remote op (receive).
 * Ops for records a confirmed archive batch removed (issue 20.6) are kept
 * aside before step 2 (archive-removal.ts divertArchivedOps).
 * Local writes record `base` (the field's winner at write time) in
 * ops-writer.ts so other PCs can tell concurrent edits from sequential ones.
 *
 * restoreOwn: the same merge for this PC's own ops read back from the
 * durable journal after the browser lost the database (journal-restore.ts):
 * stored unpublished (the outbox publishes them again unless the journal
 * says the share has them), never quarantined (they are ours, whatever the
 * clock says now).
 */
import { divertArchivedOps } from './archive-removal';
import { countUnpublished } from './outbox-count';
import { changesOf, compareOps, type FieldChange, type JsonValue } from '../../shared/sync/op';
import { formatHlc, parseHlc, receiveHlc, compareHlc, type Hlc } from '../../shared/sync/hlc';
import { toWireOp, type WireOp } from '../../shared/sync/codec';
import { DEFAULT_MAX_DRIFT_MS, fieldConflicts, foldWinners, isFromFuture, stateDigest } from '../../shared/sync/merge';
import type { Cursors } from '../../shared/sync/share-layout';
import type { MergeContext, MergedRecord, StoredRecord } from './entity-binding';
import { bindingOf, MERGE_HOOKS, projectRecord, tableOf } from './entity-registry';
import { conflictRow, conflictsTable, type ConflictRow } from './conflicts';
import type { JournalQueue } from './journal-queue';
import { OpsWriter } from './ops-writer';
import { META_LAST_HLC, type DeskDatabase, type StoredOp } from './schema';
import type { WriteContext } from './types';


export const META_CURSORS = 'sync:cursors';
export const META_SHARE_ID = 'sync:shareId';
export const META_LAST_SYNC = 'sync:lastSyncAt';
export const META_READ_ONLY = 'sync:readOnly';

export interface ApplyResult {
  applied: number;
  duplicates: number;
  quarantined: number;
}

export interface SyncRepository {
  /** Unpublished ops, oldest first (at most `limit`). */
  pendingOps(limit: number): Promise<WireOp[]>;
  /** Unpublished ops; counts at most `atMost` + 1 when given (outbox-count.ts: an exact count of millions blocks the database for seconds). */
  pendingCount(atMost?: number): Promise<number>;
  markPublished(ids: readonly string[]): Promise<void>;
  /**
   * This PC took a new device id (it was found to be a clone): its changes
   * not yet published are its own and go out under the new id (the share
   * refuses changes carrying another PC's id). Returns how many were re-stamped.
   */
  adoptOutbox(deviceId: string): Promise<number>;
  cursors(): Promise<Cursors>;
  /**
   * Remembers which share the cursors belong to. Another share id (the old
   * share was lost and re-seeded or re-created) resets them and puts this
   * PC's own changes back in the outbox: they go out to the new share again.
   */
  bindShare(shareId: string): Promise<void>;
  /** Every op this PC holds, by op id after `after` (at most `limit`): a re-seed hands them all to a new share. */
  opsPage(after: string | null, limit: number): Promise<WireOp[]>;
  /** The sha256 of every attachment whose bytes this PC holds. */
  heldBlobs(): Promise<string[]>;
  applyRemote(ops: readonly WireOp[], cursors: Cursors, options?: { now?: number; maxDriftMs?: number }): Promise<ApplyResult>;
  /** This PC's own ops from the durable journal, merged like remote ones but stored unpublished (see the module comment). */
  restoreOwn(ops: readonly WireOp[], options: { now: number }): Promise<ApplyResult>;
  /** Moves quarantined ops whose time has come into the merge. */
  releaseQuarantine(options?: { now?: number; maxDriftMs?: number }): Promise<number>;
  quarantineCount(): Promise<number>;
  conflictsOf(entityId: string): Promise<ConflictRow[]>;
  /** The conflicts of a case and of every record of it (lifecycle records, 8D reports and their parts). */
  conflictsOfCase(caseId: string): Promise<ConflictRow[]>;
  conflictCount(): Promise<number>;
  /** The clerk picks a value for a field in conflict: a new local op that beats and covers every loser. */
  resolveConflict(conflictId: string, value: JsonValue): Promise<void>;
  lastHlc(): Promise<string | null>;
  /** Digest of the merged state of every field (convergence checks). */
  digest(): Promise<string>;
  setLastSync(iso: string): Promise<void>;
  lastSync(): Promise<string | null>;
  /** The last read-only verdict of the share (min app version), kept so a restart offline stays read-only. */
  setReadOnlyMark(readOnly: boolean): Promise<void>;
  readOnlyMark(): Promise<boolean>;
}

const quarantineOfDb = (db: DeskDatabase) => db.table<WireOp, string>('quarantine');

function entityKey(entity: string, entityId: string): string {
  return `${entity}\u0000${entityId}`;
}

export function createSyncRepository(db: DeskDatabase, getContext: () => WriteContext, journal: JournalQueue | null = null): SyncRepository {
  const writer = new OpsWriter(db, () => getContext().readOnly === true, journal); // conflict resolutions are writes too
  const conflicts = conflictsTable(db);
  const quarantine = quarantineOfDb(db);

  /** The lifecycle settings merge hooks use; the defaults before a session exists (a round at start-up). */
  function mergeContext(): MergeContext {
    try {
      return { lifecycle: getContext().lifecycle };
    } catch {
      return {};
    }
  }

  function tablesFor(entities: Iterable<string>) {
    const names = new Set(['ops', 'meta', 'conflicts', 'quarantine']);
    for (const e of entities) {
      const b = bindingOf(e);
      if (b) names.add(b.table);
    }
    // Merge hooks may touch any table (e.g. a case projection over the lifecycle tables).
    if (MERGE_HOOKS.length > 0) for (const t of db.tables) names.add(t.name);
    return [...names].map((n) => db.table(n));
  }

  /** Re-projects the given records from all their ops and recomputes conflicts of the given fields. Inside a rw transaction. */
  async function reproject(keys: Map<string, { entity: string; entityId: string; fields: Set<string> }>, batch: readonly WireOp[]): Promise<void> {
    // The stored record of every touched record of a known entity: one bulkGet per entity.
    const stored = new Map<string, StoredRecord | undefined>();
    const idsOf = new Map<string, string[]>();
    for (const { entity, entityId } of keys.values()) if (bindingOf(entity)) idsOf.set(entity, [...(idsOf.get(entity) ?? []), entityId]);
    for (const [entity, ids] of idsOf) {
      const rows = await tableOf(db, entity)!.bulkGet(ids);
      ids.forEach((id, i) => stored.set(entityKey(entity, id), rows[i]));
    }
    // Every op lands on its record (merged or written here), so a record not stored yet has no ops but this
    // batch's: only records stored before (and entities of newer apps) have their ops read back. A new PC's
    // join then reads nothing back. One equals() per record: Dexie's anyOf() on a compound index walks the
    // whole index (seconds on 100k ops).
    const known = (k: { entity: string; entityId: string }) => !bindingOf(k.entity) || stored.get(entityKey(k.entity, k.entityId)) !== undefined;
    const reread = [...keys.values()].filter(known);
    const all = (await Promise.all(reread.map((k) => db.ops.where('[entity+entityId]').equals([k.entity, k.entityId]).toArray()))).flat() as unknown as WireOp[];
    for (const op of batch) if (!known(op)) all.push(op);
    const byEntity = new Map<string, WireOp[]>();
    for (const op of all) {
      const k = entityKey(op.entity, op.entityId);
      let list = byEntity.get(k);
      if (!list) byEntity.set(k, (list = []));
      list.push(op);
    }
    const merged: MergedRecord[] = [];
    const conflictIdsToDrop: string[] = [];
    const newConflicts: ConflictRow[] = [];
    // One query per table, not per record (a join applies 100,000 ops).
    const ids = [...new Set([...keys.values()].map((k) => k.entityId))];
    const staleRows = await conflicts.where('entityId').anyOf(ids).toArray();
    const staleBy = new Map<string, ConflictRow[]>();
    for (const row of staleRows) {
      const k = entityKey(row.entity, row.entityId);
      staleBy.set(k, [...(staleBy.get(k) ?? []), row]);
    }
    const byTable = new Map<string, { entity: string; entityId: string; values: Record<string, JsonValue>; latest: WireOp }[]>();
    for (const [k, { entity, entityId, fields }] of keys) {
      const ops = byEntity.get(k) ?? [];
      const winners = foldWinners(ops);
      // Conflicts of the touched fields, from scratch (order-independent).
      for (const row of staleBy.get(k) ?? []) if (fields.has(row.field)) conflictIdsToDrop.push(row.id);
      const byField = new Map<string, FieldChange[]>();
      for (const op of ops) {
        for (const change of changesOf(op)) {
          if (!fields.has(change.field)) continue;
          const list = byField.get(change.field);
          if (list) list.push(change);
          else byField.set(change.field, [change]);
        }
      }
      for (const fieldOps of byField.values()) {
        const { winner, losers } = fieldConflicts(fieldOps);
        for (const loser of losers) newConflicts.push(conflictRow(loser, winner!));
      }
      const binding = bindingOf(entity);
      if (!binding) continue; // an entity of a newer app: ops kept, nothing to project
      const values: Record<string, JsonValue> = {};
      let latest: WireOp | null = null;
      for (const w of winners.values()) values[w.field] = w.value;
      for (const op of ops) if (!latest || compareOps(op, latest) > 0) latest = op;
      if (!latest) continue;
      const items = byTable.get(binding.table);
      if (items) items.push({ entity, entityId, values, latest });
      else byTable.set(binding.table, [{ entity, entityId, values, latest }]);
    }
    for (const [, items] of byTable) {
      const table = tableOf(db, items[0]!.entity)!;
      let records = items.map(({ entity, entityId, values, latest }) => projectRecord(entity, stored.get(entityKey(entity, entityId)), entityId, values, { hlc: latest.hlc, deviceId: latest.deviceId, id: latest.id, user: latest.user }));
      const settle = bindingOf(items[0]!.entity)?.settle;
      if (settle) records = await settle(db, records);
      await table.bulkPut(records);
      records.forEach((record, i) => merged.push({ entity: items[i]!.entity, entityId: items[i]!.entityId, record }));
    }
    if (conflictIdsToDrop.length) await conflicts.bulkDelete(conflictIdsToDrop);
    if (newConflicts.length) await conflicts.bulkPut(newConflicts);
    const ctx = mergeContext();
    for (const hook of MERGE_HOOKS) await hook(db, merged, ctx);
  }

  function keysOf(ops: readonly WireOp[]) {
    const keys = new Map<string, { entity: string; entityId: string; fields: Set<string> }>();
    for (const op of ops) {
      const k = entityKey(op.entity, op.entityId);
      let entry = keys.get(k);
      if (!entry) keys.set(k, (entry = { entity: op.entity, entityId: op.entityId, fields: new Set() }));
      for (const field of Object.keys(op.fields)) entry.fields.add(field);
    }
    return keys;
  }

  async function receive(ops: readonly WireOp[], now: number): Promise<void> {
    let newest: Hlc | null = null;
    for (const op of ops) {
      const h = parseHlc(op.hlc);
      if (!newest || compareHlc(h, newest) > 0) newest = h;
    }
    if (!newest) return;
    const stored = await db.meta.get(META_LAST_HLC);
    const last = typeof stored?.value === 'string' ? parseHlc(stored.value) : { wall: 0, counter: 0 };
    await db.meta.put({ key: META_LAST_HLC, value: formatHlc(receiveHlc(last, newest, now)) });
  }

  async function mergeIn(ops: readonly WireOp[], now: number, maxDriftMs: number, published: 0 | 1 = 1): Promise<ApplyResult> {
    const unique = [...new Map(ops.map((o) => [o.id, o])).values()];
    // One key cursor over the ids (usually nothing to find: a bulkGet of 5,000 misses took 300 ms in chromium).
    const held = new Set(await db.ops.where(':id').anyOf(unique.map((o) => o.id)).primaryKeys());
    // Ops for records a confirmed archive batch removed are kept aside (archive-removal.ts), never projected.
    const fresh = await divertArchivedOps(db, unique.filter((o) => !held.has(o.id)));
    const future = fresh.filter((o) => isFromFuture(o, now, maxDriftMs));
    const apply = fresh.filter((o) => !isFromFuture(o, now, maxDriftMs));
    if (future.length) await quarantine.bulkPut(future);
    if (apply.length) {
      await db.ops.bulkAdd(apply.map((o) => ({ ...o, published }) as unknown as StoredOp));
      await reproject(keysOf(apply), apply);
      await receive(apply, now);
    }
    return { applied: apply.length, duplicates: ops.length - unique.filter((o) => !held.has(o.id)).length, quarantined: future.length };
  }

  async function readCursors(): Promise<Cursors> {
    const row = await db.meta.get(META_CURSORS);
    return typeof row?.value === 'string' ? (JSON.parse(row.value) as Cursors) : {};
  }

  return {
    async pendingOps(limit) {
      const ops = await db.ops.where('published').equals(0).toArray();
      return ops
        .sort(compareOps)
        .slice(0, limit)
        .map((o) => toWireOp(o as unknown as WireOp & Record<string, unknown>));
    },
    pendingCount: (atMost) => countUnpublished(db, atMost),
    async markPublished(ids) {
      // bulkUpdate by primary key (anyOf().modify() walks a cursor: slow on large outboxes).
      await db.transaction('rw', db.ops, () => db.ops.bulkUpdate(ids.map((key) => ({ key, changes: { published: 1 as const } }))));
    },
    async adoptOutbox(deviceId) {
      return db.transaction('rw', db.ops, () =>
        db.ops
          .where('published')
          .equals(0)
          .filter((op) => op.deviceId !== deviceId)
          .modify({ deviceId }),
      );
    },
    cursors: readCursors,
    async bindShare(shareId) {
      await db.transaction('rw', db.meta, db.ops, async () => {
        const row = await db.meta.get(META_SHARE_ID);
        if (row?.value === shareId) return;
        if (row) {
          await db.meta.delete(META_CURSORS); // another share: read it from the start
          const me = getContext().deviceId;
          await db.ops
            .where('published')
            .equals(1)
            .filter((op) => op.deviceId === me)
            .modify({ published: 0 }); // and send it everything of ours
        }
        await db.meta.put({ key: META_SHARE_ID, value: shareId });
      });
    },
    heldBlobs: async () => (await db.blobs.toCollection().primaryKeys()).map(String),
    async opsPage(after, limit) {
      const rows = await (after === null ? db.ops.orderBy(':id') : db.ops.where(':id').above(after)).limit(limit).toArray();
      return rows.map((o) => toWireOp(o as unknown as WireOp & Record<string, unknown>));
    },
    async applyRemote(ops, cursors, options = {}) {
      const now = options.now ?? getContext().now();
      const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
      return db.transaction('rw', tablesFor(new Set(ops.map((o) => o.entity))), async () => {
        const result = await mergeIn(ops, now, maxDriftMs);
        const before = await readCursors();
        const next = { ...before };
        for (const [dev, seq] of Object.entries(cursors)) next[dev] = Math.max(before[dev] ?? 0, seq);
        await db.meta.put({ key: META_CURSORS, value: JSON.stringify(next) });
        return result;
      });
    },
    async restoreOwn(ops, { now }) {
      return db.transaction('rw', tablesFor(new Set(ops.map((o) => o.entity))), async () => {
        const result = await mergeIn(ops, now, Number.POSITIVE_INFINITY, 0);
        return result;
      });
    },
    async releaseQuarantine(options = {}) {
      const now = options.now ?? getContext().now();
      const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
      const held = await quarantine.toArray();
      const due = held.filter((o) => !isFromFuture(o, now, maxDriftMs));
      if (due.length === 0) return 0;
      return db.transaction('rw', tablesFor(new Set(due.map((o) => o.entity))), async () => {
        await quarantine.bulkDelete(due.map((o) => o.id));
        return (await mergeIn(due, now, maxDriftMs)).applied;
      });
    },
    quarantineCount: () => quarantine.count(),
    conflictsOf: (entityId) => conflicts.where('entityId').equals(entityId).toArray(),
    async conflictsOfCase(caseId) {
      // Conflicts are few (each waits for a clerk): read them all and find each one's case.
      const all = await conflicts.toArray();
      const out: ConflictRow[] = [];
      for (const row of all) {
        if (row.entityId === caseId) {
          out.push(row);
          continue;
        }
        const record = (await tableOf(db, row.entity)?.get(row.entityId)) as { caseId?: unknown; reportId?: unknown } | undefined;
        let owner = record?.caseId;
        if (owner === undefined && typeof record?.reportId === 'string') owner = (await db.eightDs.get(record.reportId))?.caseId;
        if (owner === caseId) out.push(row);
      }
      return out;
    },
    conflictCount: () => conflicts.count(),
    async resolveConflict(conflictId, value) {
      const row = await conflicts.get(conflictId);
      if (!row) return;
      const ctx = getContext();
      await db.transaction('rw', tablesFor([row.entity]), async () => {
        const stamp = await writer.stamp(ctx.now);
        const ops = writer.build(ctx, stamp, row.entity as StoredOp['entity'], row.entityId, { [row.field]: value });
        await writer.append(ops);
        await reproject(keysOf(ops), ops);
      });
      await journal?.waitFor(); // "resolved" is shown once the choice is on disk outside the browser too
    },
    async lastHlc() {
      const row = await db.meta.get(META_LAST_HLC);
      return typeof row?.value === 'string' ? row.value : null;
    },
    async digest() {
      const ops = (await db.ops.toArray()) as unknown as WireOp[];
      return stateDigest(foldWinners(ops).values());
    },
    async setLastSync(iso) {
      await db.meta.put({ key: META_LAST_SYNC, value: iso });
    },
    async lastSync() {
      const row = await db.meta.get(META_LAST_SYNC);
      return typeof row?.value === 'string' ? row.value : null;
    },
    async setReadOnlyMark(readOnly) {
      if (readOnly) await db.meta.put({ key: META_READ_ONLY, value: 1 });
      else await db.meta.delete(META_READ_ONLY);
    },
    async readOnlyMark() {
      return (await db.meta.get(META_READ_ONLY))?.value === 1;
    },
  };
}

export { bindingOf, type StoredRecord, type ConflictRow };
