/** Counts for the workbench, from the ledger rows already in memory. */
import { factoryMonthRange } from '../../../shared/domain/factory-calendar';
import { countsAsComplaint } from '../../../shared/domain/lifecycle/triage';
import type { IndexedRow } from '../../state/ledger-filter';

export interface MonthCounts {
  /** Complaints received in the factory's current month (received time, not registration time). */
  complaints: number;
  /** 7-day no-reason returns received this month: logged, never counted as complaints (seed 001 §3.1.6). */
  sevenDayReturns: number;
}

export function casesReceivedThisMonth(rows: readonly IndexedRow[], nowMs: number): MonthCounts {
  const { from, to } = factoryMonthRange(nowMs);
  const counts: MonthCounts = { complaints: 0, sevenDayReturns: 0 };
  for (const { receivedMs, row } of rows) {
    if (receivedMs < from || receivedMs >= to) continue;
    if (countsAsComplaint(row)) counts.complaints++;
    else counts.sevenDayReturns++;
  }
  return counts;
}
