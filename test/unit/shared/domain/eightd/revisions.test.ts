/**
 * 8D revisions (issue 19.6): the first approval issues Rev.0, a signed
 * re-open with a reason raises Rev.1, Rev.2 …; each approval freezes its
 * revision; the revision table; an earlier revision exports as it was.
 */
import { describe, expect, it } from 'vitest';
import { approveReport, reopenReport } from '../../../../../shared/domain/eightd/commands';
import type { EightD, EightDBundle, EightDRevision } from '../../../../../shared/domain/eightd/records';
import { approvedRevisions, currentRevision, revisionLabel, revisionRows } from '../../../../../shared/domain/eightd/revisions';
import type { CaseWrite, CommandContext } from '../../../../../shared/domain/lifecycle/commands/command';
import { eightDReportData, revisionSource, type EightDReportSource } from '../../../../../shared/report/data';
import { view } from '../lifecycle/fixtures';
import { AT, contextOf, signerWith, writesOf } from '../lifecycle/commands/context';
import { check, completeBundle, report } from './fixtures';

const head = (at = AT): CommandContext => contextOf(view(), { at, signer: signerWith(['qualityHead'], { name: '王部长' }) });
const signing = { meaning: '修订 8D 报告' };
const recordOf = <E extends CaseWrite['entity']>(writes: CaseWrite[], entity: E) => writes.find((w) => w.entity === entity) as Extract<CaseWrite, { entity: E }>;

/** Approves `bundle` at `at` and returns the approved report and its frozen revision. */
function approve(bundle: EightDBundle, at: string, photoIds: string[] = []): { report: EightD; revision: EightDRevision } {
  const writes = writesOf(approveReport(head(at), bundle, '同意', { meaning: '批准' }, photoIds));
  return { report: recordOf(writes, 'eightD').record, revision: recordOf(writes, 'eightDRevision').record };
}

function reopen(existing: EightD, reason: string, at: string): EightD {
  return recordOf(writesOf(reopenReport(head(at), existing, reason, signing)), 'eightD').record;
}

describe('revision numbering', () => {
  it('a report stored before revisions is Rev.0; labels read Rev.n', () => {
    expect(currentRevision(report())).toBe(0);
    expect(currentRevision(report({ revision: 2 }))).toBe(2);
    expect(currentRevision({ revision: -1 })).toBe(0);
    expect(revisionLabel(3)).toBe('Rev.3');
  });

  it('the first approval issues Rev.0 (initial issue, no reason); re-opening raises Rev.1 with its reason; the next approval issues Rev.1', () => {
    const first = approve(completeBundle(), '2026-11-28T07:00:00.000Z', ['photo-1']);
    expect(first.revision).toMatchObject({ revision: 0, reason: '', raisedAt: null, raisedBy: '', approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长', reportId: 'r-1', caseId: 'c-1', deleted: false });
    expect(first.revision.snapshot.report).toMatchObject({ approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长', approvalComment: '同意' });
    expect(first.revision.snapshot.photoIds).toEqual(['photo-1']);

    const reopened = reopen(first.report, ' 客户要求补充举一反三 ', '2026-12-01T02:00:00.000Z');
    expect(reopened).toMatchObject({ revision: 1, revisionReason: '客户要求补充举一反三', revisionRaisedAt: '2026-12-01T02:00:00.000Z', revisionRaisedBy: '王部长', approvedAt: null, approvedBy: '', closedAt: null });

    const second = approve({ ...completeBundle(), report: reopened }, '2026-12-03T02:00:00.000Z');
    expect(second.revision).toMatchObject({ revision: 1, reason: '客户要求补充举一反三', raisedAt: '2026-12-01T02:00:00.000Z', raisedBy: '王部长', approvedAt: '2026-12-03T02:00:00.000Z' });
    expect(currentRevision(reopen(second.report, '第二次修订', '2026-12-05T02:00:00.000Z'))).toBe(2);
  });

  it('re-opening is signed by those who approve, as a step of its own, and leaves the signature beside the report', () => {
    const approved = report({ approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长' });
    const writes = writesOf(reopenReport(head(), approved, '客户要求', signing));
    expect(writes.map((w) => w.entity)).toEqual(['eightD', 'signature']);
    expect(recordOf(writes, 'signature').record).toMatchObject({ step: 'reopenEightD', subjectEntity: 'eightD', subjectId: 'r-1', role: 'qualityHead', meaning: '修订 8D 报告' });
    const qe = contextOf(view(), { signer: signerWith(['qualityEngineer']) });
    expect(reopenReport(qe, approved, '客户要求', signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'roleMissing' } } });
    expect(reopenReport(contextOf(view()), approved, '客户要求', signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { signer: 'notSignedIn' } } });
  });

  it('re-open without a reason is refused; a report not approved is refused', () => {
    const approved = report({ approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长' });
    expect(reopenReport(head(), approved, '', signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'required' } } });
    expect(reopenReport(head(), approved, '   ', signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'required' } } });
    expect(reopenReport(head(), approved, undefined, signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'required' } } });
    expect(reopenReport(head(), approved, 'x'.repeat(501), signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reason: 'tooLong' } } });
    expect(reopenReport(head(), report(), '客户要求', signing)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { report: 'notApproved' } } });
  });

  it('the snapshot is a copy: editing the live lists after approval does not change it', () => {
    const bundle = { ...completeBundle(), checks: [check({ result: 'checked', checkedBy: '李四', checkedOn: '2026-11-25' })] };
    const { revision } = approve(bundle, '2026-11-28T07:00:00.000Z');
    bundle.members[0]!.name = '改名';
    bundle.checks[0]!.note = '后来写的';
    expect(revision.snapshot.members[0]!.name).toBe('李四');
    expect(revision.snapshot.checks[0]!.note).toBe('');
  });
});

describe('the revision table', () => {
  const rev = (revision: number, over: Partial<EightDRevision> = {}): EightDRevision => ({
    id: `v${revision}`, reportId: 'r-1', caseId: 'c-1', revision, reason: revision === 0 ? '' : `原因 ${revision}`, raisedAt: revision === 0 ? null : `2026-12-0${revision}T02:00:00.000Z`,
    raisedBy: revision === 0 ? '' : '王部长', approvedAt: `2026-12-0${revision + 1}T08:00:00.000Z`, approvedBy: '王部长', snapshot: { ...completeBundle(), photoIds: [] }, deleted: false, ...over,
  });

  it('lists the approved revisions (Rev.0 dated and signed by its approval), then the one in work', () => {
    const inWork = report({ revision: 2, revisionReason: '第二次', revisionRaisedAt: '2026-12-05T02:00:00.000Z', revisionRaisedBy: '赵主管' });
    expect(revisionRows(inWork, [rev(1), rev(0)])).toEqual([
      { revision: 0, date: '2026-12-01T08:00:00.000Z', reason: '', by: '王部长', approvedAt: '2026-12-01T08:00:00.000Z', approvedBy: '王部长' },
      { revision: 1, date: '2026-12-01T02:00:00.000Z', reason: '原因 1', by: '王部长', approvedAt: '2026-12-02T08:00:00.000Z', approvedBy: '王部长' },
      { revision: 2, date: '2026-12-05T02:00:00.000Z', reason: '第二次', by: '赵主管', approvedAt: null, approvedBy: '' },
    ]);
  });

  it('as of an earlier revision: only the revisions up to it; a never-approved Rev.0 has no rows; other reports and tombstones are left out', () => {
    const inWork = report({ revision: 2 });
    expect(revisionRows(inWork, [rev(0), rev(1)], 0).map((r) => r.revision)).toEqual([0]);
    expect(revisionRows(report(), [])).toEqual([]);
    expect(revisionRows(report(), [rev(0, { reportId: 'other' }), rev(0, { id: 'gone', deleted: true })])).toEqual([]);
  });

  it('one row per revision: two PCs approving the same revision apart keep the later approval', () => {
    const early = rev(0, { id: 'a', approvedAt: '2026-12-01T08:00:00.000Z', approvedBy: '甲' });
    const late = rev(0, { id: 'b', approvedAt: '2026-12-01T09:00:00.000Z', approvedBy: '乙' });
    expect(approvedRevisions([late, early], 'r-1').map((r) => r.approvedBy)).toEqual(['乙']);
    expect(approvedRevisions([early, late], 'r-1').map((r) => r.approvedBy)).toEqual(['乙']);
  });
});

describe('exporting an earlier revision', () => {
  it('gives the content frozen at its approval (report fields, lists, photos), with the revision table as of it', () => {
    const first = approve({ ...completeBundle(), checks: [check({ result: 'notAffected', checkedBy: '李四', checkedOn: '2026-11-25' })] }, '2026-11-28T07:00:00.000Z', ['photo-old']);
    const reopened = reopen(first.report, '客户要求改写问题描述', '2026-12-01T02:00:00.000Z');
    const live: EightDBundle = { ...completeBundle(), report: { ...reopened, what: '改写后的问题' }, checks: [] };
    const photo = (id: string) => ({ attachment: { id, caseId: 'c-1', ownerId: 'r-1/D2', fileName: `${id}.png`, mimeType: 'image/png', size: 1, sha256: id, thumbnailSha256: null, addedAt: AT, addedBy: '', deleted: false }, bytes: new Uint8Array([1]) });
    const src: EightDReportSource = {
      case: { id: 'c-1', caseNumber: '2611-B-001' } as EightDReportSource['case'],
      bundle: live,
      revisions: [first.revision],
      photos: [photo('photo-old'), photo('photo-new')],
      companyName: '',
      logoDataUrl: '',
      now: AT,
      user: '李娜',
    };
    const current = eightDReportData(src);
    expect(current.eightD.report.what).toBe('改写后的问题');
    expect(current.revisions.map((r) => [r.revision, r.approvedAt])).toEqual([[0, '2026-11-28T07:00:00.000Z'], [1, null]]);

    const old = eightDReportData(revisionSource(src, 0)!);
    expect(old.eightD.report).toMatchObject({ what: '外壳开裂', approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长', revision: 0 });
    expect(old.eightD.checks.map((c) => c.result)).toEqual(['notAffected']);
    expect(old.photos.map((p) => p.fileName)).toEqual(['photo-old.png']);
    expect(old.revisions.map((r) => r.revision)).toEqual([0]);
    expect(revisionSource(src, 1)).toBeUndefined();
  });
});
