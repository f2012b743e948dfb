import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, CALENDAR_COVERED_YEARS } from '../../../../../shared/domain/lifecycle/calendar';
import { computeDeadlines, deadlineStatus, doneTimeShown, dueToday, overdueItems } from '../../../../../shared/domain/lifecycle/deadlines';
import type { DeadlineFacts } from '../../../../../shared/domain/lifecycle/deadlines-types';
import { toFactoryIso } from '../../../../../shared/domain/factory-calendar';
import { addWorkingDays, addWorkingMinutes } from '../../../../../shared/domain/lifecycle/working-time';

const cal = createWorkingCalendar();
const at = (iso: string) => Date.parse(iso);
const local = (ms: number) => toFactoryIso(ms, 480);

function facts(over: Partial<DeadlineFacts> = {}): DeadlineFacts {
  return {
    receivedAt: '2026-11-23T10:00:00+08:00', market: 'domestic', severity: 'general', customerDeadlineAt: null,
    callbackAt: null, containmentAt: null, firstReplyAt: null, writtenReplyAt: null, analysisStartedAt: null,
    analysisFinishedAt: null, responsibilityStartedAt: null, responsibilityFinishedAt: null, solutionDoneAt: null, followUpAt: null,
    closedAt: null, departments: [], ...over,
  };
}

describe('working calendar', () => {
  it('knows the package years and the Spring Festival 2026 with its make-up Saturdays', () => {
    expect(CALENDAR_COVERED_YEARS.from).toBe(2004);
    expect(CALENDAR_COVERED_YEARS.to).toBeGreaterThanOrEqual(2026);
    expect(cal.isWorkday('2026-02-14')).toBe(true); // Saturday, 调休
    expect(cal.isWorkday('2026-02-16')).toBe(false); // Monday, holiday
    expect(cal.isWorkday('2026-02-24')).toBe(true);
    expect(cal.isWorkday('2026-11-21')).toBe(false); // plain Saturday
  });
  it('lets overrides win, also for years the package does not cover', () => {
    const c = createWorkingCalendar({ overrides: [{ date: '2026-11-23', kind: 'holiday' }, { date: '2099-01-03', kind: 'workday' }, { date: '2099-01-05', kind: 'holiday' }] });
    expect(c.isWorkday('2026-11-23')).toBe(false);
    expect(c.isWorkday('2099-01-03')).toBe(true); // a Saturday
    expect(c.isWorkday('2099-01-05')).toBe(false); // a Monday
    expect(c.isWorkday('2099-01-06')).toBe(true);
  });
});

describe('working time', () => {
  it('skips lunch, nights and weekends', () => {
    expect(local(addWorkingMinutes(at('2026-11-23T11:00:00+08:00'), 120, cal))).toBe('2026-11-23T14:30:00+08:00');
    expect(local(addWorkingMinutes(at('2026-11-23T17:00:00+08:00'), 120, cal))).toBe('2026-11-24T10:00:00+08:00');
    expect(local(addWorkingMinutes(at('2026-11-23T07:00:00+08:00'), 30, cal))).toBe('2026-11-23T09:00:00+08:00');
    expect(local(addWorkingMinutes(at('2026-11-27T16:30:00+08:00'), 120, cal))).toBe('2026-11-30T09:30:00+08:00'); // Fri → Mon
    expect(local(addWorkingMinutes(at('2026-11-28T10:00:00+08:00'), 60, cal))).toBe('2026-11-30T09:30:00+08:00'); // Sat
  });
  it('counts make-up workdays and skips holidays', () => {
    // Fri 2026-02-13 16:00 + 1 working day: make-up Saturday 02-14 counts.
    expect(local(addWorkingDays(at('2026-02-13T16:00:00+08:00'), 1, cal))).toBe('2026-02-14T16:00:00+08:00');
    // Sat 02-14 16:00 + 1 working day → holidays 02-15..02-23 → Tue 02-24 16:00
    expect(local(addWorkingDays(at('2026-02-14T16:00:00+08:00'), 1, cal))).toBe('2026-02-24T16:00:00+08:00');
  });
  it('does not depend on the offset of the input text', () => {
    expect(local(addWorkingMinutes(at('2026-11-23T03:00:00Z'), 90, cal))).toBe('2026-11-23T14:00:00+08:00'); // 11:00 local: 60 min before lunch, 30 after
  });
});

describe('computeDeadlines', () => {
  it('normal domestic case', () => {
    const d = Object.fromEntries(computeDeadlines(facts(), cal).map((x) => [x.kind, x.dueAt]));
    expect(d).toEqual({
      callback: '2026-11-23T12:00:00+08:00',
      first_reply: '2026-11-24T10:00:00+08:00',
      written_reply: '2026-11-26T10:00:00+08:00',
      closure: '2026-12-06T10:00:00+08:00',
    });
  });
  it('foreign: 17 calendar days; urgent: clock hours and the customer’s shorter deadline', () => {
    const f = computeDeadlines(facts({ market: 'foreign', severity: 'urgent', receivedAt: '2026-11-27T16:00:00+08:00' }), cal);
    const d = Object.fromEntries(f.map((x) => [x.kind, x.dueAt]));
    expect(d.containment).toBe('2026-11-27T20:00:00+08:00');
    expect(d.written_reply).toBe('2026-11-28T16:00:00+08:00');
    expect(d.closure).toBe('2026-12-14T16:00:00+08:00');
    const shorter = computeDeadlines(facts({ severity: 'urgent', customerDeadlineAt: '2026-11-23T18:00:00+08:00' }), cal);
    expect(shorter.find((x) => x.kind === 'written_reply')?.dueAt).toBe('2026-11-23T18:00:00+08:00');
  });
  it('departments and follow-up in working days; done and late', () => {
    const f = computeDeadlines(
      facts({ analysisStartedAt: '2026-11-24T09:00:00+08:00', analysisFinishedAt: '2026-11-30T09:00:00+08:00', departments: ['quality'], solutionDoneAt: '2026-12-01T09:00:00+08:00', callbackAt: '2026-11-23T11:00:00+08:00' }),
      cal,
    );
    const dept = f.find((x) => x.kind === 'department_answer')!;
    expect(dept).toMatchObject({ dueAt: '2026-11-27T09:00:00+08:00', late: true, departments: ['quality'] });
    expect(f.find((x) => x.kind === 'follow_up')?.dueAt).toBe('2026-12-08T09:00:00+08:00');
    expect(f.find((x) => x.kind === 'callback')).toMatchObject({ doneAt: '2026-11-23T11:00:00+08:00', late: false });
  });
  it('a follow-up met by a survey shows its date; a time still ahead of now never shows', () => {
    const f = computeDeadlines(facts({ solutionDoneAt: '2026-12-01T09:00:00+08:00', followUpAt: '2026-12-03T12:00:00+08:00', callbackAt: '2026-11-23T11:00:00+08:00' }), cal);
    const followUp = f.find((x) => x.kind === 'follow_up')!;
    const callback = f.find((x) => x.kind === 'callback')!;
    expect(followUp.doneByDay).toBe(true);
    expect(callback.doneByDay).toBeUndefined();
    const morning = at('2026-12-03T11:27:00+08:00');
    expect(doneTimeShown(followUp, morning)).toBe('date');
    expect(doneTimeShown(callback, morning)).toBe('dateTime');
    // Recorded by another PC with a clock ahead, or typed ahead: shown as a date until the time has come.
    expect(doneTimeShown({ doneAt: '2026-12-03T12:00:00+08:00' }, morning)).toBe('date');
    expect(doneTimeShown({ doneAt: '2026-12-03T12:00:00+08:00' }, at('2026-12-03T12:00:00+08:00'))).toBe('dateTime');
    expect(doneTimeShown({ doneAt: '2026-12-01T12:00:00+08:00', byDay: true }, morning)).toBe('date');
  });
  it('status: overdue, due today, open, done', () => {
    const f = computeDeadlines(facts(), cal);
    const now = at('2026-11-24T09:00:00+08:00');
    expect(overdueItems(f, now).map((x) => x.kind)).toEqual(['callback']);
    expect(dueToday(f, now, cal).map((x) => x.kind)).toEqual(['first_reply']);
    expect(deadlineStatus(f.find((x) => x.kind === 'closure')!, now, cal)).toBe('open');
    expect(deadlineStatus({ ...f[0]!, doneAt: '2026-11-23T12:00:00+08:00' }, now, cal)).toBe('done');
  });
});
