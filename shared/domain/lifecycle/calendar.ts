/**
 * The working calendar of the factory: which local dates are workdays, and
 * the working periods of a day. Holidays and make-up workdays (调休) come
 * from the `chinese-days` package data (covers 2004 up to its last year,
 * see CALENDAR_COVERED_YEARS), overridden by the editable table in the
 * settings (HolidayOverride), which wins — for years the package does not
 * cover yet, or corrections. Outside the package's years: Mon–Fri work.
 */
import type { HolidayOverride, WorkingCalendarSettings, WorkingPeriod } from './deadlines-types';

export interface WorkingCalendar {
  /** yyyy-mm-dd (local factory date) → is it a workday? */
  isWorkday(date: string): boolean;
  periods: readonly WorkingPeriod[];
  utcOffsetMinutes: number;
}

export const CHINA_UTC_OFFSET_MINUTES = 480;

/** Builds a calendar from the settings (overrides win over the package). */
export function createWorkingCalendar(settings: Partial<WorkingCalendarSettings> = {}): WorkingCalendar {
  void settings;
  throw new Error('createWorkingCalendar: not implemented yet');
}

export type { HolidayOverride };
