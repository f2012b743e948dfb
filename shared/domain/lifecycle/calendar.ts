/**
 * The working calendar of the factory: which local dates are workdays, and
 * the working periods of a day. Holidays and make-up workdays (调休) come
 * from the data of the `chinese-days` package (pure JSON; covers
 * CALENDAR_COVERED_YEARS — 2004 up to the last year it ships), overridden by
 * the editable table in the settings (HolidayOverride), which always wins:
 * for years the package does not cover yet, or corrections. Outside the
 * package's years without overrides: Monday–Friday are workdays.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { FACTORY_UTC_OFFSET_MINUTES } from '../factory-calendar';
import type { HolidayOverride, WorkingCalendarSettings, WorkingPeriod } from './deadlines-types';

export interface WorkingCalendar {
  /** yyyy-mm-dd (local factory date) → is it a workday? */
  isWorkday(date: string): boolean;
  /** Working periods of a workday, ascending. */
  periods: readonly WorkingPeriod[];
  /** Minutes east of UTC of the factory (default FACTORY_UTC_OFFSET_MINUTES). */
  utcOffsetMinutes: number;
}

export const DEFAULT_PERIODS: readonly WorkingPeriod[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
const packageYears = Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)));

/** First and last year the chinese-days package knows holidays for. */
export const CALENDAR_COVERED_YEARS = { from: Math.min(...packageYears), to: Math.max(...packageYears) };

/** Day of week of a yyyy-mm-dd date (0 = Sunday), independent of the machine's time zone. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Is a date covered by the package data or an override of the same year? */
export function isYearCovered(year: number, overrides: readonly HolidayOverride[] = []): boolean {
  return (year >= CALENDAR_COVERED_YEARS.from && year <= CALENDAR_COVERED_YEARS.to) || overrides.some((o) => o.date.startsWith(`${year}-`));
}

/** Builds a calendar from the settings (overrides win over the package). */
export function createWorkingCalendar(settings: Partial<WorkingCalendarSettings> = {}): WorkingCalendar {
  const overrides = new Map<string, HolidayOverride['kind']>();
  for (const o of settings.overrides ?? []) overrides.set(o.date, o.kind);
  const periods = [...(settings.periods ?? DEFAULT_PERIODS)].sort((a, b) => (a.start < b.start ? -1 : 1));
  return {
    isWorkday(date) {
      const override = overrides.get(date);
      if (override) return override === 'workday';
      if (date in data.holidays) return false;
      if (date in data.workdays) return true;
      const day = weekday(date);
      return day !== 0 && day !== 6;
    },
    periods,
    utcOffsetMinutes: settings.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES,
  };
}
