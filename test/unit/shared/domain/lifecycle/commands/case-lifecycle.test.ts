import { describe, expect, it } from 'vitest';
import { markEightDStarted, recordApproval, transition, updateLifecycle } from '../../../../../../shared/domain/lifecycle/commands/case-lifecycle';
import type { ApprovalInput, TransitionRecord } from '../../../../../../shared/domain/lifecycle/records';
import { view } from '../fixtures';
import { AT, contextOf, line, shapeOf, signerWith, writesOf } from './context';
import type { ClerkRole } from '../../../../../../shared/domain/clerks/roles';
import type { Signer } from '../../../../../../shared/domain/signatures/signature';

describe('lifecycle fields', () => {
  it('writes the known fields of a patch only', () => {
    const writes = writesOf(updateLifecycle(contextOf(view()), { analysisSummary: '焊点虚焊', unknown: 1 } as never, { analysisSummary: '' }));
    expect(writes).toEqual([{ entity: 'caseLifecycle', patch: { analysisSummary: '焊点虚焊' }, seen: { analysisSummary: '' } }]);
  });

  it('refuses a deadline before the case was received', () => {
    expect(updateLifecycle(contextOf(view()), { callbackAt: '2026-11-22T09:00:00+08:00' })).toEqual({
      ok: false,
      refusal: { kind: 'invalid', fieldErrors: { callbackAt: 'beforeReceived' } },
    });
  });

  it('marks the 8D as started', () => {
    expect(writesOf(markEightDStarted(contextOf(view())))).toEqual([{ entity: 'caseLifecycle', patch: { eightDStarted: true } }]);
  });
});

describe('transitions', () => {
  it('writes the transition record and the new state, after the latest record of the case', () => {
    const later: TransitionRecord = { id: 't0', caseId: 'c1', action: 'start_analysis', from: 'registered', to: 'analysis', round: 1, reason: '', by: 'x', at: '2026-11-24T02:00:00.000Z' };
    const done = transition(contextOf(view({ state: 'analysis', analysisSummary: '焊点虚焊' }, { transitions: [later] })), { action: 'finish_analysis' });
    expect(shapeOf(done)).toEqual(['transition:new', 'caseLifecycle:state,round']);
    expect(done.ok && done.value).toMatchObject({ id: 'id1', from: 'analysis', to: 'decision', by: '张三', at: '2026-11-24T02:00:00.001Z' });
  });

  it('refuses with what is missing (the guards of the state machine)', () => {
    expect(transition(contextOf(view({ state: 'analysis' })), { action: 'finish_analysis' })).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'finish_analysis', missing: [expect.objectContaining({ code: 'analysisSummaryMissing' })] },
    });
  });

  it('a closed case only reopens, with a reason', () => {
    const closed = contextOf(view({ state: 'closed' }));
    expect(transition(closed, { action: 'send_back', reason: 'x' })).toEqual({ ok: false, refusal: { kind: 'caseLocked' } });
    expect(transition(closed, { action: 'reopen' }).ok).toBe(false);
    expect(shapeOf(transition(closed, { action: 'reopen', reason: '客户再次投诉' }))).toEqual(['transition:new', 'caseLifecycle:state,round']);
  });

  it('asks storage for an RMA number when a B/C return is shipped to logistics for the first time', () => {
    const ship = (rmaNumber: string | null) =>
      writesOf(
        recordApproval(
          contextOf(view({ state: 'approval', decision: 'C', decisionAmountFen: 5_000, rmaNumber }, { returnLines: [line()] }), { signer: signerWith(['departmentManager']) }),
          { outcome: 'approved', reason: '' },
          { meaning: '批准退货 50.00 元' },
        ),
      ).find((w) => w.entity === 'caseLifecycle');
    expect(ship(null)).toMatchObject({ patch: { state: 'return_logistics' }, issueRmaNumber: true });
    expect(ship('RMA2611-B-001')).not.toHaveProperty('issueRmaNumber');
  });
});

describe('approvals, signed by a clerk whose role the authority matrix allows', () => {
  const inApproval = (amountFen: number, roles: ClerkRole[] = ['departmentManager'], over: Partial<Signer> = {}) =>
    contextOf(view({ state: 'approval', decision: 'C', decisionAmountFen: amountFen }), { signer: signerWith(roles, { name: '王经理', ...over }) });
  const input = (over: Partial<ApprovalInput> = {}): ApprovalInput => ({ outcome: 'approved', reason: '', ...over });
  const signing = { meaning: '批准退货 100,000.00 元' };

  it('an approval by a role authorised for the amount writes the record and its signature, and moves on', () => {
    const done = recordApproval(inApproval(10_000_000), input(), signing);
    expect(shapeOf(done)).toEqual(['approval:new', 'signature:new', 'transition:new', 'caseLifecycle:state,round']);
    expect(done.ok && done.value.approval).toMatchObject({ approverRole: 'department_manager', approverName: '王经理', decision: 'C', amountFen: 10_000_000, at: AT, by: '张三' });
    expect(done.ok && done.writes[1]).toMatchObject({
      record: { caseId: 'c1', step: 'approveReturn', subjectEntity: 'approval', clerkId: 'k1', clerkName: '王经理', role: 'departmentManager', amountFen: 10_000_000, meaning: '批准退货 100,000.00 元', at: AT },
    });
    expect(done.ok && done.value.transition).toMatchObject({ action: 'approve', to: 'return_logistics', at: '2026-11-24T02:00:00.001Z' });
  });

  // Seed 003 §十一 in integer yuan: ≤100,000 部门经理; 100,001–150,000 副总经理; >150,000 总经理 (exact fen: 100,000.01 already needs the deputy GM).
  it.each([
    [10_000_000, ['departmentManager', 'deputyGeneralManager', 'generalManager'], 'departmentManager'],
    [10_000_001, ['deputyGeneralManager', 'generalManager'], 'deputyGeneralManager'],
    [10_000_100, ['deputyGeneralManager', 'generalManager'], 'deputyGeneralManager'],
    [15_000_000, ['deputyGeneralManager', 'generalManager'], 'deputyGeneralManager'],
    [15_000_100, ['generalManager'], 'generalManager'],
  ] as const)('%i fen: signed by %j, never by a lower role or by a non-approver', (amount, allowed, lowest) => {
    for (const role of ['departmentManager', 'deputyGeneralManager', 'generalManager', 'qualityHead', 'finance', 'admin'] as const) {
      const done = recordApproval(inApproval(amount, [role]), input(), signing);
      if ((allowed as readonly string[]).includes(role)) expect(done.ok, role).toBe(true);
      else expect(done, role).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'roleMissing' } } });
    }
    const both = recordApproval(inApproval(amount, ['departmentManager', 'deputyGeneralManager', 'generalManager']), input(), signing);
    expect(both.ok && both.writes[1]).toMatchObject({ record: { role: lowest } });
  });

  it('refuses a deactivated signer, a write without a signer, and a signature without its meaning', () => {
    expect(recordApproval(inApproval(100, ['generalManager'], { active: false }), input(), signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'inactive' } } });
    expect(recordApproval(contextOf(view({ state: 'approval', decision: 'C', decisionAmountFen: 100 })), input(), signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'notSignedIn' } } });
    expect(recordApproval(inApproval(100), input(), { meaning: '  ' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { meaning: 'required' } } });
  });

  it('a rejection needs a reason, is signed by a role that may approve, and goes back', () => {
    expect(recordApproval(inApproval(10_000_001, ['deputyGeneralManager']), input({ outcome: 'rejected' }), signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'required' } } });
    expect(recordApproval(inApproval(10_000_001), input({ outcome: 'rejected', reason: 'x' }), signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'roleMissing' } } });
    const rejected = recordApproval(inApproval(10_000_001, ['deputyGeneralManager']), input({ outcome: 'rejected', reason: ' 金额过高 ' }), signing);
    expect(rejected.ok && rejected.value.transition).toMatchObject({ action: 'reject', to: 'decision', reason: '金额过高' });
    expect(rejected.ok && rejected.writes[1]).toMatchObject({ record: { step: 'rejectReturn', role: 'deputyGeneralManager' } });
  });

  it('refuses outside the approval step, or without a decision amount', () => {
    expect(recordApproval(contextOf(view({ state: 'decision' })), input(), signing)).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'approve', missing: [{ code: 'wrongState', params: { state: 'decision' } }] },
    });
    expect(recordApproval(contextOf(view({ state: 'approval', decision: 'B' })), input({ outcome: 'rejected', reason: 'x' }), signing)).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'reject', missing: [{ code: 'amountMissing', field: 'decisionAmountFen' }] },
    });
  });
});

describe('signed transitions: accepting the disposition, confirming the costs, closing the case', () => {
  const at = (state: 'disposition' | 'costs' | 'reply', roles: ClerkRole[] | null) => contextOf(view({ state, decision: 'A' }), roles ? { signer: signerWith(roles) } : {});

  it.each([
    ['costs', 'confirm_costs', 'confirmCosts', ['finance'], ['service', 'qualityHead', 'generalManager', 'admin']],
    ['disposition', 'finish_disposition', 'acceptDisposition', ['qualityEngineer', 'qualityHead'], ['warehouse', 'finance', 'generalManager']],
  ] as const)('%s: %s is signed by %s', (state, action, step, allowed, refused) => {
    for (const role of allowed) {
      const done = transition(at(state, [role]), { action }, { meaning: '确认' });
      expect(shapeOf(done), role).toEqual(['transition:new', 'caseLifecycle:state,round', 'signature:new']);
      expect(done.ok && done.writes[2]).toMatchObject({ record: { step, role, subjectEntity: 'transition', subjectId: done.ok ? done.value.id : '', amountFen: null, meaning: '确认', at: done.ok ? done.value.at : '' } });
    }
    for (const role of refused) expect(transition(at(state, [role]), { action }, { meaning: '确认' }), role).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'roleMissing' } } });
    expect(transition(at(state, null), { action }, { meaning: '确认' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'notSignedIn' } } });
    expect(transition(at(state, [allowed[0]]), { action })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { meaning: 'required' } } });
  });

  it('closing checks the case first (what is missing), then the signer; unsigned actions need no signer', () => {
    const refused = transition(at('reply', ['qualityHead']), { action: 'close' }, { meaning: '结案' });
    expect(refused.ok === false && refused.refusal.kind).toBe('transitionRefused');
    expect(shapeOf(transition(contextOf(view({ state: 'costs' })), { action: 'send_back', reason: '重新判定' }))).toEqual(['transition:new', 'caseLifecycle:state,round']);
  });
});
