import { describe, expect, it } from 'vitest';
import { TransitionRefusedError, ValidationFailedError } from '../../../../renderer/db';
import type { ApproverRole } from '../../../../shared/domain/lifecycle/authority';
import { caseAtApproval, caseAtDecision, snapshot } from './lifecycle-helpers';
import { openHarness } from './helpers';

const approve = (role: ApproverRole) => ({ outcome: 'approved' as const, approverRole: role, approverName: '签字人', reason: '' });

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
    if (role !== required) {
      const before = await snapshot(h);
      const e = await h.repos.lifecycle.recordApproval(id, approve(role)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationFailedError);
      expect((e as ValidationFailedError).fieldErrors).toEqual({ approverRole: 'notAuthorised' });
      expect(await snapshot(h)).toEqual(before);
    } else {
      const { approval, transition } = await h.repos.lifecycle.recordApproval(id, approve(role));
      expect(approval).toMatchObject({ outcome: 'approved', approverRole: role, amountFen: amount, decision: 'C', by: '张三' });
      expect(transition).toMatchObject({ action: 'approve', from: 'approval', to: 'return_logistics' });
      expect((await h.repos.lifecycle.get(id)).rmaNumber).toBe('RMA2611-B-001');
    }
  });

  it('a rejection is its own record, sends the case back with its reason, and is never overwritten', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h, 12_000_000);
    const noReason = await h.repos.lifecycle.recordApproval(id, { outcome: 'rejected', approverRole: 'deputy_gm', approverName: '赵副总', reason: ' ' }).catch((e: unknown) => e);
    expect((noReason as ValidationFailedError).fieldErrors).toEqual({ reason: 'required' });
    const rejected = await h.repos.lifecycle.recordApproval(id, { outcome: 'rejected', approverRole: 'deputy_gm', approverName: '赵副总', reason: '金额过高' });
    expect(rejected.transition).toMatchObject({ action: 'reject', from: 'approval', to: 'decision', reason: '金额过高' });
    expect((await h.repos.lifecycle.get(id)).state).toBe('decision');
    const rejectionOps = await h.db.ops.where('[entity+entityId]').equals(['approval', rejected.approval.id]).toArray();

    await h.repos.lifecycle.update(id, { decisionAmountFen: 9_000_000 });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.lifecycle.recordApproval(id, approve('department_manager'));

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
    await h.repos.lifecycle.recordApproval(id, approve('department_manager'));
    await h.repos.returns.addLine(id, { productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: 10, reason: '' });
    await h.repos.lifecycle.update(id, { returnCarrier: '顺丰', returnTrackingNumber: 'SF1', returnPickupDate: '2026-11-24', decisionAmountFen: 20_000_000 });
    const e = await h.repos.lifecycle.transition(id, { action: 'ship_return' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransitionRefusedError);
    expect((e as TransitionRefusedError).missing.map((m) => m.code)).toEqual(['approvalMissing']);
  });

  it('approvals only in the approval step; RMA numbers count in their own scope', async () => {
    const h = await openHarness();
    const a = await caseAtDecision(h);
    const wrong = await h.repos.lifecycle.recordApproval(a, approve('gm')).catch((e: unknown) => e);
    expect((wrong as TransitionRefusedError).missing).toEqual([{ code: 'wrongState', params: { state: 'decision' } }]);
    const b = await caseAtApproval(h);
    const c = await caseAtApproval(h);
    await h.repos.lifecycle.recordApproval(b, approve('gm'));
    await h.repos.lifecycle.recordApproval(c, approve('gm'));
    expect([(await h.repos.lifecycle.get(b)).rmaNumber, (await h.repos.lifecycle.get(c)).rmaNumber]).toEqual(['RMA2611-B-001', 'RMA2611-B-002']);
    expect((await h.db.meta.get('serial:rma:RMA2611-B-{SEQ}'))?.value).toBe(2);
    expect((await h.db.meta.get('serial:2611-B-{SEQ}'))?.value).toBe(3);
    expect((await h.repos.cases.listAll()).map((r) => r.rmaNumber ?? '-').sort()).toEqual(['-', 'RMA2611-B-001', 'RMA2611-B-002']);
  });
});
