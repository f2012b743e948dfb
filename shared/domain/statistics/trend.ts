/**
 * Monthly trend over the period (the trend chart's bars): per factory month
 * of [from, to), complaints received in it and complaints closed in it
 * (same definitions as complaints.ts / flow.ts). A month is found by binary
 * search over the month starts: no string per row.
 */
import { FACTORY_UTC_OFFSET_MINUTES, factoryDayStart, type InstantRange } from '../factory-calendar';
import { monthsOf } from './periods';
import type { RowTimes } from './row-times';

export interface MonthCount {
  /** 'yyyy-mm' */
  month: string;
  received: number;
  closed: number;
}

export function trendCollector(range: InstantRange, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES) {
  const months = monthsOf(range, offsetMinutes);
  const starts = months.map((m, i) => (i === 0 ? range.from : factoryDayStart(`${m}-01`, offsetMinutes)!));
  const received = new Array<number>(months.length).fill(0);
  const closed = new Array<number>(months.length).fill(0);
  const indexOf = (ms: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    add(t: RowTimes): void {
      if (t.receivedIn) received[indexOf(t.receivedMs)]!++;
      if (t.closedIn) closed[indexOf(t.closedMs)]!++;
    },
    result: (): MonthCount[] => months.map((month, i) => ({ month, received: received[i]!, closed: closed[i]! })),
  };
}
