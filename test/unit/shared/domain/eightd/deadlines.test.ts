import { describe, expect, it } from 'vitest';
import { eightDDeadlines } from '../../../../../shared/domain/eightd/deadlines';
import { completeBundle, corrective, emptyBundle } from './fixtures';

const CHINA = 480;
const brief = (list: ReturnType<typeof eightDDeadlines>) => list.map((d) => [d.kind, d.dueAt, d.doneAt, d.late, d.recordId]);

describe('8D deadlines', () => {
  it('an open report: containment due, nothing else without due dates', () => {
    expect(brief(eightDDeadlines(emptyBundle(), CHINA))).toEqual([['eightd_containment', '2026-11-24T10:00:00+08:00', null, false, 'r-1']]);
  });

  it('plain dates are shown as days (byDay); the containment reply is a moment', () => {
    const b = emptyBundle();
    b.report = { ...b.report, rootCauseDueDate: '2026-11-26', closureDueDate: '2026-12-10' };
    expect(eightDDeadlines(b, CHINA).map((d) => [d.kind, d.byDay ?? false])).toEqual([
      ['eightd_containment', false],
      ['eightd_root_cause', true],
      ['eightd_closure', true],
    ]);
  });

  it('plain due dates are due at the end of that day, factory time; open corrective actions each have one', () => {
    const b = emptyBundle();
    b.report = { ...b.report, rootCauseDueDate: '2026-11-26', correctiveDueDate: '2026-12-01', closureDueDate: '2026-12-10' };
    b.correctives = [corrective({ status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' })];
    expect(brief(eightDDeadlines(b, CHINA))).toEqual([
      ['eightd_containment', '2026-11-24T10:00:00+08:00', null, false, 'r-1'],
      ['eightd_root_cause', '2026-11-26T23:59:59+08:00', null, false, 'r-1'],
      ['eightd_corrective', '2026-12-01T23:59:59+08:00', null, false, 'r-1'],
      ['eightd_corrective', '2026-11-30T23:59:59+08:00', null, false, 'a-1'],
      ['eightd_closure', '2026-12-10T23:59:59+08:00', null, false, 'r-1'],
    ]);
  });

  it('met deadlines: containment reply (late when after due), D4 complete, verification dates, closure', () => {
    const b = completeBundle({ containmentRepliedAt: '2026-11-24T11:00:00+08:00', rootCauseDueDate: '2026-11-26', correctiveDueDate: '2026-11-27', closureDueDate: '2026-12-10' });
    expect(brief(eightDDeadlines(b, CHINA))).toEqual([
      ['eightd_containment', '2026-11-24T10:00:00+08:00', '2026-11-24T11:00:00+08:00', true, 'r-1'],
      ['eightd_root_cause', '2026-11-26T23:59:59+08:00', '2026-11-26T23:59:59+08:00', false, 'r-1'],
      ['eightd_corrective', '2026-11-27T23:59:59+08:00', '2026-11-28T23:59:59+08:00', true, 'r-1'],
      ['eightd_corrective', '2026-11-30T23:59:59+08:00', '2026-11-28T23:59:59+08:00', false, 'a-1'],
      ['eightd_closure', '2026-12-10T23:59:59+08:00', null, false, 'r-1'],
    ]);
  });

  it('a closed report has nothing open; a tombstoned one has no deadlines', () => {
    const b = emptyBundle();
    b.report = { ...b.report, rootCauseDueDate: '2026-11-26', closedAt: '2026-12-02T09:00:00+08:00' };
    expect(eightDDeadlines(b, CHINA).every((d) => d.doneAt === '2026-12-02T09:00:00+08:00')).toBe(true);
    expect(eightDDeadlines({ ...b, report: { ...b.report, deleted: true } }, CHINA)).toEqual([]);
  });

  it('skips invalid or missing due dates', () => {
    const b = emptyBundle();
    b.report = { ...b.report, containmentDueAt: '', rootCauseDueDate: 'soon' };
    expect(eightDDeadlines(b, CHINA)).toEqual([]);
  });
});
