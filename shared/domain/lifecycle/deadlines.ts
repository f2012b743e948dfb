/**
 * Deadline rules (DOMAIN §4). Choices, documented:
 *  - callback: 2 WORKING hours (a callback happens in office hours);
 *  - urgent: containment 4 and written reply 24 CLOCK hours (seed 002 4.1.7
 *    "24小时内"; urgent cases do not wait for Monday), the customer's
 *    shorter deadline wins for the written reply;
 *  - normal: first reply 1, written reply 3 WORKING days (seed 002 4.1.6);
 *    a working day = the working minutes of one day (default 7.5 h), so
 *    Monday 10:00 + 1 working day = Tuesday 10:00;
 *  - departments answer within 3 working days from the start of analysis;
 *  - closure 13 (domestic) / 17 (foreign) CALENDAR days from acceptance
 *    (seed 003: "自总经理室受理起国内13天国外17天内结案" — 天, where the
 *    seeds say 工作日 when they mean working days); acceptance = receivedAt;
 *  - follow-up 5 working days after the solution (seed 002 第八条);
 *  - responsibility decided within 5 WORKING days of entering the step
 *    (settable, 0 = off; seed 000 §四.6 names no count), met when the case
 *    leaves the step — past it the rule gives the missing shares to sales.
 * Pure: the calendar carries the time zone offset; nothing reads the clock.
 */
import type { WorkingCalendar } from './calendar';
import type { Deadline, DeadlineFacts, DeadlineKind, DeadlineRuleSettings, DeadlineStatus } from './deadlines-types';
import { DEFAULT_DEADLINE_RULES } from './deadlines-types';
import { isSameFactoryDay, toFactoryIso } from '../factory-calendar';
import { addCalendarDays, addClockHours, addWorkingDays, addWorkingMinutes } from './working-time';

const ms = (iso: string | null): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

/** Deadlines met by a fact recorded as a plain date: the follow-up survey is entered by its day (stored at noon unless it is today). */
const DONE_BY_DAY: ReadonlySet<DeadlineKind> = new Set(['follow_up']);

/** Every deadline that applies to the case (met ones with doneAt set), in rule order. */
export function computeDeadlines(facts: DeadlineFacts, calendar: WorkingCalendar, rules: DeadlineRuleSettings = DEFAULT_DEADLINE_RULES): Deadline[] {
  const received = ms(facts.receivedAt);
  if (received === null) return [];
  const offset = calendar.utcOffsetMinutes;
  const out: Deadline[] = [];
  const push = (kind: DeadlineKind, due: number, doneAt: string | null, departments: string[] = []) => {
    const done = ms(doneAt);
    const deadline: Deadline = { kind, dueAt: toFactoryIso(due, offset), doneAt: done === null ? null : doneAt, late: done !== null && done > due, departments };
    if (done !== null && DONE_BY_DAY.has(kind)) deadline.doneByDay = true;
    out.push(deadline);
  };
  const firstContact = facts.callbackAt ?? facts.firstReplyAt;
  push('callback', addWorkingMinutes(received, rules.callbackWorkingHours * 60, calendar), firstContact);
  if (facts.severity === 'urgent') {
    push('containment', addClockHours(received, rules.urgentContainmentHours), facts.containmentAt);
    let written = addClockHours(received, rules.urgentWrittenReplyHours);
    const customer = ms(facts.customerDeadlineAt);
    if (customer !== null && customer < written) written = customer;
    push('written_reply', written, facts.writtenReplyAt);
  } else {
    push('first_reply', addWorkingDays(received, rules.normalFirstReplyWorkingDays, calendar), facts.firstReplyAt);
    push('written_reply', addWorkingDays(received, rules.normalWrittenReplyWorkingDays, calendar), facts.writtenReplyAt);
  }
  const analysis = ms(facts.analysisStartedAt);
  if (analysis !== null) push('department_answer', addWorkingDays(analysis, rules.departmentAnswerWorkingDays, calendar), facts.analysisFinishedAt, facts.departments);
  const responsibility = ms(facts.responsibilityStartedAt);
  if (responsibility !== null && rules.responsibilityWorkingDays > 0) {
    push('responsibility', addWorkingDays(responsibility, rules.responsibilityWorkingDays, calendar), facts.responsibilityFinishedAt);
    const warnDays = Math.max(0, rules.responsibilityWorkingDays - rules.responsibilityReminderWorkingDays);
    out[out.length - 1]!.warnAt = toFactoryIso(addWorkingDays(responsibility, warnDays, calendar), offset);
  }
  const closureDays = facts.market === 'foreign' ? rules.closureDaysForeign : rules.closureDaysDomestic;
  push('closure', addCalendarDays(received, closureDays), facts.closedAt);
  const solution = ms(facts.solutionDoneAt);
  if (solution !== null) push('follow_up', addWorkingDays(solution, rules.followUpWorkingDays, calendar), facts.followUpAt);
  return out;
}

/**
 * How a met deadline shows when it was met: 'date' when it was met by a plain
 * date, or when its stored time is still ahead of `nowMs` (a time never reads
 * as done in the future), else 'dateTime'.
 */
export function doneTimeShown(deadline: Pick<Deadline, 'doneAt' | 'byDay' | 'doneByDay'>, nowMs: number): 'date' | 'dateTime' {
  if (deadline.byDay || deadline.doneByDay) return 'date';
  const done = ms(deadline.doneAt);
  return done !== null && done > nowMs ? 'date' : 'dateTime';
}

/** Status of one deadline at `nowMs`: done, overdue, due_today (open, due on today's factory-local date) or open. */
export function deadlineStatus(deadline: Deadline, nowMs: number, calendar: WorkingCalendar): DeadlineStatus {
  if (deadline.doneAt !== null) return 'done';
  const due = Date.parse(deadline.dueAt);
  if (due < nowMs) return 'overdue';
  return isSameFactoryDay(due, nowMs, calendar.utcOffsetMinutes) ? 'due_today' : 'open';
}

/** Open deadlines past due at `nowMs`. */
export function overdueItems(deadlines: readonly Deadline[], nowMs: number): Deadline[] {
  return deadlines.filter((d) => d.doneAt === null && Date.parse(d.dueAt) < nowMs);
}

/** Open deadlines due today (factory-local date of nowMs) and not yet overdue. */
export function dueToday(deadlines: readonly Deadline[], nowMs: number, calendar: WorkingCalendar): Deadline[] {
  return deadlines.filter((d) => deadlineStatus(d, nowMs, calendar) === 'due_today');
}
