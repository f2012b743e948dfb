import { describe, expect, it } from 'vitest';
import {
  addChild,
  approveReport,
  closeReport,
  CORRECTIVE_SPEC,
  MEMBER_SPEC,
  openReport,
  removeChild,
  removeReport,
  reopenReport,
  setContainmentReplied,
  setCorrectiveStatus,
  updateChild,
  updateReport,
} from '../../../../../shared/domain/eightd/commands';
import { view } from '../lifecycle/fixtures';
import { AT, contextOf, shapeOf, signerWith } from '../lifecycle/commands/context';
import { cause, completeBundle, corrective, member, report } from './fixtures';

const ctx = contextOf(view());
const approved = report({ approvedAt: '2026-11-29T10:00:00+08:00', approvedBy: '质量总监' });
const refusedWith = (code: string) => ({ ok: false, refusal: { kind: 'invalid', fieldErrors: { report: code } } });

describe('8D report commands', () => {
  it('opens a report with its number, its containment due after the configured hours, and marks the case', () => {
    const done = openReport(contextOf(view()), ' 外壳开裂 ', { number: '8D20261124001-B', containmentReplyHours: 24, utcOffsetMinutes: 480 });
    expect(shapeOf(done)).toEqual(['eightD:new', 'caseLifecycle:eightDStarted']);
    expect(done.ok && done.value).toMatchObject({ id: 'id1', caseId: 'c1', number: '8D20261124001-B', title: '外壳开裂', openedAt: AT, openedBy: '张三', containmentDueAt: '2026-11-25T10:00:00+08:00' });
    expect(openReport(ctx, 'x'.repeat(10_001), { number: 'n', containmentReplyHours: 24, utcOffsetMinutes: 480 }).ok).toBe(false);
  });

  it('an approved report only takes D8 changes; nothing changed writes nothing', () => {
    expect(updateReport(ctx, approved, { what: '新' })).toEqual(refusedWith('reportApproved'));
    expect(shapeOf(updateReport(ctx, approved, { teamRecognition: '全组嘉奖' }))).toEqual(['eightD:changed']);
    expect(shapeOf(updateReport(ctx, report(), { what: report().what }))).toEqual([]);
    expect(setContainmentReplied(ctx, report({ closedAt: AT }), null)).toEqual(refusedWith('reportClosed'));
    expect(setContainmentReplied(ctx, report(), 'gestern')).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { containmentRepliedAt: 'invalid' } } });
  });

  it('approval by a head of quality when D1–D7 are complete; closure after approval; a signed reopen with a reason clears both', () => {
    const head = contextOf(view(), { signer: signerWith(['qualityHead'], { name: '王部长' }) });
    const signing = { meaning: '批准 8D 报告 8D-1' };
    const done = approveReport(head, completeBundle(), ' 同意 ', signing);
    expect(done.ok && done.value).toMatchObject({ approvedBy: '王部长', approvedAt: AT, approvalComment: '同意' });
    expect(done.ok && done.writes.map((w) => w.entity)).toEqual(['eightD', 'eightDRevision', 'signature']);
    expect(done.ok && done.writes[2]).toMatchObject({ record: { step: 'approveEightD', subjectEntity: 'eightD', clerkId: 'k1', clerkName: '王部长', role: 'qualityHead', meaning: '批准 8D 报告 8D-1', at: AT } });
    const qe = contextOf(view(), { signer: signerWith(['qualityEngineer']) });
    expect(approveReport(qe, completeBundle(), '', signing)).toEqual({ ok: false, refusal: { kind: 'eightDRefused', step: 'approve', missing: [{ discipline: 'D8', code: 'notQualityHead' }] } });
    expect(approveReport(ctx, completeBundle(), '', signing)).toEqual({ ok: false, refusal: { kind: 'eightDRefused', step: 'approve', missing: [{ discipline: 'D8', code: 'notQualityHead' }] } });
    expect(approveReport(head, completeBundle(), '', { meaning: ' ' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { meaning: 'required' } } });
    expect(closeReport(head, report(), signing)).toEqual({ ok: false, refusal: { kind: 'eightDRefused', step: 'close', missing: [{ discipline: 'D8', code: 'approvalMissing', field: 'approvedAt' }] } });
    expect(closeReport(qe, approved, signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'roleMissing' } } });
    const closed = closeReport(head, approved, signing);
    expect(closed.ok && closed.value).toMatchObject({ closedAt: AT, closedBy: '王部长' });
    const reopened = reopenReport(head, { ...approved, closedAt: AT, closedBy: '张三' }, '客户要求补充', { meaning: '修订 8D 报告 8D-1' });
    expect(reopened.ok && reopened.value).toMatchObject({ approvedAt: null, approvedBy: '', closedAt: null, closedBy: '', revision: 1 });
  });

  it('removing the last live report of the case clears its 8D mark', () => {
    expect(shapeOf(removeReport(ctx, report(), 0))).toEqual(['eightD:changed', 'caseLifecycle:eightDStarted']);
    expect(shapeOf(removeReport(ctx, report(), 1))).toEqual(['eightD:changed']);
  });
});

describe('8D child records', () => {
  it('adds a member with defaults and trimmed names; refuses on a frozen report', () => {
    const done = addChild(MEMBER_SPEC, contextOf(view()), report(), { name: ' 李四 ', id: 'mine', deleted: true });
    expect(shapeOf(done)).toEqual(['eightDMember:new']);
    expect(done.ok && done.value).toMatchObject({ id: 'id1', reportId: 'r-1', caseId: 'c-1', name: '李四', role: 'member', organisation: 'internal', deleted: false });
    expect(addChild(MEMBER_SPEC, ctx, approved, { name: '李四' })).toEqual(refusedWith('reportApproved'));
    expect(removeChild(MEMBER_SPEC, ctx, approved, member())).toEqual(refusedWith('reportApproved'));
    expect(shapeOf(updateChild(MEMBER_SPEC, ctx, report(), member(), { contact: ' 139 ' }))).toEqual(['eightDMember:changed']);
  });

  it('a corrective action addresses a live cause of the report, or all causes', () => {
    const input = { causeId: 'x-9', description: '加装报警', owner: '赵六', dueDate: '2026-11-30' };
    expect(addChild(CORRECTIVE_SPEC, ctx, report(), input, [cause()])).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { causeId: 'notFound' } } });
    const added = addChild(CORRECTIVE_SPEC, ctx, report(), { ...input, causeId: 'x-1', status: 'verified' }, [cause()]);
    expect(added.ok && added.value).toMatchObject({ causeId: 'x-1', status: 'planned' });
    expect(addChild(CORRECTIVE_SPEC, ctx, report(), { ...input, causeId: '' }, []).ok).toBe(true);
  });

  it('status steps: implemented keeps the date and clears verification; verified needs its fields', () => {
    const implemented = setCorrectiveStatus(ctx, report(), corrective(), 'implemented');
    expect(implemented.ok && implemented.value).toMatchObject({ status: 'implemented', implementedOn: '2026-11-26', verifiedBy: '', verifiedOn: '' });
    const planned = corrective({ status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' });
    expect(setCorrectiveStatus(ctx, report(), planned, 'verified', { verifiedBy: '李四' }).ok).toBe(false);
    expect(setCorrectiveStatus(ctx, report(), planned, 'done' as never)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { status: 'invalid' } } });
  });
});
