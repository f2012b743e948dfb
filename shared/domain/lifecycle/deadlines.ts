/**
 * Deadline rules (DOMAIN §4) — see deadlines-types.ts for each rule and the
 * choices (clock hours for urgent, working time for the rest, calendar days
 * for closure). Pure: time zone by explicit offset, calendar passed in.
 */
import type { WorkingCalendar } from './calendar';
import type { Deadline, DeadlineFacts, DeadlineRuleSettings, DeadlineStatus } from './deadlines-types';
import { DEFAULT_DEADLINE_RULES } from './deadlines-types';

/** Every deadline that applies to the case (met ones with doneAt set). */
export function computeDeadlines(facts: DeadlineFacts, calendar: WorkingCalendar, rules: DeadlineRuleSettings = DEFAULT_DEADLINE_RULES): Deadline[] {
  void facts;
  void calendar;
  void rules;
  throw new Error('computeDeadlines: not implemented yet');
}

/** Status of one deadline at `nowMs` (due_today = open and due on the factory-local date of now). */
export function deadlineStatus(deadline: Deadline, nowMs: number, calendar: WorkingCalendar): DeadlineStatus {
  void deadline;
  void nowMs;
  void calendar;
  throw new Error('deadlineStatus: not implemented yet');
}

/** Open deadlines past due at `nowMs`. */
export function overdueItems(deadlines: readonly Deadline[], nowMs: number): Deadline[] {
  return deadlines.filter((d) => d.doneAt === null && Date.parse(d.dueAt) < nowMs);
}
