// Issue 20.6: a snapshot leaves out what a confirmed batch's archive file holds, keeps late ops, and trusts only an admin's confirmation.
import { describe, expect, it } from 'vitest';
import { CASE_RECORD_ENTITIES, confirmedBatchesIn, withoutArchivedRecords } from '../../../../../shared/domain/retention/snapshot';
import { MAX_BATCH_CASES } from '../../../../../shared/domain/retention/batch';
import { MAX_ARCHIVE_CASES } from '../../../../../shared/archive/case-archive';
import { CASE_ENTITY_TABLES, CASE_TABLES } from '../../../../../renderer/db/case-records';
import type { WireOp } from '../../../../../shared/sync/op';
import { MAX_PUSH_OP_BYTES } from '../../../../../shared/ipc/sync-contract';

let n = 0;
const op = (deviceId: string, wall: number, entity: string, entityId: string, fields: Record<string, unknown>, clerkId?: string): WireOp => ({
  id: `op-${++n}`,
  hlc: `${String(wall).padStart(15, '0')}-0000`,
  deviceId,
  user: 'u',
  entity,
  entityId,
  fields: fields as WireOp['fields'],
  schemaVersion: 2,
  ...(clerkId ? { clerkId } : {}),
});

const batchFields = (over: Record<string, unknown> = {}) => ({
  fileName: 'qarc-A-20291125-020000.qarc', sha256: 'a'.repeat(64), size: 1, folder: '', caseIds: ['c1'], caseNumbers: ['N1'], recordCount: 2, opCount: 2, cutoffDate: '2029-11-25', archiveAfterYears: 3,
  heldUpTo: { A: '000000000000020-0000' }, createdAt: 'x', createdBy: 'admin', createdByName: '王', confirmedAt: null, confirmedBy: null, confirmedByName: null, deleted: false, ...over,
});

describe('snapshots after an archive', () => {
  const admin = op('A', 1, 'clerk', 'admin', { name: '王', roles: ['admin'], active: true, deleted: false }, 'admin');
  const record = [
    op('A', 10, 'case', 'c1', { caseNumber: 'N1' }),
    op('A', 11, 'transition', 't1', { caseId: 'c1', to: 'closed' }),
    op('A', 12, 'case', 'c2', { caseNumber: 'N2' }),
  ];
  const late = op('D', 30, 'transition', 't1', { note: 'late' });
  const batch = op('A', 40, 'archiveBatch', 'b1', batchFields(), 'admin');

  it('drops the ops the file holds of confirmed batches, keeps late ones and other cases', () => {
    const confirm = op('A', 41, 'archiveBatch', 'b1', { confirmedAt: 'y', confirmedBy: 'admin', confirmedByName: '王' }, 'admin');
    const { kept, dropped, late: lateCount, batches } = withoutArchivedRecords([admin, ...record, late, batch, confirm]);
    expect({ dropped, lateCount, batches }).toEqual({ dropped: 2, lateCount: 1, batches: 1 });
    expect(kept.map((o) => o.entityId)).toEqual(['admin', 'c2', 't1', 'b1', 'b1']);
  });

  it('keeps everything while unconfirmed, or when the confirmation is not an admin’s own op', () => {
    expect(withoutArchivedRecords([admin, ...record, batch]).dropped).toBe(0);
    const forged = op('A', 41, 'archiveBatch', 'b1', { confirmedAt: 'y', confirmedBy: 'admin', confirmedByName: '王' }, 'someone');
    expect(confirmedBatchesIn([admin, batch, forged])).toEqual([]);
    const demoted = op('A', 42, 'clerk', 'admin', { roles: [] }, 'admin');
    const confirm = op('A', 41, 'archiveBatch', 'b1', { confirmedAt: 'y', confirmedBy: 'admin', confirmedByName: '王' }, 'admin');
    expect(confirmedBatchesIn([admin, batch, confirm]).map((b) => b.id)).toEqual(['b1']);
    expect(confirmedBatchesIn([admin, batch, confirm, demoted])).toEqual([]);
  });

  it('knows every case table the PCs remove from, and one cap for a batch and its file', () => {
    expect(Object.keys(CASE_RECORD_ENTITIES).sort()).toEqual(Object.keys(CASE_ENTITY_TABLES).sort());
    expect(CASE_TABLES.map((t) => t.table).every((table) => Object.values(CASE_ENTITY_TABLES).includes(table))).toBe(true);
    expect(MAX_BATCH_CASES).toBe(MAX_ARCHIVE_CASES);
    // The batch's first change names every case and must travel as one op.
    const full = op('A', 40, 'archiveBatch', 'b1', batchFields({ caseIds: Array.from({ length: MAX_BATCH_CASES }, (_, i) => `01a20621-ad00-7c34-8500-${String(i).padStart(12, '0')}`), caseNumbers: Array.from({ length: MAX_BATCH_CASES }, (_, i) => `KS-2019-${String(i).padStart(6, '0')}-ABCD`) }), 'admin');
    expect(JSON.stringify(full).length).toBeLessThan(MAX_PUSH_OP_BYTES - 16 * 1024);
  });
});
