// The KPIs that read the issue-17 projection facts (deadlines, 8D, returns,
// surveys, supplier claims) on a few hand-built November 2026 cases, and rows
// of older projections without those facts: counted as unknown, never as 0.
import { describe, expect, it } from 'vitest';
import type { DeadlineFact } from '../../../../../shared/domain/lifecycle/projection';
import { periodRange } from '../../../../../shared/domain/statistics/periods';
import { computeStatistics } from '../../../../../shared/domain/statistics/statistics';
import type { StatsRow } from '../../../../../shared/domain/statistics/rows';
import { row } from './month-fixture';

const HOUR = 3_600_000;
const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
const d = (kind: DeadlineFact['kind'], dueAt: string, doneAt: string | null, recordId?: string): DeadlineFact => ({ kind, dueAt: `${dueAt}+08:00`, doneAt: doneAt && `${doneAt}+08:00`, ...(recordId ? { recordId } : {}) });
const noReturns = { lines: 0, approved: 0, received: 0, linesNotReceived: 0, defectiveFound: 0 };
const noClaims = { count: 0, raisedFen: 0, recoveredFen: 0 };

const ROWS: Record<string, StatsRow> = {
  a: row({
    receivedAt: '2026-11-02T10:00:00+08:00',
    deadlines: [
      d('first_reply', '2026-11-03T10:00:00', '2026-11-03T09:00:00'), // on time
      d('written_reply', '2026-11-05T10:00:00', '2026-11-05T15:00:00'), // 5 h late
      d('closure', '2026-11-15T10:00:00', null), // open: 374 h overdue at 12-01 00:00
      d('follow_up', '2026-12-05T10:00:00', null), // due in December: not counted
    ],
    returns: { lines: 1, approved: 100, received: 98, linesNotReceived: 0, defectiveFound: 7 },
    survey: null,
    supplierClaims: { count: 1, raisedFen: 20_000, recoveredFen: 0 },
  }),
  b: row({
    receivedAt: '2026-11-04T10:00:00+08:00',
    closedAt: '2026-11-10T10:00:00+08:00',
    deadlines: [
      d('first_reply', '2026-11-05T10:00:00', null), // never met, case closed: skipped, not in the rate
      d('closure', '2026-11-17T10:00:00', '2026-11-10T10:00:00'),
      d('eightd_closure', '2026-11-20T17:30:00', '2026-11-09T10:00:00', 'r1'),
      d('eightd_corrective', '2026-11-08T17:30:00', '2026-11-08T10:00:00', 'r1'), // the report's own: not an action
      d('eightd_corrective', '2026-11-07T17:30:00', '2026-11-07T10:00:00', 'a1'),
      d('eightd_corrective', '2026-11-07T17:30:00', null, 'a2'),
    ],
    returns: { lines: 2, approved: 50, received: 20, linesNotReceived: 1, defectiveFound: 3 },
    survey: { surveyedAt: '2026-11-09T10:00:00+08:00', score: 90, satisfied: true },
    supplierClaims: { count: 2, raisedFen: 30_000, recoveredFen: 30_000 },
  }),
  c: row({
    receivedAt: '2026-11-20T10:00:00+08:00',
    deadlines: [d('first_reply', '2026-11-21T10:00:00', null), d('written_reply', '2026-12-03T10:00:00', null)], // 230 h overdue; December
    returns: noReturns,
    survey: { surveyedAt: '2026-11-28T10:00:00+08:00', score: 72, satisfied: false },
    supplierClaims: noClaims,
  }),
  // Older projections: no issue-17 facts. d is active in November, e is not.
  d: row({ receivedAt: '2026-11-06T10:00:00+08:00' }),
  e: row({ receivedAt: '2026-09-01T10:00:00+08:00', closedAt: '2026-10-01T10:00:00+08:00' }),
  // A 7-day return with its goods.
  f: row({ receivedAt: '2026-11-08T10:00:00+08:00', countsAsComplaint: false, triage: 'seven_day_return', returns: { lines: 1, approved: 1, received: 1, linesNotReceived: 0, defectiveFound: 0 }, survey: null, supplierClaims: noClaims, deadlines: [] }),
  // Received in October, surveyed and closed in November.
  g: row({ receivedAt: '2026-10-10T10:00:00+08:00', closedAt: '2026-11-05T10:00:00+08:00', deadlines: [], returns: noReturns, survey: { surveyedAt: '2026-11-03T10:00:00+08:00', score: 100, satisfied: true }, supplierClaims: noClaims }),
};
const rows = Object.values(ROWS);

describe('KPIs from the issue-17 facts (November 2026, received basis)', () => {
  const s = computeStatistics(rows, { range: NOV, masterData: [] });
  const kind = (k: DeadlineFact['kind']) => s.deadlines.byKind.find((x) => x.kind === k)!;

  it('on time vs overdue per deadline kind, with average and worst overdue time', () => {
    expect(kind('first_reply')).toEqual({ kind: 'first_reply', onTime: 1, late: 0, openOverdue: 1, notDue: 0, closedWithout: 1, onTimeRate: 0.5, averageOverdueMs: 230 * HOUR, worstOverdueMs: 230 * HOUR });
    expect(kind('written_reply')).toMatchObject({ onTime: 0, late: 1, openOverdue: 0, onTimeRate: 0, averageOverdueMs: 5 * HOUR });
    expect(kind('closure')).toMatchObject({ onTime: 1, openOverdue: 1, onTimeRate: 0.5, worstOverdueMs: 374 * HOUR });
    expect(kind('eightd_corrective')).toMatchObject({ onTime: 2, closedWithout: 1 });
    expect(kind('follow_up')).toMatchObject({ onTime: 0, late: 0, openOverdue: 0, notDue: 0, onTimeRate: null, averageOverdueMs: null });
    expect(s.deadlines.unknownCases).toBe(1); // d; e was closed before November
  });

  it('department answers per answering department (both of a split case; "" when none named yet)', () => {
    const answer = (dueAt: string, doneAt: string | null) => [d('department_answer', dueAt, doneAt)];
    const s2 = computeStatistics(
      [
        row({ receivedAt: '2026-11-02T10:00:00+08:00', departments: ['production', 'quality'], deadlines: answer('2026-11-05T10:00:00', '2026-11-05T12:00:00') }), // 2 h late
        row({ receivedAt: '2026-11-03T10:00:00+08:00', departments: ['quality'], deadlines: answer('2026-11-06T10:00:00', '2026-11-06T09:00:00') }), // on time
        row({ receivedAt: '2026-11-04T10:00:00+08:00', departments: [], deadlines: answer('2026-11-07T10:00:00', null) }), // overdue, none named
      ],
      { range: NOV, masterData: [], nowMs: Date.parse('2026-11-07T12:00:00+08:00') },
    );
    expect(s2.deadlines.byDepartment).toEqual([
      { department: '', onTime: 0, late: 0, openOverdue: 1, notDue: 0, closedWithout: 0, onTimeRate: 0, averageOverdueMs: 2 * HOUR, worstOverdueMs: 2 * HOUR },
      { department: 'production', onTime: 0, late: 1, openOverdue: 0, notDue: 0, closedWithout: 0, onTimeRate: 0, averageOverdueMs: 2 * HOUR, worstOverdueMs: 2 * HOUR },
      { department: 'quality', onTime: 1, late: 1, openOverdue: 0, notDue: 0, closedWithout: 0, onTimeRate: 0.5, averageOverdueMs: 2 * HOUR, worstOverdueMs: 2 * HOUR },
    ]);
    expect(s2.deadlines.byKind.find((k) => k.kind === 'department_answer')).toMatchObject({ onTime: 1, late: 1, openOverdue: 1 });
  });

  it('"now" inside the period: overdue up to now, later dues not yet due', () => {
    const mid = computeStatistics(rows, { range: NOV, masterData: [], nowMs: Date.parse('2026-11-21T12:00:00+08:00') });
    const k = (x: DeadlineFact['kind']) => mid.deadlines.byKind.find((y) => y.kind === x)!;
    expect(k('closure')).toMatchObject({ openOverdue: 1, worstOverdueMs: 146 * HOUR });
    expect(k('first_reply')).toMatchObject({ openOverdue: 1, worstOverdueMs: 2 * HOUR });
  });

  it('8D reports closed and corrective-action completion', () => {
    expect(s.eightD).toEqual({ reports: 1, closed: 1, closedInPeriod: 1, actions: 2, actionsDone: 1, actionCompletionRate: 0.5, unknownCases: 1 });
  });

  it('returns and their quantities; the 7-day returns\' goods apart', () => {
    expect(s.returns).toEqual({ casesWithReturns: 2, lines: 3, approved: 150, received: 118, linesNotReceived: 1, defectiveFound: 10, unknownCases: 1 });
    expect(s.sevenDayReturnGoods).toEqual({ casesWithReturns: 1, lines: 1, approved: 1, received: 1, linesNotReceived: 0, defectiveFound: 0, unknownCases: 0 });
  });

  it('surveys done in November (whenever the complaint came) and the share of satisfied', () => {
    expect(s.surveys.surveyed).toBe(3);
    expect(s.surveys.averageScore).toBeCloseTo((90 + 72 + 100) / 3, 12);
    expect(s.surveys).toMatchObject({ satisfied: 2, unknownCases: 1 });
    expect(s.surveys.satisfiedShare).toBeCloseTo(2 / 3, 12);
  });

  it('supplier claims raised and recovered', () => {
    expect(s.supplierClaims).toEqual({ claims: 3, raisedFen: 50_000, recoveredFen: 30_000, recoveryRate: 0.6, unknownCases: 1 });
  });

  it('only rows of older projections: every fact-based KPI says unknown, none a made-up 0 %', () => {
    const old = computeStatistics([ROWS.d!, ROWS.e!], { range: NOV, masterData: [] });
    expect(old.deadlines.unknownCases).toBe(1);
    expect(old.deadlines.byKind.every((k) => k.onTimeRate === null)).toBe(true);
    expect(old.eightD).toMatchObject({ reports: 0, actionCompletionRate: null, unknownCases: 1 });
    expect(old.returns.unknownCases).toBe(1);
    expect(old.surveys).toEqual({ surveyed: 0, averageScore: null, satisfied: 0, satisfiedShare: null, unknownCases: 1 });
    expect(old.supplierClaims).toMatchObject({ recoveryRate: null, unknownCases: 1 });
  });
});
