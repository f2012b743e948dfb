/**
 * Issue 16.5 with the real signed steps (16.4): approvals signed through the
 * lifecycle repository are checked on the signing PC and on the PC that
 * merges them. A tampered op merged into the signing PC gives a service
 * clerk the general manager's role; the PC's clerk record follows it, so the
 * signing code lets them sign — and the check shows that signature as
 * unverified on both PCs — and the same verdicts come out of an archive
 * file of those cases (verifiedInArchive).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import { formatHlc } from '../../../../shared/sync/hlc';
import { openAdminHarness, openHarness, SIGNER_PASSWORD, T0, type Harness } from './helpers';
import { caseAtApproval } from './lifecycle-helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
const verdicts = async (h: Harness, caseId: string) => (await h.repos.signatureChecks.ofCase(caseId)).map((s) => [s.clerkName, s.role, s.check.status === 'verified' ? 'verified' : s.check.reason]);

describe('signed approvals checked on both PCs', () => {
  it('a manager within their authority is verified; a role from a tampered op signs on this PC but shows as unverified here and on the other PC', async () => {
    const a = await openAdminHarness({ user: '王丽' });
    const manager = await a.repos.clerks.create({ name: '经理', department: '', roles: ['departmentManager'] }, SIGNER_PASSWORD);
    const service = await a.repos.clerks.create({ name: '客服', department: '', roles: ['service'] }, SIGNER_PASSWORD);
    const small = await caseAtApproval(a, 10_000_000); // 100,000.00 yuan: the department manager's
    const big = await caseAtApproval(a, 20_000_000); // 200,000.00 yuan: the general manager's

    a.ctx.clerkId = manager.id;
    a.ctx.user = '经理';
    await a.repos.lifecycle.recordApproval(small, { outcome: 'approved', reason: '' }, { password: SIGNER_PASSWORD, meaning: '批准退货 100,000.00 元' });

    // A tampered op arrives through the share: 客服 made general manager, written by nobody.
    const syncA = createSyncRepository(a.db, () => a.ctx);
    const tampered: WireOp = { id: 'tampered-1', hlc: formatHlc({ wall: T0 + 1000, counter: 0 }), deviceId: 'ffffffff-ffff-4fff-8fff-ffffffffffff', user: '', entity: 'clerk', entityId: service.id, fields: { roles: ['generalManager'] }, schemaVersion: 2 };
    await syncA.applyRemote([tampered], {}, { now: T0 + 2000 });
    a.setNow(T0 + 2000);
    a.ctx.clerkId = service.id;
    a.ctx.user = '客服';
    await a.repos.lifecycle.recordApproval(big, { outcome: 'approved', reason: '' }, { password: SIGNER_PASSWORD, meaning: '批准退货 200,000.00 元' });

    await a.repos.signatureChecks.settled();
    expect(await verdicts(a, small)).toEqual([['经理', 'departmentManager', 'verified']]);
    expect(await verdicts(a, big)).toEqual([['客服', 'generalManager', 'roleMissing']]);
    expect((await a.repos.signatureChecks.unverifiedCases()).map((c) => c.caseId)).toEqual([big]);

    // Reprinting from an archive file of both cases (issue 20.6 follow-up): its signatures are checked against the file's ops and this PC's directory.
    const { content } = await a.repos.archive.collect([small, big]);
    const archived = content.records.signatures ?? [];
    expect(archived).toHaveLength(2);
    expect([...(await a.repos.signatureChecks.verifiedInArchive(archived, content.ops))]).toEqual(archived.filter((r) => r.caseId === small).map((r) => r.id));
    // Without the ops that wrote them (a file cut down or forged), none is taken as signed.
    expect(await a.repos.signatureChecks.verifiedInArchive(archived, content.ops.filter((op) => op.entity !== 'signature'))).toEqual(new Set());
    // A record altered in the file (its amount) is not either.
    expect(await a.repos.signatureChecks.verifiedInArchive(archived.map((r) => ({ ...r, amountFen: 1 })), content.ops)).toEqual(new Set());

    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C' }, new IDBFactory());
    await createSyncRepository(b.db, () => b.ctx).applyRemote(await allOps(a), {}, { now: T0 + 2000 });
    expect(await verdicts(b, small)).toEqual([['经理', 'departmentManager', 'verified']]);
    expect(await verdicts(b, big)).toEqual([['客服', 'generalManager', 'roleMissing']]);
    expect(await b.repos.signatureChecks.unverifiedCases()).toMatchObject([{ caseId: big, count: 1, reasons: ['roleMissing'] }]);
  });
});
