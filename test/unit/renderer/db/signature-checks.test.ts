/** Issue 16.5: signatures are checked on this PC and after every merge against the verified directory; unverified ones are listed without reading every case. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import { formatHlc } from '../../../../shared/sync/hlc';
import { intake, openAdminHarness, openHarness, T0, type Harness } from './helpers';
import { rawOp, writeSignature } from './signature-helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
const verdicts = async (h: Harness, caseId: string) => Object.fromEntries((await h.repos.signatureChecks.ofCase(caseId)).map((s) => [s.clerkName, s.check.status === 'verified' ? 'verified' : s.check.reason]));
const minute = 60_000;

async function office() {
  const a = await openAdminHarness({ user: '王丽' });
  const manager = await a.repos.clerks.create({ name: '经理', department: '', roles: ['departmentManager'] }, 'temp-123');
  const service = await a.repos.clerks.create({ name: '客服', department: '', roles: ['service'] }, 'temp-123');
  const made = await a.repos.cases.create(intake());
  const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C' }, new IDBFactory());
  const syncB = createSyncRepository(b.db, () => b.ctx);
  const exchange = async () => {
    b.setNow(a.ctx.now());
    await syncB.applyRemote(await allOps(a), {}, { now: a.ctx.now() });
  };
  return { a, b, syncB, exchange, manager, service, caseId: made.id };
}

describe('signature checks in storage', () => {
  it('checks the signatures written here: within the signer’s standing verified, a role the directory never granted not', async () => {
    const { a, manager, service, caseId } = await office();
    a.setNow(T0 + minute);
    await writeSignature(a, { caseId, clerkId: manager.id, clerkName: '经理', role: 'departmentManager' });
    await writeSignature(a, { caseId, clerkId: service.id, clerkName: '客服', role: 'generalManager', amountFen: 20_000_000 });
    expect(await verdicts(a, caseId)).toEqual({ 经理: 'verified', 客服: 'roleMissing' });
    await a.repos.signatureChecks.settled();
    expect(await a.repos.signatureChecks.unverifiedCases()).toMatchObject([{ caseId, count: 1, reasons: ['roleMissing'] }]);
  });

  it('after a merge: stores the unverified signatures, and re-checks all when clerks change (a later demotion keeps a signature verified)', async () => {
    const { a, b, exchange, manager, service, caseId } = await office();
    a.setNow(T0 + minute);
    await writeSignature(a, { caseId, clerkId: manager.id, clerkName: '经理', role: 'departmentManager' });
    await writeSignature(a, { caseId, clerkId: service.id, clerkName: '客服', role: 'generalManager', amountFen: 20_000_000 });
    await exchange();
    expect((await b.db.unverifiedSignatures.toArray()).map((r) => r.reason)).toEqual(['roleMissing']);
    expect(await verdicts(b, caseId)).toEqual({ 经理: 'verified', 客服: 'roleMissing' });

    // The admin removes the manager's role and deactivates them, after the signature: it stays verified.
    a.setNow(T0 + 2 * minute);
    await a.repos.clerks.setRoles(manager.id, ['service']);
    await a.repos.clerks.setActive(manager.id, false);
    // Granting the role later does not verify what was signed before.
    await a.repos.clerks.setRoles(service.id, ['generalManager']);
    await exchange();
    expect(await verdicts(b, caseId)).toEqual({ 经理: 'verified', 客服: 'roleMissing' });
    expect(await b.repos.signatureChecks.unverifiedCases()).toMatchObject([{ caseId, count: 1 }]);
  });

  it('a signature by a deactivated clerk (on a PC that had not heard yet) shows as unverified on the others', async () => {
    const { a, b, exchange, manager, caseId } = await office();
    a.setNow(T0 + minute);
    await a.repos.clerks.setActive(manager.id, false);
    a.setNow(T0 + 2 * minute);
    await writeSignature(a, { caseId, clerkId: manager.id, clerkName: '经理', role: 'departmentManager' });
    await exchange();
    expect(await verdicts(b, caseId)).toEqual({ 经理: 'inactiveClerk' });
  });

  it('a role granted by a merged op without an admin author does not verify; the admin’s own grant then does, for later signatures', async () => {
    const { a, b, syncB, exchange, service, caseId } = await office();
    await exchange();
    // A tampered op arrives: S made general manager, no author (or S themself).
    b.setNow(T0 + minute);
    const tamper = { id: 'tampered-1', hlc: formatHlc({ wall: T0 + minute, counter: 0 }), deviceId: 'ffffffff-ffff-4fff-8fff-ffffffffffff', user: '', entity: 'clerk', entityId: service.id, fields: { roles: ['generalManager'] }, schemaVersion: 2 };
    await syncB.applyRemote([tamper, { ...tamper, id: 'tampered-2', hlc: formatHlc({ wall: T0 + minute, counter: 1 }), clerkId: service.id }], {}, { now: T0 + minute });
    expect((await b.repos.clerks.get(service.id))?.roles).toEqual(['generalManager']); // the record follows the ops …
    a.setNow(T0 + 2 * minute);
    await writeSignature(a, { caseId, clerkId: service.id, clerkName: '客服', role: 'generalManager', amountFen: 20_000_000 });
    await exchange();
    expect(await verdicts(b, caseId)).toEqual({ 客服: 'roleMissing' }); // … the check does not
    expect((await b.db.ops.get('tampered-1'))!.hlc < (await b.db.ops.where('[entity+entityId]').equals(['signature', (await b.db.signatures.toArray())[0]!.id]).first())!.hlc).toBe(true);
    a.setNow(T0 + 3 * minute);
    await a.repos.clerks.setRoles(service.id, ['generalManager']);
    a.setNow(T0 + 4 * minute);
    await writeSignature(a, { caseId, clerkId: service.id, clerkName: '客服二', role: 'generalManager', amountFen: 20_000_000 });
    await exchange();
    expect(await verdicts(b, caseId)).toEqual({ 客服: 'roleMissing', 客服二: 'verified' });
  });

  it('a malformed signature from the share is stored as unverified, never an error', async () => {
    const { a, b, exchange, caseId } = await office();
    a.setNow(T0 + minute);
    await rawOp(a, 'signature', 'sig-bad', { caseId, clerkName: '谁', role: 'king', step: 'approveReturn' }, { clerkId: 'x' });
    await exchange();
    expect(await b.db.unverifiedSignatures.get('sig-bad')).toEqual({ id: 'sig-bad', caseId, reason: 'malformed' });
    expect(await b.repos.signatureChecks.ofCase(caseId)).toMatchObject([{ id: 'sig-bad', clerkName: '谁', role: null, check: { status: 'unverified', reason: 'malformed' } }]);
  });

  it('checks a large local write of signatures through the outbox (no lookup of every changed id)', async () => {
    const { a, manager, service, caseId } = await office();
    a.setNow(T0 + minute);
    await a.db.transaction('rw', [a.db.signatures, a.db.ops, a.db.meta], async () => {
      for (let i = 0; i < 250; i++) await writeSignature(a, { caseId, clerkId: manager.id, clerkName: '经理', role: 'departmentManager' });
      await writeSignature(a, { caseId, clerkId: service.id, clerkName: '客服', role: 'generalManager', amountFen: 20_000_000 });
    });
    await a.repos.signatureChecks.settled();
    expect((await a.db.unverifiedSignatures.toArray()).map((r) => r.reason)).toEqual(['roleMissing']);
  });
});
