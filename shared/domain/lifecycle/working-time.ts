/**
 * Working-time arithmetic on a WorkingCalendar: add working minutes (skipping
 * nights, lunch breaks, weekends, holidays; counting make-up workdays).
 * Instants are epoch ms; days are the factory's (../factory-calendar.ts with
 * calendar.utcOffsetMinutes), never the machine's time zone.
 */
import { factoryDate, factoryDayRange } from '../factory-calendar';
import type { WorkingCalendar } from './calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;

function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Working minutes of one workday (default 450 = 7.5 h). */
export function minutesPerWorkday(calendar: WorkingCalendar): number {
  return calendar.periods.reduce((sum, p) => sum + hhmmToMinutes(p.end) - hhmmToMinutes(p.start), 0);
}

/**
 * The instant `minutes` working minutes after `startMs`. Time before the
 * first period, in breaks, at night or on non-working days does not count,
 * so a complaint received on Saturday starts counting Monday 08:30 (or the
 * make-up Saturday, if it is one). minutes ≤ 0 returns startMs.
 */
export function addWorkingMinutes(startMs: number, minutes: number, calendar: WorkingCalendar): number {
  if (minutes <= 0) return startMs;
  const offset = calendar.utcOffsetMinutes;
  let remaining = minutes * MINUTE;
  let t = startMs;
  for (let guard = 0; guard < 3700; guard++) {
    const date = factoryDate(t, offset);
    const midnight = factoryDayRange(t, offset).from;
    if (calendar.isWorkday(date)) {
      for (const p of calendar.periods) {
        const ps = midnight + hhmmToMinutes(p.start) * MINUTE;
        const pe = midnight + hhmmToMinutes(p.end) * MINUTE;
        if (t >= pe) continue;
        const from = Math.max(t, ps);
        const available = pe - from;
        if (remaining <= available) return from + remaining;
        remaining -= available;
        t = pe;
      }
    }
    t = midnight + DAY;
  }
  throw new Error('addWorkingMinutes: no working time found within 10 years (calendar without workdays?)');
}

/** `days` working days after startMs: days × the working minutes of a day. */
export function addWorkingDays(startMs: number, days: number, calendar: WorkingCalendar): number {
  return addWorkingMinutes(startMs, days * minutesPerWorkday(calendar), calendar);
}

/** Plain clock hours (urgent rules: they do not wait for Monday). */
export function addClockHours(startMs: number, hours: number): number {
  return startMs + hours * 60 * MINUTE;
}

/** Calendar days (closure rule: 国内13天/国外17天 are days, not working days). */
export function addCalendarDays(startMs: number, days: number): number {
  return startMs + days * DAY;
}

/**
 * Working minutes between two instants (0 when `toMs` ≤ `fromMs`): the
 * inverse of addWorkingMinutes — how long a deadline has been overdue in
 * working time (the 催办单 reports it so). Nights, breaks, weekends and
 * holidays do not count; make-up workdays do. Whole minutes, rounded down;
 * spans longer than ten years count their first ten years.
 */
export function workingMinutesBetween(fromMs: number, toMs: number, calendar: WorkingCalendar): number {
  if (!(toMs > fromMs)) return 0;
  const offset = calendar.utcOffsetMinutes;
  let total = 0;
  let midnight = factoryDayRange(fromMs, offset).from;
  for (let guard = 0; guard < 3700; guard++, midnight += DAY) {
    if (midnight >= toMs) break;
    const date = factoryDate(midnight, offset);
    if (calendar.isWorkday(date)) {
      for (const p of calendar.periods) {
        const overlap = Math.min(midnight + hhmmToMinutes(p.end) * MINUTE, toMs) - Math.max(midnight + hhmmToMinutes(p.start) * MINUTE, fromMs);
        if (overlap > 0) total += overlap;
      }
    }
  }
  return Math.floor(total / MINUTE);
}
