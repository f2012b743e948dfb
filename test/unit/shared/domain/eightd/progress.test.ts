import { describe, expect, it } from 'vitest';
import { approvalMissing, closureMissing, editRefusal } from '../../../../../shared/domain/eightd/guards';
import { disciplineProgress } from '../../../../../shared/domain/eightd/progress';
import type { EightDBundle } from '../../../../../shared/domain/eightd/records';
import { cause, completeBundle, corrective, emptyBundle, member } from './fixtures';

const codes = (b: EightDBundle) => Object.fromEntries(disciplineProgress(b).map((p) => [p.discipline, p.missing.map((m) => m.field ? `${m.code}:${m.field}` : m.code)]));

describe('8D progress per discipline', () => {
  it('an empty report lacks everything', () => {
    expect(codes(emptyBundle())).toEqual({
      D1: ['leaderMissing:role', 'memberMissing'],
      D2: ['required:customerDescription', 'required:what', 'required:where', 'required:when', 'required:howMany', 'required:occurrence'],
      D3: ['containmentActionMissing', 'containmentReplyMissing:containmentRepliedAt'],
      D4: ['occurrenceRootCauseMissing', 'escapeRootCauseMissing'],
      D5: ['correctiveActionMissing'],
      D6: ['correctiveActionMissing'],
      D7: ['preventionMissing'],
      D8: ['approvalMissing:approvedAt', 'closureMissing:closedAt'],
    });
  });

  it('the complete fixture has D1–D7 complete and D8 open', () => {
    const progress = disciplineProgress(completeBundle());
    expect(progress.map((p) => p.complete)).toEqual([true, true, true, true, true, true, true, false]);
    expect(disciplineProgress(completeBundle({ approvedAt: '2026-12-01T10:00:00+08:00', closedAt: '2026-12-01T11:00:00+08:00' })).every((p) => p.complete)).toBe(true);
  });

  it('D1: a leader alone is not a team; a member without a leader lacks the leader; tombstoned members do not count', () => {
    const b = completeBundle();
    expect(codes({ ...b, members: [member()] }).D1).toEqual(['memberMissing']);
    expect(codes({ ...b, members: [member({ role: 'member' })] }).D1).toEqual(['leaderMissing:role']);
    expect(codes({ ...b, members: [member(), member({ id: 'm-2', role: 'member', deleted: true })] }).D1).toEqual(['memberMissing']);
  });

  it('D3: an action needs counts', () => {
    const b = completeBundle();
    expect(codes({ ...b, containment: [{ ...b.containment[0]!, quantityInspected: 0, quantityDefective: 0 }] }).D3).toEqual(['containmentCountsMissing:quantityInspected']);
  });

  it('D4: a root cause for occurrence AND escape, each verified with whys', () => {
    const b = completeBundle();
    expect(codes({ ...b, causes: [b.causes[0]!] }).D4).toEqual(['escapeRootCauseMissing']);
    expect(codes({ ...b, causes: [b.causes[0]!, cause({ id: 'x-3', analysis: 'escape', isRootCause: false })] }).D4).toEqual(['escapeRootCauseMissing']);
    const p = disciplineProgress({ ...b, causes: [b.causes[0]!, cause({ id: 'x-3', analysis: 'escape', whys: [], verification: ' ' })] })[3]!;
    expect(p.missing).toEqual([
      { discipline: 'D4', code: 'whysMissing', field: 'whys', recordId: 'x-3' },
      { discipline: 'D4', code: 'rootCauseNotVerified', field: 'verification', recordId: 'x-3' },
    ]);
  });

  it('D6: every live corrective action verified', () => {
    const b = completeBundle();
    const open = corrective({ id: 'a-2', status: 'implemented', verificationResult: '', verifiedBy: '', verifiedOn: '' });
    expect(disciplineProgress({ ...b, correctives: [...b.correctives, open] })[5]!.missing).toEqual([{ discipline: 'D6', code: 'correctiveNotVerified', field: 'status', recordId: 'a-2' }]);
    expect(disciplineProgress({ ...b, correctives: [...b.correctives, { ...open, deleted: true }] })[5]!.complete).toBe(true);
    expect(codes({ ...b, correctives: [] }).D5).toEqual(['correctiveActionMissing']);
  });
});

describe('8D guards', () => {
  it('a quality head (a clerk whose role signs it) approves a complete report', () => {
    expect(approvalMissing(completeBundle(), true)).toEqual([]);
  });

  it('refuses with the reasons: incomplete disciplines, unverified D6 actions, not a quality head', () => {
    const b = completeBundle();
    const open = corrective({ id: 'a-2', status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' });
    expect(approvalMissing({ ...b, prevention: [], correctives: [...b.correctives, open] }, false).map((m) => `${m.discipline}:${m.code}`)).toEqual([
      'D6:correctiveNotVerified',
      'D7:preventionMissing',
      'D8:notQualityHead',
    ]);
  });

  it('approval once; closure needs approval, once', () => {
    const approved = completeBundle({ approvedAt: '2026-12-01T10:00:00+08:00', approvedBy: '质量部长' });
    expect(approvalMissing(approved, true)).toEqual([{ discipline: 'D8', code: 'alreadyApproved' }]);
    expect(closureMissing(completeBundle().report)).toEqual([{ discipline: 'D8', code: 'approvalMissing', field: 'approvedAt' }]);
    expect(closureMissing(approved.report)).toEqual([]);
    const closed = { ...approved.report, closedAt: '2026-12-01T11:00:00+08:00' };
    expect(closureMissing(closed)).toEqual([{ discipline: 'D8', code: 'alreadyClosed' }]);
    expect(editRefusal(completeBundle().report)).toBeNull();
    expect(editRefusal(approved.report)).toBe('reportApproved');
    expect(editRefusal(closed)).toBe('reportClosed');
  });
});
