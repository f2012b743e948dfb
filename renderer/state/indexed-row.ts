import type { LedgerRow } from '../../shared/domain/ledger-row';

/** A row with what filtering and sorting need, computed once when the row arrives. */
export interface IndexedRow {
  row: LedgerRow;
  /** Lower-case searchable text. */
  key: string;
  /** receivedAt as ms since the epoch (offsets differ between rows). */
  receivedMs: number;
  /** Lower-case customer name and model, for the field filters. */
  customerKey: string;
  modelKey: string;
  /** nextDueAt as ms; Infinity when no deadline is open (never overdue). */
  dueMs: number;
}
