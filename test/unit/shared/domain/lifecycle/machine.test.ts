import { describe, expect, it } from 'vitest';
import { applyTransition, availableActions, sendBackTargets } from '../../../../../shared/domain/lifecycle/machine';
import type { ApprovalRecord, CaseActionRecord, CustomerReply, SurveyRecord } from '../../../../../shared/domain/lifecycle/records';
import type { CaseLifecycleView, TransitionRequest } from '../../../../../shared/domain/lifecycle/states';
import { view } from './fixtures';

const apply = (v: CaseLifecycleView, request: TransitionRequest) => applyTransition(v, request, '张三', '2026-11-23T10:00:00+08:00', 't1');
const codes = (v: CaseLifecycleView, request: TransitionRequest) => {
  const r = apply(v, request);
  return r.ok ? [] : r.error.missing.map((m) => m.code);
};
function approval(outcome: ApprovalRecord['outcome'], over: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return { id: `a-${outcome}`, caseId: 'c1', round: 1, outcome, approverRole: 'department_manager', approverName: '王经理', decision: 'C', amountFen: 5_000_000, reason: '', at: '2026-11-23T10:00:00+08:00', by: 'x', ...over };
}
const reply: CustomerReply = { id: 'r', caseId: 'c1', round: 1, repliedAt: '2026-11-24T10:00:00+08:00', channel: 'email', written: true, text: 'ok', by: 'x', deleted: false };
const survey = (score: number): SurveyRecord => ({ id: `s${score}`, caseId: 'c1', round: 1, surveyedAt: '2026-11-30T10:00:00+08:00', answers: [], score, satisfied: score >= 80, remarks: '', by: 'x', deleted: false });
const action = (status: CaseActionRecord['status']): CaseActionRecord => ({ id: `x${status}`, caseId: 'c1', round: 1, kind: 'corrective', description: 'd', owner: 'o', department: null, dueDate: '2026-12-01', status, doneAt: null, verifiedBy: '', deleted: false });

describe('state machine guards', () => {
  it('needs triage before analysis', () => {
    expect(codes(view({ triage: null, severity: null, category: null }), { action: 'start_analysis' })).toEqual(['triageMissing', 'severityMissing', 'categoryMissing']);
    const r = apply(view(), { action: 'start_analysis' });
    expect(r).toEqual({ ok: true, value: { id: 't1', caseId: 'c1', action: 'start_analysis', from: 'registered', to: 'analysis', round: 1, reason: '', by: '张三', at: '2026-11-23T10:00:00+08:00' } });
  });
  it('needs an analysis summary, then a decision (and an amount for B/C)', () => {
    expect(codes(view({ state: 'analysis' }), { action: 'finish_analysis' })).toEqual(['analysisSummaryMissing']);
    expect(codes(view({ state: 'decision' }), { action: 'confirm_decision' })).toEqual(['decisionMissing']);
    expect(codes(view({ state: 'decision', decision: 'B' }), { action: 'confirm_decision' })).toEqual(['amountMissing']);
  });
  it('path A skips approval and returns; B/C go to approval', () => {
    const a = apply(view({ state: 'decision', decision: 'A' }), { action: 'confirm_decision' });
    expect(a.ok && a.value.to).toBe('responsibility');
    const c = apply(view({ state: 'decision', decision: 'C', decisionAmountFen: 100 }), { action: 'confirm_decision' });
    expect(c.ok && c.value.to).toBe('approval');
  });
  it('approval by the right authority only; rejection goes back with its reason', () => {
    const base = { state: 'approval' as const, decision: 'C' as const, decisionAmountFen: 10_000_001 };
    expect(codes(view(base), { action: 'approve' })).toEqual(['approvalMissing']);
    expect(codes(view(base, { approvals: [approval('approved', { amountFen: 10_000_001 })] }), { action: 'approve' })).toEqual(['approverNotAuthorised']);
    expect(codes(view(base, { approvals: [approval('approved', { amountFen: 10_000_001, approverRole: 'deputy_gm' })] }), { action: 'approve' })).toEqual([]);
    // approval of an older amount does not count
    expect(codes(view(base, { approvals: [approval('approved', { approverRole: 'gm', amountFen: 5 })] }), { action: 'approve' })).toEqual(['approvalMissing']);
    const rejected = view(base, { approvals: [approval('rejected', { reason: '金额不符', at: '2026-11-23T11:00:00+08:00' })] });
    const r = apply(rejected, { action: 'reject' });
    expect(r.ok && r.value).toMatchObject({ from: 'approval', to: 'decision', reason: '金额不符' });
    expect(codes(view(base), { action: 'reject', reason: 'x' })).toEqual(['rejectionMissing']);
  });
  it('no shipping or receiving before the return is approved', () => {
    const lc = { state: 'return_logistics' as const, decision: 'C' as const, decisionAmountFen: 100 };
    expect(codes(view(lc), { action: 'ship_return' })).toEqual(['approvalMissing', 'rmaMissing', 'returnLinesMissing', 'carrierMissing', 'trackingNumberMissing', 'pickupDateMissing']);
    expect(codes(view({ ...lc, state: 'receiving' }), { action: 'finish_receiving' })).toEqual(['approvalMissing', 'returnLinesMissing']);
  });
  it('no closing with open actions, without a reply, or without a satisfied survey where due', () => {
    const lc = { state: 'follow_up' as const, decision: 'C' as const };
    expect(codes(view(lc, { actions: [action('open')] }), { action: 'close' })).toEqual(['openActions', 'replyMissing', 'surveyMissing']);
    expect(codes(view(lc, { actions: [action('done')], replies: [reply], surveys: [survey(78)] }), { action: 'close' })).toEqual(['surveyUnsatisfied']);
    expect(codes(view(lc, { actions: [action('verified')], replies: [reply], surveys: [survey(80)] }), { action: 'close' })).toEqual([]);
    // path A, general severity: no follow-up due, close straight from reply
    expect(codes(view({ state: 'reply', decision: 'A', severity: 'general' }, { replies: [reply] }), { action: 'close' })).toEqual([]);
    expect(codes(view({ state: 'reply', decision: 'A', severity: 'general' }), { action: 'start_follow_up' })).toEqual(['replyMissing']);
  });
  it('an unsatisfied survey opens a new round at analysis', () => {
    const r = apply(view({ state: 'follow_up', decision: 'C' }, { surveys: [survey(78)] }), { action: 'new_round', reason: '客户不满意' });
    expect(r.ok && r.value).toMatchObject({ from: 'follow_up', to: 'analysis', round: 2 });
    expect(codes(view({ state: 'follow_up' }, { surveys: [survey(80)] }), { action: 'new_round' })).toEqual(['surveyNotUnsatisfied']);
  });
  it('closed is locked; re-opening needs a reason', () => {
    const closed = view({ state: 'closed' });
    expect(availableActions(closed).map((a) => a.action)).toEqual(['reopen']);
    expect(codes(closed, { action: 'start_analysis' })).toEqual(['caseClosed']);
    expect(codes(closed, { action: 'reopen' })).toEqual(['reasonMissing']);
    expect(codes(closed, { action: 'reopen', reason: '  ' })).toEqual(['reasonMissing']);
    const r = apply(closed, { action: 'reopen', reason: '客户再次投诉' });
    expect(r.ok && r.value).toMatchObject({ to: 'analysis', reason: '客户再次投诉' });
  });
  it('sends back only to earlier states, with a reason', () => {
    expect(sendBackTargets('decision')).toEqual(['analysis']);
    expect(codes(view({ state: 'costs' }), { action: 'send_back', to: 'analysis' })).toEqual(['reasonMissing']);
    expect(codes(view({ state: 'costs' }), { action: 'send_back', to: 'reply', reason: 'x' })).toEqual(['targetInvalid']);
    expect(codes(view({ state: 'analysis' }), { action: 'start_analysis' })).toEqual(['wrongState']);
  });
  it('lists only actions leaving the current state, with what is missing', () => {
    const list = availableActions(view({ state: 'decision', decision: 'B' }));
    expect(list.map((a) => [a.action, a.allowed])).toEqual([['confirm_decision', false], ['send_back', true]]);
    expect(list[0]?.missing).toEqual([{ code: 'amountMissing', field: 'decisionAmountFen' }]);
  });
});
