/**
 * Print records and the signed-copy mark of a case (schema v4 tables
 * printRecords, signedCopies). Like every repository: the record and the op
 * of its write are written in the same strict transaction (OpsWriter); their
 * replication binding is in entity-registry.ts.
 */
import { newId } from './ids';
import type { PrintRecord, SignedCopyMark } from '../../shared/domain/print-records';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import type { PrintRepository } from './print-types';
import type { WriteContext } from './types';

export function createPrintRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): PrintRepository {
  const records = db.table<PrintRecord, string>('printRecords');
  const marks = db.table<SignedCopyMark, string>('signedCopies');
  const at = (ms: number) => new Date(ms).toISOString();

  return {
    async record(caseId, input) {
      const ctx = getContext();
      const { now } = ctx;
      return db.transaction('rw', [records, ...writer.tables], async () => {
        const stamp = await writer.stamp(now);
        const record: PrintRecord = {
          id: newId(stamp.wall),
          caseId,
          form: input.form,
          action: input.action,
          printer: input.printer.slice(0, 300),
          copies: Math.max(1, Math.min(50, Math.round(input.copies))),
          paper: input.paper.slice(0, 40),
          printedAt: at(stamp.wall),
          printedBy: ctx.user,
          deleted: false,
        };
        await records.add(record);
        const { id: _id, ...fields } = record;
        await writer.append(writer.build(ctx, stamp, 'printRecord', record.id, fields));
        return record;
      });
    },
    async list(caseId) {
      const all = await records.where('caseId').equals(caseId).toArray();
      return all.filter((r) => !r.deleted).sort((a, b) => (a.printedAt < b.printedAt ? 1 : a.printedAt > b.printedAt ? -1 : 0));
    },
    async getSignedCopy(caseId) {
      return (await marks.get(caseId)) ?? null;
    },
    async setSignedCopy(caseId, received, scanAttachmentId) {
      const ctx = getContext();
      const { now } = ctx;
      return db.transaction('rw', [marks, ...writer.tables], async () => {
        const stamp = await writer.stamp(now);
        const mark: SignedCopyMark = { id: caseId, caseId, received, markedAt: at(stamp.wall), markedBy: ctx.user, scanAttachmentId };
        await marks.put(mark);
        const { id: _id, ...fields } = mark;
        await writer.append(writer.build(ctx, stamp, 'signedCopy', caseId, fields));
        return mark;
      });
    },
  };
}
