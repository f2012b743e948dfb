import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../../../shared/domain/lifecycle/calendar';
import { firstWorkday, reportReminder } from '../../../../../shared/domain/statistics/monthly-report';

// The office's calendar with the Chinese holidays: 2026-10-01…07 are National Day holidays, 2026-10-08 a workday.
const calendar = createWorkingCalendar({});
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('the monthly report reminder', () => {
  it('starts on the first workday of the month (after a holiday week), is overdue after the 10th, and stops once issued', () => {
    expect(firstWorkday('2026-10', calendar)).toBe('2026-10-08');
    expect(reportReminder(at('2026-10-07T10:00:00'), new Set(), calendar)).toBeNull();
    expect(reportReminder(at('2026-10-08T08:00:00'), new Set(), calendar)).toEqual({ month: '2026-09', dueDate: '2026-10-10', overdue: false });
    expect(reportReminder(at('2026-10-10T23:59:00'), new Set(), calendar)).toMatchObject({ overdue: false });
    expect(reportReminder(at('2026-10-11T00:00:00'), new Set(), calendar)).toMatchObject({ overdue: true });
    expect(reportReminder(at('2026-10-20T10:00:00'), new Set(['2026-09']), calendar)).toBeNull();
  });

  it('January reminds of December of the year before, by the factory clock', () => {
    // 2025-12-31T16:30Z is 2026-01-01 00:30 at the factory: New Year's Day, a holiday.
    expect(reportReminder(Date.parse('2025-12-31T16:30:00Z'), new Set(), calendar)).toBeNull();
    const first = firstWorkday('2026-01', calendar);
    expect(first > '2026-01-01').toBe(true);
    expect(reportReminder(at(`${first}T09:00:00`), new Set(), calendar)).toMatchObject({ month: '2025-12', dueDate: '2026-01-10' });
  });
});
