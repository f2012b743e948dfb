// Issue 20.6 through a real folder share: PC A archives two closed cases and
// its admin confirms; PC B removes them after a round; PC C, joining later,
// never holds them; PC D, offline during all that, had edited one of them —
// its late edit is kept aside (counted), never projected back into a
// half-record. An unconfirmed batch removes nothing anywhere.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseShare } from '../../../electron/services/sync/share-doctor';
import { CLERK_ROLES } from '../../../shared/domain/clerks/roles';
import { packArchive, readArchive } from '../../../shared/archive/case-archive';
import { sha256Hex } from '../../../shared/sync/sha256';
import { SHARE_DIR } from '../../../shared/sync/share-layout';
import { intake } from '../renderer/db/helpers';
import { closedCaseA } from '../renderer/db/lifecycle-helpers';
import { rawOp } from '../renderer/db/signature-helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

const PASSWORD = 'admin-pass';
const signing = { password: PASSWORD, meaning: '确认从所有电脑移除' };

const closedCase = (pc: Pc, customerName: string): Promise<string> => closedCaseA(pc.repos, signing, { customerName });

const liveCaseIds = async (pc: Pc) => (await pc.db.ledgerRows.toArray()).map((r) => r.id).sort();
const recordsOf = async (pc: Pc, caseId: string) => (await pc.db.cases.get(caseId) ? 1 : 0) + (await pc.db.transitions.where('caseId').equals(caseId).count()) + (await pc.db.caseLifecycles.where('caseId').equals(caseId).count());
const opsOf = async (pc: Pc, caseId: string) => pc.db.ops.where('[entity+entityId]').equals(['case', caseId]).count();

describe('archiving closed cases through the share', () => {
  it('removes them on every PC only after the admin confirms; a late edit from an offline PC is kept aside, not resurrected', async () => {
    const dir = await folder.fresh();
    const clock = { now: T0 };
    const a = await makePc('a', dir, { clock });
    const b = await makePc('b', dir, { clock });
    const d = await makePc('d', dir, { clock });
    const admin = await a.repos.clerks.createFirst({ name: '王丽', department: '品质部' }, PASSWORD);
    a.ctx.clerkId = admin.id;
    await a.repos.clerks.setRoles(admin.id, [...CLERK_ROLES]);
    const old1 = await closedCase(a, '华东电子');
    const old2 = await closedCase(a, '深圳精密');
    const open = (await a.repos.cases.create(intake({ customerName: '还在处理' }))).id;
    for (const pc of [a, b, d]) await pc.round();
    expect(await liveCaseIds(b)).toEqual([old1, old2, open].sort());

    // Later, the admin makes the archive file of the two closed cases (which cases are due is the rule's: eligibility.test.ts).
    clock.now = T0 + 86_400_000;
    const candidates = await a.repos.archive.candidates();
    expect(candidates.filter((c) => c.state === 'closed').map((c) => c.caseId).sort()).toEqual([old1, old2].sort());
    const collected = await a.repos.archive.collect([old1, old2]);
    const bytes = await packArchive({ appVersion: '0.2.0', schemaVersion: 19, createdAt: clock.now, createdBy: { clerkId: admin.id, name: '王丽' }, deviceId: a.ctx.deviceId, stationCode: 'A', cutoffDate: '2029-11-25', archiveAfterYears: 3, supplierMinYears: 2 }, collected.content);
    const read = await readArchive(bytes);
    expect(read.manifest.caseCount).toBe(2);
    expect(read.content.records.transitions!.length).toBeGreaterThan(0);
    expect(read.content.ops.some((op) => op.entity === 'case' && op.entityId === old1)).toBe(true);
    const batch = await a.repos.archive.recordBatch({ fileName: 'qarc-A-20291125-020000.qarc', sha256: sha256Hex(bytes), size: bytes.length, folder: '\\\\server\\share\\archive', caseIds: [old1, old2], caseNumbers: read.content.index.map((i) => i.caseNumber), recordCount: read.manifest.recordCount, opCount: read.manifest.opCount, cutoffDate: '2029-11-25', archiveAfterYears: 3, heldUpTo: collected.heldUpTo });

    // Unconfirmed: nothing is removed anywhere.
    await a.round();
    await b.round();
    expect(await liveCaseIds(a)).toEqual([old1, old2, open].sort());
    expect(await liveCaseIds(b)).toEqual([old1, old2, open].sort());
    expect((await b.repos.archive.batches()).map((x) => [x.id, x.confirmedAt])).toEqual([[batch.id, null]]);

    // Meanwhile PC D (offline) edits one of them and adds a note to it.
    clock.now += 60_000;
    await rawOp(d, 'case', old1, { defectDescription: '客户补充：第二批也有' }, { user: 'clerk-d' });
    const lateAction = { caseId: old1, round: 1, kind: 'corrective', description: '补充措施', owner: '李工', department: null, dueDate: '2029-12-01', status: 'open', doneAt: null, verifiedBy: '', deleted: false } as const;
    await rawOp(d, 'caseAction', 'late-action-1', lateAction, { user: 'clerk-d' });
    await d.db.caseActions.put({ ...lateAction, id: 'late-action-1' }); // the record with its op, as the repository writes them

    // A wrong password confirms nothing; the right one confirms and removes on A at once.
    clock.now += 60_000;
    await expect(a.repos.archive.confirm(batch.id, { ...signing, password: 'wrong' }, batch.sha256)).rejects.toMatchObject({ name: 'ValidationFailedError' });
    await expect(a.repos.archive.confirm(batch.id, signing, 'f'.repeat(64))).rejects.toMatchObject({ fieldErrors: { file: 'notVerified' } });
    expect(await liveCaseIds(a)).toEqual([old1, old2, open].sort());
    const removed = await a.repos.archive.confirm(batch.id, signing, batch.sha256);
    expect(removed).toMatchObject({ cases: 2, lateOps: 0 });
    expect(removed.records).toBe(read.manifest.recordCount);
    expect(await liveCaseIds(a)).toEqual([open]);
    expect(await recordsOf(a, old1)).toBe(0);
    expect(await opsOf(a, old1)).toBe(0);
    expect(await a.repos.cases.get(open)).toBeTruthy();

    // B removes them when the confirmation arrives.
    await a.round();
    await b.round();
    expect(await liveCaseIds(b)).toEqual([open]);
    expect(await recordsOf(b, old2)).toBe(0);
    expect(await b.repos.archive.removal(batch.id)).toMatchObject({ cases: 2, lateOps: 0 });
    expect((await b.repos.archive.batches())[0]).toMatchObject({ confirmedBy: admin.id, confirmedByName: '王丽' });

    // D comes back: its late edits go to the share; D removes the cases and keeps its own late ops aside.
    await d.round();
    expect(await liveCaseIds(d)).toEqual([open]);
    expect(await d.repos.archive.lateOps()).toEqual([{ batchId: batch.id, ops: 2, cases: 1 }]);

    // A and B receive D's late ops: kept aside and counted, no half-record.
    for (const pc of [a, b]) {
      await pc.round();
      expect(await liveCaseIds(pc), pc.name).toEqual([open]);
      expect(await pc.db.cases.get(old1), pc.name).toBeUndefined();
      expect(await pc.db.caseActions.get('late-action-1'), pc.name).toBeUndefined();
      expect(await pc.repos.archive.lateOps(), pc.name).toEqual([{ batchId: batch.id, ops: 2, cases: 1 }]);
    }

    // The share doctor reports the batch, the archived changes still in segments and the late ones.
    const doctor = await diagnoseShare(dir, { now: clock.now });
    expect(doctor.archive).toMatchObject({ batches: 1, lateOps: 2 });
    expect(doctor.archive.archivedOps).toBeGreaterThan(0);
    expect(doctor.warnings.some((w) => w.startsWith('2 late change(s) to archived cases'))).toBe(true);

    // A snapshot written now leaves the archived records out, but keeps D's late ops (never lost from the share).
    const snap = await a.service.syncSnapshot({});
    const text = await readFile(join(dir, SHARE_DIR, 'snap', `${snap.hash}.snap`), 'utf8');
    const recordLines = text.split('\n').filter((line) => !line.includes('"entity":"archiveBatch"'));
    expect(recordLines.filter((line) => line.includes(old2))).toEqual([]);
    expect(recordLines.filter((line) => line.includes(old1)).map((line) => (JSON.parse(line) as { deviceId: string }).deviceId)).toEqual([d.ctx.deviceId, d.ctx.deviceId]);

    // C joins afterwards: it never holds the archived cases.
    const c = await makePc('c', dir, { clock });
    await c.round();
    expect(await liveCaseIds(c)).toEqual([open]);
    expect(await c.db.cases.get(old1)).toBeUndefined();
    expect(await c.db.transitions.where('caseId').anyOf([old1, old2]).count()).toBe(0);
    expect((await c.repos.archive.batches()).map((x) => x.id)).toEqual([batch.id]);
  }, 120_000);

  it('a confirmation written by someone who is not an admin removes nothing', async () => {
    const dir = await folder.fresh();
    const clock = { now: T0 };
    const a = await makePc('a', dir, { clock });
    const b = await makePc('b', dir, { clock });
    const admin = await a.repos.clerks.createFirst({ name: '王丽', department: '品质部' }, PASSWORD);
    a.ctx.clerkId = admin.id;
    await a.repos.clerks.setRoles(admin.id, [...CLERK_ROLES]);
    const old = await closedCase(a, '华东电子');
    clock.now = T0 + 86_400_000;
    const collected = await a.repos.archive.collect([old]);
    const batch = await a.repos.archive.recordBatch({ fileName: 'qarc-A-20291125-020000.qarc', sha256: 'a'.repeat(64), size: 1, folder: '', caseIds: [old], caseNumbers: ['x'], recordCount: 1, opCount: 1, cutoffDate: '2029-11-25', archiveAfterYears: 3, heldUpTo: collected.heldUpTo });
    // A tampered outbox: a confirmation without the admin's clerk id on its op.
    await rawOp(a, 'archiveBatch', batch.id, { confirmedAt: new Date(clock.now).toISOString(), confirmedBy: admin.id, confirmedByName: '王丽' }, { user: 'someone' });
    await a.round();
    await b.round();
    expect(await liveCaseIds(b)).toEqual([old]);
    expect(await b.repos.archive.removal(batch.id)).toBeNull();
  }, 60_000);

  it('a late change still in the outbox when the removal arrives goes to the share all the same', async () => {
    const dir = await folder.fresh();
    const clock = { now: T0 };
    const a = await makePc('a', dir, { clock });
    const d = await makePc('d', dir, { clock });
    const admin = await a.repos.clerks.createFirst({ name: '王丽', department: '品质部' }, PASSWORD);
    a.ctx.clerkId = admin.id;
    await a.repos.clerks.setRoles(admin.id, [...CLERK_ROLES]);
    const old = await closedCase(a, '华东电子');
    await a.round();
    await d.round();
    clock.now = T0 + 86_400_000;
    const collected = await a.repos.archive.collect([old]);
    const batch = await a.repos.archive.recordBatch({ fileName: 'qarc-A-20291125-020000.qarc', sha256: 'a'.repeat(64), size: 1, folder: '', caseIds: [old], caseNumbers: ['x'], recordCount: 1, opCount: 1, cutoffDate: '2029-11-25', archiveAfterYears: 3, heldUpTo: collected.heldUpTo });
    await a.repos.archive.confirm(batch.id, signing, batch.sha256);
    await a.round();
    clock.now += 60_000;
    await rawOp(d, 'case', old, { defectDescription: '离线补充' }, { user: 'clerk-d' });
    // D only pulls (its push did not happen): it removes the case; its change waits in the outbox.
    await d.round({ readOnly: true });
    expect(await liveCaseIds(d)).toEqual([]);
    expect(await d.sync.pendingCount()).toBe(1);
    expect(await d.repos.archive.lateOps()).toEqual([{ batchId: batch.id, ops: 1, cases: 1 }]);
    await d.round();
    expect(await d.sync.pendingCount()).toBe(0);
    expect(await liveCaseIds(d)).toEqual([]);
    await a.round();
    expect(await a.repos.archive.lateOps()).toEqual([{ batchId: batch.id, ops: 1, cases: 1 }]);
    expect(await liveCaseIds(a)).toEqual([]);
  }, 60_000);
});
