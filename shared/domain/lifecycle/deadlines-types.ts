/**
 * Types of the deadline rules (DOMAIN §4) and the working calendar.
 * Implementation: calendar.ts (holidays), working-time.ts (arithmetic),
 * deadlines.ts (the rules).
 */
import type { Market } from '../case';
import type { Severity } from './triage';

/** An override of the holiday package: this date is a holiday or a (make-up, 调休) workday. */
export interface HolidayOverride {
  /** yyyy-mm-dd */
  date: string;
  kind: 'holiday' | 'workday';
  note?: string;
}

/** Working hours of a day as periods of "HH:MM" local time. Default 08:30–12:00, 13:30–17:30 (7.5 h). */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface WorkingCalendarSettings {
  periods: WorkingPeriod[];
  overrides: HolidayOverride[];
  /** Minutes east of UTC of the factory (default FACTORY_UTC_OFFSET_MINUTES, ../factory-calendar.ts). */
  utcOffsetMinutes: number;
}

export const DEADLINE_KINDS = [
  /** 2 working hours after receipt: call the customer back. */
  'callback',
  /** urgent: containment within 4 clock hours. */
  'containment',
  /** normal: first reply within 1 working day. */
  'first_reply',
  /** urgent: 24 clock hours (or the customer's shorter deadline); normal: 3 working days. */
  'written_reply',
  /** Analysis by the responsible departments: 3 working days from the start of analysis. */
  'department_answer',
  /**
   * Responsibility decided (责任判定) within responsibilityWorkingDays working days of the case
   * entering the responsibility step; past it, the shares still missing go to sales by rule
   * (seed 000 §四.6, responsibility-rule.ts). Not applied when the setting is 0.
   */
  'responsibility',
  /** Closure: 13 (domestic) / 17 (foreign) CALENDAR days from acceptance (seed 003: 国内13天国外17天). */
  'closure',
  /** Follow-up visit: 5 working days after the solution is carried out. */
  'follow_up',
  // 8D reports (issue 6; shared/domain/eightd/deadlines.ts).
  /** D3: containment replied to the customer within settings.eightD.containmentReplyHours clock hours of opening. */
  'eightd_containment',
  /** D4: root cause found by the report's rootCauseDueDate. */
  'eightd_root_cause',
  /** D5/D6: the report's correctiveDueDate, and the due date of each corrective action (recordId). */
  'eightd_corrective',
  /** D8: the report closed by its closureDueDate. */
  'eightd_closure',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** What the deadline rules look at (built from the case by the repository). */
export interface DeadlineFacts {
  /** Acceptance time = receivedAt of the case. */
  receivedAt: string;
  market: Market;
  severity: Severity | null;
  /** Customer's own written-reply deadline, used when shorter (urgent). */
  customerDeadlineAt: string | null;
  callbackAt: string | null;
  containmentAt: string | null;
  /** First reply of any kind to the customer. */
  firstReplyAt: string | null;
  /** First written reply. */
  writtenReplyAt: string | null;
  /** When analysis started (transition into analysis) — departments answer from then. */
  analysisStartedAt: string | null;
  /** When analysis was finished (left analysis). */
  analysisFinishedAt: string | null;
  /** When the current round entered the responsibility step (its first transition into it). */
  responsibilityStartedAt: string | null;
  /** When the current round left the responsibility step (its latest transition out of it). */
  responsibilityFinishedAt: string | null;
  /** When the solution was carried out (corrective actions finished) — follow-up counts from then. */
  solutionDoneAt: string | null;
  followUpAt: string | null;
  closedAt: string | null;
  /** Department(s) the department_answer deadline belongs to (for "by department"). */
  departments: string[];
}

export interface DeadlineRuleSettings {
  callbackWorkingHours: number;
  urgentContainmentHours: number;
  urgentWrittenReplyHours: number;
  normalFirstReplyWorkingDays: number;
  normalWrittenReplyWorkingDays: number;
  departmentAnswerWorkingDays: number;
  closureDaysDomestic: number;
  closureDaysForeign: number;
  followUpWorkingDays: number;
  /** Working days to decide responsibility before the missing shares go to sales by rule; 0 = the rule is off. */
  responsibilityWorkingDays: number;
  /** The rule is announced (workbench, case page) this many working days before it applies. */
  responsibilityReminderWorkingDays: number;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRuleSettings = {
  callbackWorkingHours: 2,
  urgentContainmentHours: 4,
  urgentWrittenReplyHours: 24,
  normalFirstReplyWorkingDays: 1,
  normalWrittenReplyWorkingDays: 3,
  departmentAnswerWorkingDays: 3,
  closureDaysDomestic: 13,
  closureDaysForeign: 17,
  followUpWorkingDays: 5,
  // Seed 000 §四.6 names no day count ("呆滞时间过长"): a working week, settable.
  responsibilityWorkingDays: 5,
  responsibilityReminderWorkingDays: 1,
};

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date-time with the factory offset, e.g. 2026-11-24T10:30:00+08:00. */
  dueAt: string;
  /** When it was met, or null while open. */
  doneAt: string | null;
  /** Met after dueAt. */
  late: boolean;
  departments: string[];
  /** The record the deadline belongs to when it is not the case itself (an 8D report or one of its corrective actions). */
  recordId?: string;
  /** Due and met by the day, not the moment (plain due dates, actions verified on a date): shown as dates, without a time. */
  byDay?: boolean;
  /** When the clerk is warned that the deadline comes (the responsibility rule's reminder); absent = no warning before it. */
  warnAt?: string;
  /** Met by a plain date (the follow-up survey is recorded by its day): doneAt is shown as a date, never a made-up time. */
  doneByDay?: boolean;
}

export type DeadlineStatus = 'done' | 'overdue' | 'due_today' | 'open';
