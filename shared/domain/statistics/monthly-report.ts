/**
 * The monthly complaint report (客户投诉案件统计表, seed 003 §九.10: 每月10日前
 * 汇总上月份结案的案件): when it is due and whether the workbench reminds.
 * The report of a month is due by the end of the 10th of the next month;
 * the reminder runs from the first workday of that next month until the
 * report is marked issued (a replicated record: entity 'monthlyReport',
 * id = monthlyReportId(month)). Pure; "now" and the calendar are passed in.
 */
import { factoryDate, factoryMonth } from '../factory-calendar';
import type { WorkingCalendar } from '../lifecycle/calendar';
import type { ClerkRole } from '../clerks/roles';
import { addMonths } from '../shipments/rates';

export interface MonthlyReportIssue {
  id: string;
  /** The month reported, yyyy-mm. */
  month: string;
  /** When it was marked issued (ISO), and by whom. */
  issuedAt: string;
  issuedBy: string;
}

export const REPORT_DUE_DAY = 10;

/** The roles that issue the report and are reminded of it (品质 QE, 品质主管) — and an admin. */
export const REPORT_ISSUER_ROLES: readonly ClerkRole[] = ['qualityEngineer', 'qualityHead', 'admin'];

export const monthlyReportId = (month: string): string => `report|${month}`;

export interface ReportReminder {
  /** The month whose report is due. */
  month: string;
  /** Last day it is due on (yyyy-mm-dd, factory date). */
  dueDate: string;
  overdue: boolean;
}

/** The first workday (yyyy-mm-dd) of a month, by the office's calendar (the 1st when the calendar knows none in the first two weeks). */
export function firstWorkday(month: string, calendar: Pick<WorkingCalendar, 'isWorkday'>): string {
  for (let day = 1; day <= 14; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (calendar.isWorkday(date)) return date;
  }
  return `${month}-01`;
}

/** The reminder to show at `nowMs`, or null (before the first workday of the month, or the last month's report issued). */
export function reportReminder(nowMs: number, issued: ReadonlySet<string>, calendar: Pick<WorkingCalendar, 'isWorkday' | 'utcOffsetMinutes'>): ReportReminder | null {
  const thisMonth = factoryMonth(nowMs, calendar.utcOffsetMinutes);
  const month = addMonths(thisMonth, -1);
  if (issued.has(month)) return null;
  const today = factoryDate(nowMs, calendar.utcOffsetMinutes);
  if (today < firstWorkday(thisMonth, calendar)) return null;
  const dueDate = `${thisMonth}-${String(REPORT_DUE_DAY).padStart(2, '0')}`;
  return { month, dueDate, overdue: today > dueDate };
}
