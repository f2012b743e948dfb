/** Counts for the workbench, from the ledger rows already in memory. */
import { factoryMonthRange } from '../../../shared/domain/factory-calendar';
import type { IndexedRow } from '../../state/ledger-filter';

/** Cases received in the factory's current month (received time, not registration time). */
export function casesReceivedThisMonth(rows: readonly IndexedRow[], nowMs: number): number {
  const { from, to } = factoryMonthRange(nowMs);
  let count = 0;
  for (const row of rows) if (row.receivedMs >= from && row.receivedMs < to) count++;
  return count;
}
