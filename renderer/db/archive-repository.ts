/**
 * The retention repository (issue 20.6): owns the replicated archive
 * batches (table archiveBatches, entity 'archiveBatch'; what a batch is:
 * shared/domain/retention/batch.ts) and reads what an archive file holds.
 * Making the file and checking it is renderer/state/retention.ts; removing
 * cases is archive-removal.ts.
 *
 * Only a signed-in active admin records, confirms or discards a batch
 * (refused with { actor: 'notAdmin' }, nothing written). Confirming needs
 * the admin's password (signing.ts), is refused when a case of the batch
 * changed after the file was made (an op the file does not hold), and
 * removes the cases here in the very transaction that writes the
 * confirmation.
 */
import { buildHistory } from '../../shared/domain/history';
import { newId } from './ids';
import { heldByArchive, newestOpPerDevice, readArchiveBatch, type ArchiveBatch } from '../../shared/domain/retention/batch';
import type { RetentionCandidate } from '../../shared/domain/retention/eligibility';
import type { ArchiveIndexEntry, Row } from '../../shared/archive/case-archive';
import type { JsonValue } from '../../shared/sync/op';
import { requireAdminWriting } from './acting-admin';
import { metaRemovedKey, removeArchivedCases } from './archive-removal';
import type { ArchiveRepository, RemovalReport } from './archive-types';
import { recordsOfCases } from './case-records';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase, StoredOp } from './schema';
import { proveSigner, signerOf } from './signing';
import { ValidationFailedError, RecordNotFoundError, type WriteContext } from './types';

export function createArchiveRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): ArchiveRepository {
  async function batchOf(id: string): Promise<ArchiveBatch> {
    const batch = readArchiveBatch(await db.archiveBatches.get(id));
    if (!batch) throw new RecordNotFoundError('archiveBatch', id);
    return batch;
  }

  async function write(id: string, fields: Record<string, JsonValue>, newRecord: boolean): Promise<void> {
    const ctx = getContext();
    const stamp = await writer.stamp(ctx.now);
    const existing = await db.archiveBatches.get(id);
    await db.archiveBatches.put({ ...existing, ...fields, id });
    await writer.append(writer.build(ctx, stamp, 'archiveBatch', id, fields), { newRecords: newRecord });
  }

  return {
    async candidates() {
      const [rows, actions, dispositions] = await Promise.all([db.ledgerRows.toArray(), db.caseActions.where('status').equals('open').toArray(), db.dispositions.toArray()]);
      const openActions = new Map<string, number>();
      for (const a of actions) if (!a.deleted) openActions.set(a.caseId, (openActions.get(a.caseId) ?? 0) + 1);
      const toSupplier = new Set(dispositions.filter((d) => !d.deleted && d.kind === 'return_to_supplier').map((d) => d.caseId));
      return rows.map(
        (r): RetentionCandidate => ({
          caseId: r.id,
          caseNumber: r.caseNumber,
          state: r.state,
          closedAt: r.closedAt,
          hasSupplierRecords: (r.supplierClaims?.count ?? 0) > 0 || toSupplier.has(r.id),
          openActions: openActions.get(r.id) ?? 0,
          effectCheckPending: r.effectCheckDueDate !== undefined,
        }),
      );
    },

    async collect(caseIds) {
      return db.transaction('r', [...db.tables], async () => {
        const tables = await recordsOfCases(db, caseIds);
        const records: Record<string, Row[]> = {};
        const ops: StoredOp[] = [];
        const shas = new Set<string>();
        for (const t of tables) {
          records[t.table] = t.rows;
          ops.push(...(await Promise.all(t.rows.map((row) => db.ops.where('[entity+entityId]').equals([t.entity, row.id]).toArray()))).flat());
          if (t.entity === 'attachment') for (const row of t.rows) for (const f of ['sha256', 'thumbnailSha256']) if (typeof row[f] === 'string') shas.add(row[f]);
        }
        const blobs = new Map<string, Uint8Array>();
        for (const sha of [...shas].sort()) {
          const blob = await db.blobs.get(sha);
          if (blob) blobs.set(sha, new Uint8Array(blob.data));
        }
        const rows = new Map((await db.ledgerRows.bulkGet([...caseIds])).filter((r) => r !== undefined).map((r) => [r.id, r]));
        const supplierCases = new Set([...(records.supplierClaims ?? []), ...(records.dispositions ?? []).filter((d) => d.kind === 'return_to_supplier')].filter((r) => r.deleted !== true).map((r) => String(r.caseId)));
        const index = caseIds.map((id): ArchiveIndexEntry => {
          const r = rows.get(id);
          if (!r) throw new RecordNotFoundError('case', id);
          return { caseId: id, caseNumber: r.caseNumber, customerName: r.customerName, productModel: r.productModel, partNumber: r.partNumber, lotNumber: r.lotNumber, orderNumber: r.orderNumber, receivedAt: r.receivedAt, closedAt: r.closedAt, state: r.state, hasSupplierRecords: supplierCases.has(id) };
        });
        const wire = ops.map(({ published: _p, ...op }) => op as unknown as Row);
        return { content: { index, records, ops: wire, blobs }, heldUpTo: newestOpPerDevice(ops) };
      });
    },

    async recordBatch(input) {
      const ctx = getContext();
      const id = newId(ctx.now());
      await db.transaction('rw', [db.archiveBatches, db.clerks, ...writer.tables], async () => {
        await requireAdminWriting(db, ctx);
        const at = new Date(ctx.now()).toISOString();
        const fields: Record<string, JsonValue> = { ...input, caseIds: [...input.caseIds], caseNumbers: [...input.caseNumbers], heldUpTo: { ...input.heldUpTo }, createdAt: at, createdBy: ctx.clerkId ?? '', createdByName: ctx.user, confirmedAt: null, confirmedBy: null, confirmedByName: null, deleted: false };
        await write(id, fields, true);
      });
      return batchOf(id);
    },

    async confirm(batchId, signing, verifiedSha256) {
      const ctx = getContext();
      const signerId = await proveSigner(db, ctx, signing);
      return db.transaction('rw', [...db.tables], async (): Promise<RemovalReport> => {
        await requireAdminWriting(db, ctx);
        const batch = await batchOf(batchId);
        if (batch.deleted) throw new ValidationFailedError({ batch: 'discarded' });
        if (batch.confirmedAt) throw new ValidationFailedError({ batch: 'alreadyConfirmed' });
        if (verifiedSha256 !== batch.sha256) throw new ValidationFailedError({ file: 'notVerified' });
        const signer = await signerOf(db, signerId);
        if (!signer) throw new ValidationFailedError({ signer: 'notSignedIn' });
        // A case changed after the file was made (re-opened, edited): its change is not in the file. Make a new archive.
        const changed: string[] = [];
        for (const t of await recordsOfCases(db, batch.caseIds)) {
            const opsOf = await Promise.all(t.rows.map((row) => db.ops.where('[entity+entityId]').equals([t.entity, row.id]).toArray()));
          t.rows.forEach((row, i) => {
            if (opsOf[i]!.some((op) => !heldByArchive(batch.heldUpTo, op))) changed.push(t.by === 'id' ? row.id : String(row.caseId));
          });
        }
        if (changed.length) throw new ValidationFailedError({ batch: 'changedSinceArchive', cases: String(new Set(changed).size) });
        const at = new Date(ctx.now()).toISOString();
        await write(batchId, { confirmedAt: at, confirmedBy: signer.id, confirmedByName: signer.name }, false);
        return removeArchivedCases(db, { ...batch, confirmedAt: at, confirmedBy: signer.id, confirmedByName: signer.name });
      });
    },

    async discard(batchId) {
      const ctx = getContext();
      await db.transaction('rw', [db.archiveBatches, db.clerks, ...writer.tables], async () => {
        await requireAdminWriting(db, ctx);
        const batch = await batchOf(batchId);
        if (batch.confirmedAt) throw new ValidationFailedError({ batch: 'alreadyConfirmed' });
        await write(batchId, { deleted: true }, false);
      });
    },

    async batches() {
      const all = (await db.archiveBatches.toArray()).map(readArchiveBatch).filter((b): b is ArchiveBatch => b !== null);
      return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async history(batchId) {
      return buildHistory(await db.ops.where('[entity+entityId]').equals(['archiveBatch', batchId]).toArray());
    },

    async removal(batchId) {
      const row = await db.meta.get(metaRemovedKey(batchId));
      return typeof row?.value === 'string' ? (JSON.parse(row.value) as RemovalReport) : null;
    },

    async lateOps() {
      const by = new Map<string, { ops: number; cases: Set<string> }>();
      await db.archivedLateOps.each((row) => {
        let entry = by.get(row.batchId);
        if (!entry) by.set(row.batchId, (entry = { ops: 0, cases: new Set() }));
        entry.ops++;
        entry.cases.add(row.caseId);
      });
      return [...by].map(([batchId, e]) => ({ batchId, ops: e.ops, cases: e.cases.size }));
    },
  };
}

