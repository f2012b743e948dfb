/**
 * Retention, the removal side (issue 20.6): what a confirmed archive batch
 * does to this PC's working database, and how ops for archived records are
 * kept out of it afterwards. Owns the local tables archivedRecords and
 * archivedLateOps.
 *
 *  - removeArchivedCases: in the caller's ONE transaction (a crash leaves
 *    all or nothing), every record of the batch's cases in every case table
 *    (case-records.ts), their ops, conflicts, unverified-signature rows and
 *    the blobs no other attachment cites; the ledger row goes with the case
 *    (ledger-rows.ts). Every removed record is remembered (archivedRecords).
 *    An op of those records that the archive file does not hold (newer than
 *    batch.heldUpTo for its PC) is moved to archivedLateOps, not deleted
 *    (and stays in the outbox as well while it is not on the share yet).
 *  - applyConfirmedBatchesAfterMerge (a merge hook): a batch that arrives
 *    confirmed by an active admin (shared/domain/retention/batch.ts) is
 *    applied once (meta archive:removed:<id>).
 *  - divertArchivedOps (the merge, before ops are stored): ops for a
 *    removed record, or for a new record of an archived case, are never
 *    projected into a half-record: those the archive file holds (delivered
 *    again by a snapshot or an old segment) are dropped, the others go to
 *    archivedLateOps. The merge of every other record goes on.
 */
import { isActingAdmin } from '../../shared/domain/clerks/clerk';
import { heldByArchive, readArchiveBatch, removalAuthorized, type ArchiveBatch } from '../../shared/domain/retention/batch';
import type { WireOp } from '../../shared/sync/codec';
import { compareOps } from '../../shared/sync/op';
import { factsOf, toClerk } from './clerk-records';
import { CASE_ENTITIES, CASE_TABLES, recordsOfCases } from './case-records';
import { conflictsTable } from './conflicts';
import type { RemovalReport } from './archive-types';
import type { MergeHook } from './entity-binding';
import { archivedKey, type ArchivedLateOp, type ArchivedRecord, type DeskDatabase, type StoredOp } from './schema';

export const metaRemovedKey = (batchId: string): string => `archive:removed:${batchId}`;


/** Has this PC applied the batch's removal? */
export async function removalApplied(db: DeskDatabase, batchId: string): Promise<boolean> {
  return (await db.meta.get(metaRemovedKey(batchId))) !== undefined;
}

/** Removes the batch's cases from this PC. Call inside a rw transaction over every table (see the module comment). */
export async function removeArchivedCases(db: DeskDatabase, batch: ArchiveBatch): Promise<RemovalReport> {
  const report: RemovalReport = { cases: 0, records: 0, ops: 0, lateOps: 0 };
  if (await removalApplied(db, batch.id)) return report;
  const caseIds = new Set(batch.caseIds);
  const tables = await recordsOfCases(db, batch.caseIds);
  const archived: ArchivedRecord[] = [];
  const late: ArchivedLateOp[] = [];
  const removedShas = new Set<string>();
  const conflicts = conflictsTable(db);
  for (const t of tables) {
    // One request per record, all in flight at once within the transaction (a batch has thousands of records).
    const opsOf = await Promise.all(t.rows.map((row) => db.ops.where('[entity+entityId]').equals([t.entity, row.id]).toArray()));
    t.rows.forEach((row, i) => {
      const caseId = t.by === 'id' ? row.id : String(row.caseId);
      archived.push({ key: archivedKey(t.entity, row.id), entity: t.entity, entityId: row.id, caseId, batchId: batch.id });
      if (t.entity === 'case') report.cases++;
      if (t.entity === 'attachment') for (const f of ['sha256', 'thumbnailSha256']) if (typeof row[f] === 'string') removedShas.add(row[f]);
      for (const op of opsOf[i]!) {
        if (heldByArchive(batch.heldUpTo, op)) report.ops++;
        else late.push({ id: op.id, batchId: batch.id, caseId, op: stripLocal(op) });
      }
    });
    // This PC's own late changes not yet on the share stay in the outbox too, so they still reach the share (never projected again).
    await db.ops.bulkDelete(opsOf.flat().filter((op) => heldByArchive(batch.heldUpTo, op) || op.published === 1).map((op) => op.id));
    // One indexed walk over the batch's ids (a query per record took half the removal's time).
    await conflicts
      .where('entityId')
      .anyOf(t.rows.map((row) => row.id))
      .filter((c) => c.entity === t.entity)
      .delete();
    await db.table(t.table).bulkDelete(t.rows.map((r) => r.id));
    report.records += t.rows.length;
  }
  // A case of the batch this PC never held (it had not synced it yet) is remembered too: its ops, when they come, are kept aside.
  const heldCases = new Set(archived.filter((a) => a.entity === 'case').map((a) => a.entityId));
  for (const caseId of caseIds) if (!heldCases.has(caseId)) archived.push({ key: archivedKey('case', caseId), entity: 'case', entityId: caseId, caseId, batchId: batch.id });
  await db.unverifiedSignatures.where('caseId').anyOf(batch.caseIds).delete();
  if (removedShas.size) {
    // Bytes (or thumbnails) another case's attachment still cites stay.
    const stillCited = new Set<string>();
    await db.attachments.each((a) => {
      stillCited.add(a.sha256);
      if (a.thumbnailSha256) stillCited.add(a.thumbnailSha256);
    });
    await db.blobs.bulkDelete([...removedShas].filter((sha) => !stillCited.has(sha)));
  }
  await db.archivedRecords.bulkPut(archived);
  if (late.length) await db.archivedLateOps.bulkPut(late);
  report.lateOps = late.length;
  await db.meta.put({ key: metaRemovedKey(batch.id), value: JSON.stringify(report) });
  return report;
}

const stripLocal = (op: StoredOp): WireOp => {
  const { published: _published, ...wire } = op;
  return wire;
};

/** Who wrote the winning op that set the batch's confirmedBy, and are they an active admin now? */
async function confirmationFacts(db: DeskDatabase, batchId: string) {
  const ops = (await db.ops.where('[entity+entityId]').equals(['archiveBatch', batchId]).toArray()).filter((op) => 'confirmedBy' in op.fields);
  const winner = ops.sort(compareOps).at(-1);
  const clerk = winner?.clerkId ? await db.clerks.get(winner.clerkId) : undefined;
  return { writerClerkId: winner?.clerkId, writerIsActiveAdmin: !!clerk && !clerk.deleted && isActingAdmin(factsOf(toClerk(clerk))) };
}

/** Applies every batch of the merge that is confirmed by an active admin and not applied here yet. */
export const applyConfirmedBatchesAfterMerge: MergeHook = async (db, merged) => {
  for (const m of merged) {
    if (m.entity !== 'archiveBatch') continue;
    const batch = readArchiveBatch(m.record);
    if (!batch || (await removalApplied(db, batch.id))) continue;
    if (!removalAuthorized(batch, await confirmationFacts(db, batch.id))) continue;
    await removeArchivedCases(db, batch);
  }
};

/** The ops to merge, without those for archived records (stored in archivedLateOps). Inside the merge's transaction. */
export async function divertArchivedOps(db: DeskDatabase, ops: readonly WireOp[]): Promise<WireOp[]> {
  if ((await db.archivedRecords.count()) === 0) return [...ops];
  const candidates = ops.filter((op) => CASE_ENTITIES.has(op.entity));
  if (candidates.length === 0) return [...ops];
  const caseIdOf = (op: WireOp): string | null => {
    const byId = CASE_TABLES.find((t) => t.entity === op.entity)?.by === 'id';
    if (byId) return op.entityId;
    return typeof op.fields.caseId === 'string' ? op.fields.caseId : null;
  };
  const keys = [...new Set(candidates.flatMap((op) => {
    const caseId = caseIdOf(op);
    return [archivedKey(op.entity, op.entityId), ...(caseId ? [archivedKey('case', caseId)] : [])];
  }))];
  const found = new Map<string, ArchivedRecord>();
  (await db.archivedRecords.bulkGet(keys)).forEach((row) => row && found.set(row.key, row));
  if (found.size === 0) return [...ops];
  const held = new Map<string, Readonly<Record<string, string>>>();
  const heldUpToOf = async (batchId: string) => {
    let h = held.get(batchId);
    if (!h) held.set(batchId, (h = readArchiveBatch(await db.archiveBatches.get(batchId))?.heldUpTo ?? {}));
    return h;
  };
  const keep: WireOp[] = [];
  const late: ArchivedLateOp[] = [];
  const newlyArchived: ArchivedRecord[] = [];
  for (const op of ops) {
    const key = archivedKey(op.entity, op.entityId);
    const caseId = CASE_ENTITIES.has(op.entity) ? caseIdOf(op) : null;
    const hit = found.get(key) ?? (caseId ? found.get(archivedKey('case', caseId)) : undefined);
    if (!hit) {
      keep.push(op);
      continue;
    }
    // An op the archive file holds (a snapshot or an old segment delivers it again) is archived already: dropped.
    if (heldByArchive(await heldUpToOf(hit.batchId), op)) continue;
    late.push({ id: op.id, batchId: hit.batchId, caseId: hit.caseId, op });
    if (!found.has(key)) {
      // A record of an archived case this PC had never seen: its later ops (without caseId) are kept aside too.
      const row: ArchivedRecord = { key, entity: op.entity, entityId: op.entityId, caseId: hit.caseId, batchId: hit.batchId };
      found.set(key, row);
      newlyArchived.push(row);
    }
  }
  if (late.length) await db.archivedLateOps.bulkPut(late);
  if (newlyArchived.length) await db.archivedRecords.bulkPut(newlyArchived);
  return keep;
}
