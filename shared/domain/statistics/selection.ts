/**
 * Which rows a period's breakdowns count (statistics.ts "basis"), as a list:
 * complaints (not 7-day no-reason returns) received in the period, or closed
 * in it for basis 'closed'. The workbook's 明细 lists exactly these, so its
 * row count equals PeriodStatistics.selected. Pure.
 */
import type { InstantRange } from '../factory-calendar';
import { newRowTimes, readRowTimes } from './row-times';
import type { StatsRow } from './rows';
import type { StatsBasis } from './statistics';

export function selectedRows<R extends StatsRow>(rows: readonly R[], range: InstantRange, basis: StatsBasis = 'received'): R[] {
  const t = newRowTimes();
  const out: R[] = [];
  for (const row of rows) {
    if (!row.countsAsComplaint) continue;
    readRowTimes(row, range, t);
    if (basis === 'closed' ? t.closedIn : t.receivedIn) out.push(row);
  }
  return out;
}
