/**
 * Monthly trend over the period (the trend chart's bars): per factory month
 * of [from, to), complaints received in it and complaints closed in it
 * (same definitions as complaints.ts / flow.ts), and Σ quantityDefective of
 * the complaints received in it (the numerator of PPM, shipments/rates.ts),
 * with the complaints that state none counted apart. A month is found by binary
 * search over the month starts: no string per row.
 */
import { FACTORY_UTC_OFFSET_MINUTES, factoryDayStart, type InstantRange } from '../factory-calendar';
import { monthsOf } from './periods';
import type { RowTimes } from './row-times';
import type { StatsRow } from './rows';

export interface MonthCount {
  /** 'yyyy-mm' */
  month: string;
  received: number;
  closed: number;
  defective: number;
  defectiveUnknown: number;
}

export function trendCollector(range: InstantRange, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES) {
  const months = monthsOf(range, offsetMinutes);
  const starts = months.map((m, i) => (i === 0 ? range.from : factoryDayStart(`${m}-01`, offsetMinutes)!));
  const received = new Array<number>(months.length).fill(0);
  const closed = new Array<number>(months.length).fill(0);
  const defective = new Array<number>(months.length).fill(0);
  const unknown = new Array<number>(months.length).fill(0);
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
    add(row: StatsRow, t: RowTimes): void {
      if (t.receivedIn) {
        const i = indexOf(t.receivedMs);
        received[i]!++;
        const q = row.quantityDefective;
        if (typeof q === 'number' && Number.isFinite(q)) defective[i]! += q;
        else unknown[i]!++;
      }
      if (t.closedIn) closed[indexOf(t.closedMs)]!++;
    },
    result: (): MonthCount[] => months.map((month, i) => ({ month, received: received[i]!, closed: closed[i]!, defective: defective[i]!, defectiveUnknown: unknown[i]! })),
  };
}
