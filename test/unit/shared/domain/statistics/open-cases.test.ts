import { describe, expect, it } from 'vitest';
import { openCasesAtEnd } from '../../../../../shared/domain/statistics/open-cases';
import { periodRange } from '../../../../../shared/domain/statistics/periods';
import { computeStatistics } from '../../../../../shared/domain/statistics/statistics';
import { MASTER, NOVEMBER } from './month-fixture';

const HOUR = 3_600_000;
const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
const rows = Object.entries(NOVEMBER).map(([caseNumber, r]) => ({ ...r, caseNumber }));

describe('complaints open at the end of a period', () => {
  it('lists those received before the end and not closed before it: the overdue ones first, most overdue first, then by due', () => {
    const open = openCasesAtEnd(rows, NOV, NOV.to);
    // r13 closed in December is still open at the end of November; r9 at 23:30 on the 30th is due in December; r10 is December's.
    expect(open.map((c) => c.row.caseNumber)).toEqual(['r8', 'r11', 'r13', 'r9']);
    expect(open.map((c) => (c.overdueMs === null ? null : c.overdueMs / HOUR))).toEqual([566, 182, 86, null]);
  });

  it('agrees with the statistics: its overdue ones are closure.openOverdue, at the end of the period and at an earlier "now"', () => {
    for (const now of [NOV.to, Date.parse('2026-11-24T10:00:00+08:00')]) {
      const s = computeStatistics(rows, { range: NOV, masterData: MASTER, nowMs: now });
      const overdue = openCasesAtEnd(rows, NOV, now).filter((c) => c.overdueMs !== null);
      expect(overdue.length).toBe(s.closure.openOverdue);
      expect(Math.max(...overdue.map((c) => c.overdueMs!))).toBe(s.closure.worstOverdueMs);
    }
  });

  it('names the other deadlines past due and not done at the cut-off', () => {
    const r = { ...rows.find((x) => x.caseNumber === 'r11')!, deadlines: [
      { kind: 'first_reply' as const, dueAt: '2026-11-10T12:00:00+08:00', doneAt: null },
      { kind: 'written_reply' as const, dueAt: '2026-11-12T10:00:00+08:00', doneAt: '2026-11-11T10:00:00+08:00' },
      { kind: 'follow_up' as const, dueAt: '2026-12-10T10:00:00+08:00', doneAt: null },
      { kind: 'closure' as const, dueAt: '2026-11-23T10:00:00+08:00', doneAt: null },
    ] };
    expect(openCasesAtEnd([r], NOV, NOV.to)[0]!.otherOverdue).toEqual(['first_reply']);
  });
});
