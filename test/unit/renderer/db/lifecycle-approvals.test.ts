import { describe, expect, it } from 'vitest';
import { TransitionRefusedError, ValidationFailedError } from '../../../../renderer/db';
import { CLERK_ROLE_OF_APPROVER } from '../../../../shared/domain/clerks/roles';
import { caseAtApproval, caseAtDecision, snapshot } from './lifecycle-helpers';
import { openHarness, sign, signInWithRoles, SIGNER_PASSWORD } from './helpers';

const approve = { outcome: 'approved' as const, reason: '' };
const signing = { password: SIGNER_PASSWORD, meaning: '批准退货' };

describe('approvals by amount (authority matrix, fen)', () => {
  it.each([
    [10_000_000, 'department_manager', 'department_manager'],
    [10_000_001, 'department_manager', 'deputy_gm'],
    [10_000_001, 'deputy_gm', 'deputy_gm'],
    [15_000_000, 'deputy_gm', 'deputy_gm'],
    [15_000_001, 'deputy_gm', 'gm'],
    [15_000_001, 'gm', 'gm'],
  ] as const)('%i fen signed by %s (needs %s)', async (amount, role, required) => {
    const h = await openHarness();
    const id = await caseAtApproval(h, amount);
    expect((await h.repos.lifecycle.getCaseFile(id)).requiredApprover).toBe(required);
    const signerId = await signInWithRoles(h, '签字人', [CLERK_ROLE_OF_APPROVER[role], 'finance']);
    if (role !== required) {
      const before = await snapshot(h);
      const e = await h.repos.lifecycle.recordApproval(id, approve, signing).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationFailedError);
      expect((e as ValidationFailedError).fieldErrors).toEqual({ signer: 'roleMissing' });
      expect(await snapshot(h)).toEqual(before);
    } else {
      const { approval, transition } = await h.repos.lifecycle.recordApproval(id, approve, signing);
      expect(approval).toMatchObject({ outcome: 'approved', approverRole: role, approverName: '签字人', amountFen: amount, decision: 'C', by: '签字人' });
      const file = await h.repos.lifecycle.getCaseFile(id);
      expect(file.view.signatures).toMatchObject([
        { caseId: id, step: 'approveReturn', subjectEntity: 'approval', subjectId: approval.id, clerkId: signerId, clerkName: '签字人', role: CLERK_ROLE_OF_APPROVER[role], amountFen: amount, meaning: '批准退货', at: approval.at },
      ]);
      const signatureOps = await h.db.ops.where('[entity+entityId]').equals(['signature', file.view.signatures[0]!.id]).toArray();
      expect(signatureOps.map((op) => op.clerkId)).toEqual([signerId]);
      expect(transition).toMatchObject({ action: 'approve', from: 'approval', to: 'return_logistics' });
      expect((await h.repos.lifecycle.get(id)).rmaNumber).toBe('RMA2611-B-001');
    }
  });

  it('a rejection is its own record, sends the case back with its reason, and is never overwritten', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h, 12_000_000);
    const noReason = await h.repos.lifecycle.recordApproval(id, { outcome: 'rejected', reason: ' ' }, await sign(h)).catch((e: unknown) => e);
    expect((noReason as ValidationFailedError).fieldErrors).toEqual({ reason: 'required' });
    const rejected = await h.repos.lifecycle.recordApproval(id, { outcome: 'rejected', reason: '金额过高' }, await sign(h));
    expect(rejected.transition).toMatchObject({ action: 'reject', from: 'approval', to: 'decision', reason: '金额过高' });
    expect((await h.repos.lifecycle.get(id)).state).toBe('decision');
    const rejectionOps = await h.db.ops.where('[entity+entityId]').equals(['approval', rejected.approval.id]).toArray();

    await h.repos.lifecycle.update(id, { decisionAmountFen: 9_000_000 });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.lifecycle.recordApproval(id, approve, await sign(h));

    const file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.approvals.map((a) => [a.outcome, a.amountFen, a.reason])).toEqual([
      ['rejected', 12_000_000, '金额过高'],
      ['approved', 9_000_000, ''],
    ]);
    expect(await h.db.approvals.get(rejected.approval.id)).toEqual(rejected.approval);
    expect(await h.db.ops.where('[entity+entityId]').equals(['approval', rejected.approval.id]).toArray()).toEqual(rejectionOps);
    expect(file.transitions.map((t) => t.action).slice(-4)).toEqual(['confirm_decision', 'reject', 'confirm_decision', 'approve']);
  });

  it('an approval does not cover a changed amount: shipping is refused until approved again', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h, 5_000_000);
    await h.repos.lifecycle.recordApproval(id, approve, await sign(h));
    await h.repos.returns.addLine(id, { productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: 10, reason: '' });
    await h.repos.lifecycle.update(id, { returnCarrier: '顺丰', returnTrackingNumber: 'SF1', returnPickupDate: '2026-11-24', decisionAmountFen: 20_000_000 });
    const e = await h.repos.lifecycle.transition(id, { action: 'ship_return' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransitionRefusedError);
    expect((e as TransitionRefusedError).missing.map((m) => m.code)).toEqual(['approvalMissing']);
  });

  it('approvals only in the approval step; RMA numbers count in their own scope', async () => {
    const h = await openHarness();
    const a = await caseAtDecision(h);
    const wrong = await h.repos.lifecycle.recordApproval(a, approve, await sign(h)).catch((e: unknown) => e);
    expect((wrong as TransitionRefusedError).missing).toEqual([{ code: 'wrongState', params: { state: 'decision' } }]);
    const b = await caseAtApproval(h);
    const c = await caseAtApproval(h);
    await h.repos.lifecycle.recordApproval(b, approve, await sign(h));
    await h.repos.lifecycle.recordApproval(c, approve, await sign(h));
    expect([(await h.repos.lifecycle.get(b)).rmaNumber, (await h.repos.lifecycle.get(c)).rmaNumber]).toEqual(['RMA2611-B-001', 'RMA2611-B-002']);
    expect((await h.db.meta.get('serial:rma:RMA2611-B-{SEQ}'))?.value).toBe(2);
    expect((await h.db.meta.get('serial:2611-B-{SEQ}'))?.value).toBe(3);
    expect((await h.repos.cases.listAll()).map((r) => r.rmaNumber ?? '-').sort()).toEqual(['-', 'RMA2611-B-001', 'RMA2611-B-002']);
  });
});
