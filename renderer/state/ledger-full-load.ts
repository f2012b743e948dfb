/**
 * The whole ledger made ready a slice per task: every row indexed, sorted,
 * the saves made meanwhile put in, and the search index built — the event
 * loop given back between slices, so the window never freezes while 100,000
 * rows fill (issue 15: the sort of all rows in one task was the longest,
 * ~110 ms at 100,000; indexing all rows at once ~250 ms before that).
 * The result is the one the unsliced path gives: sortRows over indexRow of
 * every row, with the saves applied.
 */
import type { LedgerRow } from '../../shared/domain/ledger-row';
import { comparatorFor, indexRow, insertSorted, removeSorted, type IndexedRow, type LedgerSort } from './ledger-filter';
import { searchIndexInSlices, SEARCH_INDEX_SLICE } from './ledger-search-index';
import { SORT_SLICES, sortInSlices, type Pause, type SliceSizes } from './sort-in-slices';

export interface FullLoadSlices extends SliceSizes {
  /** Rows indexed per slice (indexRow costs ~1.5 µs a row). */
  index: number;
  /** Rows per slice of the search index. */
  searchIndex: number;
}

export const FULL_LOAD_SLICES: FullLoadSlices = { ...SORT_SLICES, index: 5_000, searchIndex: SEARCH_INDEX_SLICE };

/** Saves made while the load ran: id → its row, or null when removed. */
export type PendingRows = Map<string, LedgerRow | null>;

export interface FullLedger {
  /** Every row, sorted by `sort`. */
  entries: IndexedRow[];
  /** The entry of each case. */
  byId: Map<string, IndexedRow>;
  sort: LedgerSort;
}

const sameSort = (a: LedgerSort, b: LedgerSort) => a.field === b.field && a.direction === b.direction;

/** Indexes rows into `byId` (a page of the load as it arrives, or a slice). */
export function indexInto(byId: Map<string, IndexedRow>, rows: readonly LedgerRow[]): void {
  for (const row of rows) {
    const entry = indexRow(row);
    byId.set(entry.row.id, entry);
  }
}

/**
 * Puts saves into sorted entries, in place (a binary search each): the
 * saved row replaces the case's entry, a removal drops it.
 */
export function applyPending(ledger: FullLedger, pending: PendingRows): void {
  for (const [id, row] of pending) {
    const old = ledger.byId.get(id);
    if (old) removeSorted(ledger.entries, old, ledger.sort, true);
    if (row) {
      const entry = indexRow(row);
      ledger.byId.set(id, entry);
      insertSorted(ledger.entries, entry, ledger.sort);
    } else ledger.byId.delete(id);
  }
}

/**
 * `rows` indexed and sorted by `currentSort()` (asked again after sorting:
 * a column clicked meanwhile sorts again), then `takePending()`'s saves, then
 * the search index of the result. Null when `pause` said stop.
 * `indexed`: every row of `rows` indexed already (indexInto, page by page
 * while they were read): the indexing pass is skipped.
 */
export async function fullLedgerInSlices(
  rows: readonly LedgerRow[],
  currentSort: () => LedgerSort,
  takePending: () => PendingRows,
  pause: Pause,
  slices: FullLoadSlices = FULL_LOAD_SLICES,
  indexed?: Map<string, IndexedRow>,
): Promise<FullLedger | null> {
  let byId = indexed;
  if (!byId) {
    byId = new Map<string, IndexedRow>();
    const size = Math.max(1, Math.floor(slices.index));
    for (let start = 0; start < rows.length; start += size) {
      if (start > 0 && !(await pause())) return null;
      indexInto(byId, rows.slice(start, start + size));
    }
  }
  if (!(await pause())) return null;
  let sort = currentSort();
  let entries = await sortInSlices([...byId.values()], comparatorFor(sort), pause, slices);
  while (entries && !sameSort(sort, currentSort())) {
    sort = currentSort();
    entries = await sortInSlices(entries, comparatorFor(sort), pause, slices);
  }
  if (!entries) return null;
  const ledger: FullLedger = { entries, byId, sort };
  applyPending(ledger, takePending());
  if (!(await pause())) return null;
  await searchIndexInSlices(ledger.entries, pause, slices.searchIndex);
  if (!(await pause())) return null;
  return ledger;
}
