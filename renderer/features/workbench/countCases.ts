/** Counts for the workbench, from the ledger rows already in memory. */
import type { IndexedRow } from '../../state/ledger-filter';

/** Cases received in the current local calendar month (received time, not registration time). */
export function casesReceivedThisMonth(rows: readonly IndexedRow[], now: Date): number {
  const from = new Date(now.getFullYear(), now.getMonth(), 1).getTime();
  const to = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime();
  let count = 0;
  for (const row of rows) if (row.receivedMs >= from && row.receivedMs < to) count++;
  return count;
}
