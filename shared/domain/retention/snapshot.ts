/**
 * What a share snapshot leaves out (issue 20.6): the ops of the records of
 * cases removed by a confirmed archive batch, which the archive file holds
 * (heldByArchive). A PC that joins from a later snapshot then never receives
 * archived cases. Ops the file does not hold (late edits from a PC that was
 * offline) stay in the snapshot: they are never lost, and every PC keeps
 * them aside instead of projecting them.
 *
 * A batch counts as confirmed here when the op that set confirmedBy was
 * written by that clerk and the clerk list folded from the same ops gives
 * them the admin role, active and not deleted (the PCs check the same, and
 * the password credential too, before they remove anything).
 */
import { changesOf, compareOps, type WireOp } from '../../sync/op';
import { foldWinners } from '../../sync/merge';
import { heldByArchive, readArchiveBatch, type ArchiveBatch } from './batch';

/** Entities whose records belong to one case; `byId`: the record's id is the case's. */
export const CASE_RECORD_ENTITIES: Readonly<Record<string, 'byId' | 'byCaseId'>> = {
  case: 'byId',
  caseLifecycle: 'byId',
  signedCopy: 'byId',
  printRecord: 'byCaseId',
  transition: 'byCaseId',
  approval: 'byCaseId',
  returnLine: 'byCaseId',
  disposition: 'byCaseId',
  repairOrder: 'byCaseId',
  outboundShipment: 'byCaseId',
  responsibilityShare: 'byCaseId',
  supplierClaim: 'byCaseId',
  cost: 'byCaseId',
  caseAction: 'byCaseId',
  customerReply: 'byCaseId',
  survey: 'byCaseId',
  attachment: 'byCaseId',
  signature: 'byCaseId',
  eightD: 'byCaseId',
  eightDMember: 'byCaseId',
  eightDContainment: 'byCaseId',
  eightDCause: 'byCaseId',
  eightDCorrective: 'byCaseId',
  eightDPrevention: 'byCaseId',
  eightDHorizontalCheck: 'byCaseId',
  eightDRevision: 'byCaseId',
};

const key = (entity: string, id: string) => `${entity}\u0000${id}`;

/** The confirmed batches among the ops (by an admin of the clerk list folded from the same ops). */
export function confirmedBatchesIn(ops: readonly WireOp[]): ArchiveBatch[] {
  const winners = foldWinners(ops.filter((op) => op.entity === 'archiveBatch' || op.entity === 'clerk'));
  const records = new Map<string, Record<string, unknown>>();
  for (const w of winners.values()) {
    const k = key(w.entity, w.entityId);
    let r = records.get(k);
    if (!r) records.set(k, (r = { id: w.entityId }));
    r[w.field] = w.value;
  }
  const out: ArchiveBatch[] = [];
  for (const [k, record] of records) {
    if (!k.startsWith('archiveBatch\u0000')) continue;
    const batch = readArchiveBatch(record);
    if (!batch || batch.deleted || !batch.confirmedAt || !batch.confirmedBy) continue;
    const confirming = ops.filter((op) => op.entity === 'archiveBatch' && op.entityId === batch.id && 'confirmedBy' in op.fields).sort(compareOps).at(-1);
    const clerk = records.get(key('clerk', batch.confirmedBy));
    const admin = !!clerk && Array.isArray(clerk.roles) && clerk.roles.includes('admin') && clerk.active !== false && clerk.deleted !== true;
    if (confirming?.clerkId === batch.confirmedBy && admin) out.push(batch);
  }
  return out;
}

/**
 * The ops without those of archived records that a confirmed batch's file
 * holds (see the module comment). `dropped`: how many were left out; `late`:
 * how many kept ops are about archived records (changes the file lacks).
 */
export function withoutArchivedRecords(ops: readonly WireOp[]): { kept: WireOp[]; dropped: number; late: number; batches: number } {
  const batches = confirmedBatchesIn(ops);
  if (batches.length === 0) return { kept: [...ops], dropped: 0, late: 0, batches: 0 };
  const batchOfCase = new Map<string, ArchiveBatch>();
  for (const b of batches) for (const id of b.caseIds) batchOfCase.set(id, b);
  // The case of every record (its caseId travels in the op that created it).
  const caseOf = new Map<string, string>();
  for (const op of ops) {
    const kind = CASE_RECORD_ENTITIES[op.entity];
    if (kind === 'byId') caseOf.set(key(op.entity, op.entityId), op.entityId);
    else if (kind === 'byCaseId') for (const c of changesOf(op)) if (c.field === 'caseId' && typeof c.value === 'string') caseOf.set(key(op.entity, op.entityId), c.value);
  }
  const kept: WireOp[] = [];
  let dropped = 0;
  let late = 0;
  for (const op of ops) {
    const caseId = caseOf.get(key(op.entity, op.entityId));
    const batch = caseId === undefined ? undefined : batchOfCase.get(caseId);
    if (batch && heldByArchive(batch.heldUpTo, op)) dropped++;
    else {
      if (batch) late++;
      kept.push(op);
    }
  }
  return { kept, dropped, late, batches: batches.length };
}
