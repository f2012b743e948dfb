import { describe, expect, it } from 'vitest';
import { markEightDStarted, recordApproval, transition, updateLifecycle } from '../../../../../../shared/domain/lifecycle/commands/case-lifecycle';
import type { ApprovalInput, TransitionRecord } from '../../../../../../shared/domain/lifecycle/records';
import { view } from '../fixtures';
import { AT, contextOf, line, shapeOf, writesOf } from './context';

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
        recordApproval(contextOf(view({ state: 'approval', decision: 'C', decisionAmountFen: 5_000, rmaNumber }, { returnLines: [line()] })), {
          outcome: 'approved',
          approverRole: 'department_manager',
          approverName: '王经理',
          reason: '',
        }),
      ).find((w) => w.entity === 'caseLifecycle');
    expect(ship(null)).toMatchObject({ patch: { state: 'return_logistics' }, issueRmaNumber: true });
    expect(ship('RMA2611-B-001')).not.toHaveProperty('issueRmaNumber');
  });
});

describe('approvals', () => {
  const inApproval = (amountFen: number) => contextOf(view({ state: 'approval', decision: 'C', decisionAmountFen: amountFen }));
  const input = (over: Partial<ApprovalInput> = {}): ApprovalInput => ({ outcome: 'approved', approverRole: 'department_manager', approverName: ' 王经理 ', reason: '', ...over });

  it('an approval by a role authorised for the amount writes the record and moves on', () => {
    const done = recordApproval(inApproval(10_000_000), input());
    expect(shapeOf(done)).toEqual(['approval:new', 'transition:new', 'caseLifecycle:state,round']);
    expect(done.ok && done.value.approval).toMatchObject({ approverName: '王经理', decision: 'C', amountFen: 10_000_000, at: AT, by: '张三' });
    expect(done.ok && done.value.transition).toMatchObject({ action: 'approve', to: 'return_logistics', at: '2026-11-24T02:00:00.001Z' });
  });

  it('refuses a role below the authority matrix for the amount; a rejection needs a reason and goes back', () => {
    expect(recordApproval(inApproval(10_000_001), input())).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { approverRole: 'notAuthorised' } } });
    expect(recordApproval(inApproval(10_000_001), input({ approverRole: 'deputy_gm' })).ok).toBe(true);
    expect(recordApproval(inApproval(10_000_001), input({ outcome: 'rejected' }))).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'required' } } });
    const rejected = recordApproval(inApproval(10_000_001), input({ outcome: 'rejected', reason: ' 金额过高 ' }));
    expect(rejected.ok && rejected.value.transition).toMatchObject({ action: 'reject', to: 'decision', reason: '金额过高' });
  });

  it('refuses outside the approval step, or without a decision amount', () => {
    expect(recordApproval(contextOf(view({ state: 'decision' })), input())).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'approve', missing: [{ code: 'wrongState', params: { state: 'decision' } }] },
    });
    expect(recordApproval(contextOf(view({ state: 'approval', decision: 'B' })), input({ outcome: 'rejected', reason: 'x' }))).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'reject', missing: [{ code: 'amountMissing', field: 'decisionAmountFen' }] },
    });
  });
});
