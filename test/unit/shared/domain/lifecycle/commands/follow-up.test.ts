import { describe, expect, it } from 'vitest';
import { actionStatusNeedsTime, addAction, addReply, recordSurvey, setActionStatus, updateAction, updateReply } from '../../../../../../shared/domain/lifecycle/commands/follow-up';
import type { CaseActionRecord, CustomerReply, SurveyAnswer } from '../../../../../../shared/domain/lifecycle/records';
import { SURVEY_ITEM_COUNT } from '../../../../../../shared/domain/lifecycle/survey';
import { view } from '../fixtures';
import { AT, contextOf, shapeOf } from './context';

const action = (over: Partial<CaseActionRecord> = {}): CaseActionRecord => ({
  id: 'x1', caseId: 'c1', round: 1, kind: 'corrective', description: '加强焊接检验', owner: '李四', department: null, dueDate: '2026-12-01', status: 'open', doneAt: null, verifiedBy: '', deleted: false, ...over,
});
const reply: CustomerReply = { id: 'r1', caseId: 'c1', round: 1, repliedAt: '2026-11-24T10:00:00+08:00', channel: 'email', written: true, text: '已处理', by: 'x', deleted: false };
const answers = (a: SurveyAnswer) => Array.from({ length: SURVEY_ITEM_COUNT }, () => a);

describe('corrective actions', () => {
  it('a new action is open, its owner trimmed; one without a due date is refused', () => {
    const input = { kind: 'corrective' as const, description: '加强检验', owner: ' 李四 ', department: null, dueDate: '2026-12-01' };
    const done = addAction(contextOf(view()), input);
    expect(shapeOf(done)).toEqual(['caseAction:new']);
    expect(done.ok && done.value).toMatchObject({ owner: '李四', status: 'open', doneAt: null });
    expect(addAction(contextOf(view()), { ...input, dueDate: '2026-02-30' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { dueDate: 'invalid' } } });
    expect(shapeOf(updateAction(contextOf(view()), action(), { description: '改' }))).toEqual(['caseAction:changed']);
  });

  it('done records this write time once; verified needs done and a verifier', () => {
    expect(actionStatusNeedsTime(action(), 'done')).toBe(true);
    expect(actionStatusNeedsTime(action({ status: 'done', doneAt: '2026-11-25T00:00:00.000Z' }), 'done')).toBe(false);
    const done = setActionStatus(contextOf(view()), action(), 'done');
    expect(done.ok && done.value).toMatchObject({ status: 'done', doneAt: AT });
    expect(setActionStatus(contextOf(view()), action(), 'verified', '王五')).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { status: 'notDone' } } });
    expect(setActionStatus(contextOf(view()), action({ status: 'done' }), 'verified', ' ')).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { verifiedBy: 'required' } } });
    const verified = setActionStatus(contextOf(view()), action({ status: 'done' }), 'verified', ' 王五 ');
    expect(verified.ok && verified.value.verifiedBy).toBe('王五');
  });
});

describe('replies', () => {
  it('a reply is written by the clerk; one dated before the case is refused', () => {
    const input = { repliedAt: '2026-11-24T10:00:00+08:00', channel: 'email' as const, written: true, text: '已处理' };
    const done = addReply(contextOf(view()), input);
    expect(done.ok && done.value).toMatchObject({ by: '张三', round: 1 });
    expect(updateReply(contextOf(view()), reply, { repliedAt: '2026-11-20T10:00:00+08:00' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { repliedAt: 'beforeReceived' } } });
  });
});

describe('surveys', () => {
  const input = (a: SurveyAnswer) => ({ surveyedAt: '2026-11-30T10:00:00+08:00', answers: answers(a), remarks: ' 太慢 ' });

  it('a satisfied survey is written with its score', () => {
    const done = recordSurvey(contextOf(view({ state: 'follow_up' })), input('very_satisfied'));
    expect(shapeOf(done)).toEqual(['survey:new']);
    expect(done.ok && done.value).toMatchObject({ survey: { satisfied: true }, transition: null });
  });

  it('an unsatisfied one in follow-up starts a new round with the score as the reason', () => {
    const done = recordSurvey(contextOf(view({ state: 'follow_up' }, { replies: [reply] })), input('dissatisfied'));
    expect(shapeOf(done)).toEqual(['survey:new', 'transition:new', 'caseLifecycle:state,round']);
    expect(done.ok && done.value.transition).toMatchObject({ action: 'new_round', to: 'analysis', round: 2, reason: `满意度调查 ${done.ok ? done.value.survey.score : ''} 分，不满意：太慢` });
  });

  it('is refused outside reply and follow-up, and with answers missing', () => {
    expect(recordSurvey(contextOf(view({ state: 'costs' })), input('satisfied'))).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { state: 'notInFollowUp' } } });
    expect(recordSurvey(contextOf(view({ state: 'reply' })), { ...input('satisfied'), answers: [] })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { answers: 'answersIncomplete' } } });
  });
});

describe('text limits', () => {
  it('long texts are refused as tooLong like the intake, under a field error already there', () => {
    const input = { kind: 'corrective' as const, description: '改'.repeat(10_001), owner: '李'.repeat(61), department: null, dueDate: '2026-12-01' };
    expect(addAction(contextOf(view()), input)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { description: 'tooLong', owner: 'tooLong' } } });
    expect(addAction(contextOf(view()), { ...input, description: '改'.repeat(10_000), owner: '李'.repeat(60) }).ok).toBe(true);
    expect(addReply(contextOf(view()), { repliedAt: 'x', channel: 'email', written: true, text: '复'.repeat(10_001) })).toEqual({
      ok: false,
      refusal: { kind: 'invalid', fieldErrors: { repliedAt: 'required', text: 'tooLong' } },
    });
  });

  it('an edit is checked on the fields it changes only (an older long text does not block it)', () => {
    const old = action({ description: '旧'.repeat(12_000) });
    expect(updateAction(contextOf(view()), old, { owner: '王五' }).ok).toBe(true);
    expect(updateAction(contextOf(view()), old, { description: '新'.repeat(10_001) })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { description: 'tooLong' } } });
  });
});
