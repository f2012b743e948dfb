/**
 * Pure helpers of the ledger (台账) view: search keys, filtering and sorting
 * of up to 100,000 rows in memory. No store, no React: the ledger store
 * calls these and the unit tests time them.
 *
 * Search: the query is split on whitespace; a row matches when every term
 * occurs in its search key (case number, customer, model, part number, lot,
 * order — lower-case, joined with a separator no term can contain).
 */
import type { LedgerRow } from '../db/types';

export const SORT_FIELDS = [
  'receivedAt',
  'caseNumber',
  'customerName',
  'productModel',
  'partNumber',
  'lotNumber',
  'orderNumber',
  'market',
  'quantityDefective',
  'updatedAt',
  'createdBy',
] as const;
export type LedgerSortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export interface LedgerSort {
  field: LedgerSortField;
  direction: SortDirection;
}

export const DEFAULT_SORT: LedgerSort = { field: 'receivedAt', direction: 'desc' };

/** A row with what filtering and sorting need, computed once when the row arrives. */
export interface IndexedRow {
  row: LedgerRow;
  /** Lower-case searchable text. */
  key: string;
  /** receivedAt as ms since the epoch (offsets differ between rows). */
  receivedMs: number;
}

const SEP = '\u0001';

export function searchKey(row: LedgerRow): string {
  return [row.caseNumber, row.customerName, row.productModel, row.partNumber, row.lotNumber, row.orderNumber].join(SEP).toLowerCase();
}

export function indexRow(row: LedgerRow): IndexedRow {
  const ms = Date.parse(row.receivedAt);
  return { row, key: searchKey(row), receivedMs: Number.isNaN(ms) ? 0 : ms };
}

export function parseQuery(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '' && !t.includes(SEP));
}

/** Rows whose key contains every term; the input order is kept. */
export function filterRows(rows: readonly IndexedRow[], query: string): IndexedRow[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return rows.slice();
  const out: IndexedRow[] = [];
  if (terms.length === 1) {
    const term = terms[0]!;
    for (const r of rows) if (r.key.includes(term)) out.push(r);
    return out;
  }
  outer: for (const r of rows) {
    for (const term of terms) if (!r.key.includes(term)) continue outer;
    out.push(r);
  }
  return out;
}

/**
 * True when every row matching `next` also matches `previous` (the clerk
 * typed more), so the next filter may start from the previous result.
 */
export function narrows(previous: string, next: string): boolean {
  const before = parseQuery(previous);
  const after = parseQuery(next);
  return before.every((term) => after.some((t) => t.includes(term)));
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

type Comparator = (a: IndexedRow, b: IndexedRow) => number;

function textOf(field: Exclude<LedgerSortField, 'receivedAt' | 'quantityDefective'>): Comparator {
  return (a, b) => collator.compare(a.row[field], b.row[field]);
}

function baseComparator(field: LedgerSortField): Comparator {
  switch (field) {
    case 'receivedAt':
      return (a, b) => a.receivedMs - b.receivedMs;
    case 'quantityDefective':
      return (a, b) => (a.row.quantityDefective ?? -1) - (b.row.quantityDefective ?? -1);
    case 'updatedAt':
      // ISO UTC text written by the repositories: text order is time order
      return (a, b) => (a.row.updatedAt < b.row.updatedAt ? -1 : a.row.updatedAt > b.row.updatedAt ? 1 : 0);
    default:
      return textOf(field);
  }
}

/** Ties are broken by case number, then id, so the order is the same on every render. */
export function comparatorFor(sort: LedgerSort): Comparator {
  const base = baseComparator(sort.field);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const c = base(a, b);
    if (c !== 0) return sign * c;
    const n = a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0;
    if (n !== 0) return sign * n;
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  };
}

/** A sorted copy. */
export function sortRows(rows: readonly IndexedRow[], sort: LedgerSort): IndexedRow[] {
  return rows.slice().sort(comparatorFor(sort));
}

/** Inserts into an array already sorted by `sort`, in place (binary search). */
export function insertSorted(rows: IndexedRow[], item: IndexedRow, sort: LedgerSort): void {
  const compare = comparatorFor(sort);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(rows[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  rows.splice(lo, 0, item);
}
