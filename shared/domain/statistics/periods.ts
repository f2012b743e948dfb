/**
 * Statistics periods by the factory calendar (+08:00, never the PC's zone):
 * a month, a quarter, a year or a custom range of factory dates, each a
 * half-open span of instants [from, to). A complaint falls in the period it
 * was received in; a closure in the period it was closed in. Pure.
 */
import { FACTORY_UTC_OFFSET_MINUTES, factoryDayParts, factoryDayStart, type InstantRange } from '../factory-calendar';

export type StatsPeriod =
  /** 'yyyy-mm' */
  | { kind: 'month'; month: string }
  /** quarter 1–4: Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec */
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  /** Factory dates 'yyyy-mm-dd', both days included (the range ends at the midnight after `to`). */
  | { kind: 'range'; from: string; to: string };

const MINUTE = 60_000;
const startOf = (year: number, month: number, offset: number): number => Date.UTC(year, month - 1, 1) - offset * MINUTE;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The instants [from, to) of a period, or null when it names no real span (2026-13, quarter 5, a range ending before it starts). */
export function periodRange(period: StatsPeriod, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): InstantRange | null {
  switch (period.kind) {
    case 'month': {
      const m = MONTH.exec(period.month);
      if (!m) return null;
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return { from: startOf(year, month, offsetMinutes), to: startOf(year, month + 1, offsetMinutes) };
    }
    case 'quarter': {
      const { year, quarter } = period;
      if (!Number.isInteger(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
      return { from: startOf(year, quarter * 3 - 2, offsetMinutes), to: startOf(year, quarter * 3 + 1, offsetMinutes) };
    }
    case 'year': {
      if (!Number.isInteger(period.year)) return null;
      return { from: startOf(period.year, 1, offsetMinutes), to: startOf(period.year + 1, 1, offsetMinutes) };
    }
    case 'range': {
      const from = factoryDayStart(period.from, offsetMinutes);
      const last = factoryDayStart(period.to, offsetMinutes);
      if (from === null || last === null || last < from) return null;
      const { year, month, day } = factoryDayParts(last, offsetMinutes);
      return { from, to: Date.UTC(year, month - 1, day + 1) - offsetMinutes * MINUTE };
    }
  }
}

/** Is the instant inside [from, to)? NaN (an unreadable date) is never inside. */
export function inRange(ms: number, range: InstantRange): boolean {
  return ms >= range.from && ms < range.to;
}

/** The month, quarter or year of the factory calendar an instant falls in. */
export function periodOf(kind: 'month' | 'quarter' | 'year', ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): StatsPeriod {
  const { year, month } = factoryDayParts(ms, offsetMinutes);
  if (kind === 'year') return { kind, year };
  if (kind === 'quarter') return { kind, year, quarter: Math.floor((month - 1) / 3) + 1 };
  return { kind, month: `${year}-${String(month).padStart(2, '0')}` };
}

/** The factory months [from, to) of a range, in order ('yyyy-mm'; a trend chart's bars). At most 1200. */
export function monthsOf(range: InstantRange, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string[] {
  const out: string[] = [];
  if (!(range.to > range.from)) return out;
  let { year, month } = factoryDayParts(range.from, offsetMinutes);
  while (out.length < 1200 && startOf(year, month, offsetMinutes) < range.to) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}
