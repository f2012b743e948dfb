// The callers of the factory calendar agree with it on a PC in another time
// zone: New York, where 2026-11-30T17:30Z is still Monday 30 November while
// the factory (+08:00) is already in Tuesday 1 December.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { makeRow } from '../../renderer/state/rows';
import { factoryDate, factoryMonth } from '../../../../shared/domain/factory-calendar';
import { createWorkingCalendar } from '../../../../shared/domain/lifecycle/calendar';
import { deadlineStatus } from '../../../../shared/domain/lifecycle/deadlines';
import type { Deadline } from '../../../../shared/domain/lifecycle/deadlines-types';
import { numberingContext } from '../../../../shared/domain/numbering';
import { deadlineBadge } from '../../../../renderer/ui/deadlineView';
import { casesReceivedThisMonth } from '../../../../renderer/features/workbench/countCases';
import { workbenchBuckets } from '../../../../renderer/features/workbench/tasks';
import { EMPTY_FILTERS, filterLedger, indexRow } from '../../../../renderer/state/ledger-filter';

const NOW = Date.parse('2026-11-30T17:30:00Z');
/** The factory's 1 December 18:00, the PC's 1 December 05:00 — "today" only for the factory. */
const DUE_FACTORY_TODAY = '2026-12-01T18:00:00+08:00';
const deadline = (dueAt: string): Deadline => ({ kind: 'first_reply', dueAt, doneAt: null, late: false, departments: [] });

describe('factory day at a boundary where the PC (New York) disagrees', () => {
  it('the PC really is in another zone and on another day', () => {
    const pc = new Date(NOW);
    expect(pc.getTimezoneOffset()).toBe(300);
    expect(pc.getDate()).toBe(30);
    expect(factoryDate(NOW)).toBe('2026-12-01');
    expect(factoryMonth(NOW)).toBe('2026-12');
  });

  it('the workbench counts the factory month and the factory today', () => {
    const rows = [
      indexRow(makeRow(1, { receivedAt: '2026-12-01T00:30:00+08:00', nextDueAt: DUE_FACTORY_TODAY })),
      indexRow(makeRow(2, { receivedAt: '2026-11-30T23:30:00+08:00', nextDueAt: '2026-12-02T09:00:00+08:00' })),
    ];
    expect(casesReceivedThisMonth(rows, NOW)).toEqual({ complaints: 1, sevenDayReturns: 0 });
    const buckets = workbenchBuckets(rows, NOW);
    expect(buckets.dueToday.map((i) => i.row.id)).toEqual([rows[0]!.row.id]);
    expect(buckets.overdue).toEqual([]);
  });

  it("a deadline's 'today' is the factory's on the case page and in the rules", () => {
    expect(deadlineBadge(deadline(DUE_FACTORY_TODAY), NOW)).toBe('dueToday');
    expect(deadlineStatus(deadline(DUE_FACTORY_TODAY), NOW, createWorkingCalendar())).toBe('due_today');
    expect(deadlineBadge(deadline('2026-12-02T00:30:00+08:00'), NOW)).toBe('open');
  });

  it('numbers take the factory month', () => {
    expect(numberingContext(NOW, 'B')).toEqual({ year: 2026, month: 12, day: 1, station: 'B' });
  });

  it('the ledger filter by received date counts factory days', () => {
    const rows = [indexRow(makeRow(1, { receivedAt: '2026-12-01T00:30:00+08:00' })), indexRow(makeRow(2, { receivedAt: '2026-11-30T23:30:00+08:00' }))];
    const december = filterLedger(rows, '', { ...EMPTY_FILTERS, receivedFrom: '2026-12-01' }, NOW);
    expect(december.map((e) => e.row.id)).toEqual([rows[0]!.row.id]);
    const november = filterLedger(rows, '', { ...EMPTY_FILTERS, receivedTo: '2026-11-30' }, NOW);
    expect(november.map((e) => e.row.id)).toEqual([rows[1]!.row.id]);
  });
});
