/**
 * Pure helpers of the ledger (台账) view: search keys, filtering and sorting
 * of up to 100,000 rows in memory. No store, no React: the ledger store
 * calls these and the unit tests time them.
 *
 * Search: the query is split on whitespace; a row matches when every term
 * occurs in its search key (case number, customer, model, part number, lot,
 * order — lower-case, joined with a separator no term can contain).
 */
import { factoryDayRange, factoryDayStart } from '../../shared/domain/factory-calendar';
import type { LedgerRow } from '../../shared/domain/ledger-row';
import type { IndexedRow } from './indexed-row';
import { searchIndexOf, searchWithIndex } from './ledger-search-index';
import { CASE_STATES, type CaseState } from '../../shared/domain/lifecycle/states';
import { SEVERITIES, type Severity } from '../../shared/domain/lifecycle/triage';
import { DEPARTMENTS, type Department } from '../../shared/domain/lifecycle/records';
import type { MasterEntry } from '../../shared/domain/master-data/entry';
import { entryMatch, matchesEntry, type EntryMatch } from '../../shared/domain/master-data/row-match';
import { repeatIds, type RepeatIndex } from '../../shared/domain/repeats';

export type { IndexedRow } from './indexed-row';

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

const SEP = '\u0001';

export function searchKey(row: LedgerRow): string {
  // An imported case is found by its original number too (undefined on rows stored before issue 18: join writes '').
  return [row.caseNumber, row.customerName, row.productModel, row.partNumber, row.lotNumber, row.orderNumber, row.originalNumber].join(SEP).toLowerCase();
}

export function indexRow(row: LedgerRow): IndexedRow {
  const ms = Date.parse(row.receivedAt);
  const due = row.nextDueAt === null ? Number.POSITIVE_INFINITY : Date.parse(row.nextDueAt);
  return {
    row,
    key: searchKey(row),
    receivedMs: Number.isNaN(ms) ? 0 : ms,
    customerKey: row.customerName.toLowerCase(),
    modelKey: row.productModel.toLowerCase(),
    dueMs: Number.isNaN(due) ? Number.POSITIVE_INFINITY : due,
  };
}

/**
 * The filter bar of the ledger. Empty values mean "any". Dates are local
 * calendar days (yyyy-MM-dd, both ends included) of the PC.
 */
export interface LedgerFilters {
  state: CaseState | null;
  severity: Severity | null;
  department: Department | null;
  overdueOnly: boolean;
  /** Part of the customer name (case-insensitive). */
  customer: string;
  /** Part of the product model (case-insensitive). */
  model: string;
  receivedFrom: string;
  receivedTo: string;
  /**
   * Master-data entry ids ('' = any): a case matches by the entry it was
   * linked to at intake or by its free text naming the entry or an alias
   * (shared/domain/master-data/row-match.ts).
   */
  customerEntry: string;
  modelEntry: string;
  defectTypeEntry: string;
  /** 仅重复投诉: only cases that repeat an earlier one (shared/domain/repeats.ts; the index is passed to filterLedger). */
  repeatOnly: boolean;
}

export const EMPTY_FILTERS: LedgerFilters = {
  state: null,
  severity: null,
  department: null,
  overdueOnly: false,
  customer: '',
  model: '',
  receivedFrom: '',
  receivedTo: '',
  customerEntry: '',
  modelEntry: '',
  defectTypeEntry: '',
  repeatOnly: false,
};

/** Start of the factory day after `day` (a received-to filter includes its whole day), or null when it is not a date. */
function nextFactoryDayStartMs(day: string): number | null {
  const start = factoryDayStart(day);
  return start === null ? null : factoryDayRange(start).to;
}

export function hasFilters(filters: LedgerFilters): boolean {
  return (
    filters.state !== null ||
    filters.severity !== null ||
    filters.department !== null ||
    filters.overdueOnly ||
    filters.customer.trim() !== '' ||
    filters.model.trim() !== '' ||
    factoryDayStart(filters.receivedFrom) !== null ||
    factoryDayStart(filters.receivedTo) !== null ||
    filters.customerEntry !== '' ||
    filters.modelEntry !== '' ||
    filters.defectTypeEntry !== '' ||
    filters.repeatOnly
  );
}

export function sameFilters(a: LedgerFilters, b: LedgerFilters): boolean {
  return (Object.keys(EMPTY_FILTERS) as (keyof LedgerFilters)[]).every((k) => a[k] === b[k]);
}

/** Filters checked in a form ready for the row loop (computed once per filtering, not per row). */
interface CompiledFilters {
  terms: string[];
  state: CaseState | null;
  severity: Severity | null;
  department: Department | null;
  /** Rows with dueMs below this are overdue; -Infinity when not filtering by it. */
  overdueBefore: number;
  customer: string;
  model: string;
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  customerEntry: EntryMatch | null;
  modelEntry: EntryMatch | null;
  defectTypeEntry: EntryMatch | null;
  /** Only repeats: their ids; null when not filtering by it. */
  repeats: ReadonlySet<string> | null;
}

function compile(query: string, filters: LedgerFilters, nowMs: number, entries: readonly MasterEntry[], repeats: (() => RepeatIndex) | undefined): CompiledFilters {
  const match = (id: string) => (id === '' ? null : entryMatch(id, entries));
  return {
    // Without an index (a caller that has none) nothing is a repeat.
    repeats: filters.repeatOnly ? (repeats ? repeatIds(repeats()) : new Set<string>()) : null,
    customerEntry: match(filters.customerEntry),
    modelEntry: match(filters.modelEntry),
    defectTypeEntry: match(filters.defectTypeEntry),
    terms: parseQuery(query),
    state: filters.state,
    severity: filters.severity,
    department: filters.department,
    overdueBefore: filters.overdueOnly ? nowMs : Number.NEGATIVE_INFINITY,
    customer: filters.customer.trim().toLowerCase(),
    model: filters.model.trim().toLowerCase(),
    fromMs: factoryDayStart(filters.receivedFrom) ?? Number.NEGATIVE_INFINITY,
    toMs: nextFactoryDayStartMs(filters.receivedTo) ?? Number.POSITIVE_INFINITY,
  };
}

function passes(e: IndexedRow, c: CompiledFilters): boolean {
  const row = e.row;
  if (c.state !== null && row.state !== c.state) return false;
  if (c.severity !== null && row.severity !== c.severity) return false;
  if (c.department !== null && !row.departments.includes(c.department)) return false;
  if (c.overdueBefore !== Number.NEGATIVE_INFINITY && !(e.dueMs < c.overdueBefore)) return false;
  if (e.receivedMs < c.fromMs || e.receivedMs >= c.toMs) return false;
  if (c.customer !== '' && !e.customerKey.includes(c.customer)) return false;
  if (c.model !== '' && !e.modelKey.includes(c.model)) return false;
  if (c.customerEntry && !matchesEntry(c.customerEntry, row.customerId, row.customerName)) return false;
  if (c.modelEntry && !matchesEntry(c.modelEntry, row.productModelId, row.productModel)) return false;
  if (c.defectTypeEntry && !matchesEntry(c.defectTypeEntry, row.defectTypeId, '')) return false;
  if (c.repeats && !c.repeats.has(row.id)) return false;
  for (const term of c.terms) if (!e.key.includes(term)) return false;
  return true;
}

/**
 * Does one row pass the search and the filters at `nowMs`? (For a single saved row.) `masterEntries`: for the master-data filters;
 * `repeats`: the repeat index of all rows, asked only when filtering by repeats.
 */
export function matchesLedger(entry: IndexedRow, query: string, filters: LedgerFilters, nowMs: number, masterEntries: readonly MasterEntry[] = [], repeats?: () => RepeatIndex): boolean {
  return passes(entry, compile(query, filters, nowMs, masterEntries, repeats));
}

/**
 * The rows matching the search and every filter, in one pass; the input
 * order is kept. Overdue means nextDueAt < nowMs (same rule as isOverdue).
 */
export function filterLedger(
  rows: readonly IndexedRow[],
  query: string,
  filters: LedgerFilters,
  nowMs: number,
  masterEntries: readonly MasterEntry[] = [],
  repeats?: () => RepeatIndex,
): IndexedRow[] {
  if (!hasFilters(filters)) return filterRows(rows, query);
  const c = compile(query, filters, nowMs, masterEntries, repeats);
  const out: IndexedRow[] = [];
  for (const e of rows) if (passes(e, c)) out.push(e);
  return out;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : null;
}

const text = (value: unknown, max = 200): string => (typeof value === 'string' ? value.slice(0, max) : '');
const day = (value: unknown): string => (typeof value === 'string' && factoryDayStart(value) !== null ? value : '');

/** Filters read back from storage: unknown or malformed fields become "any". Null when it is not an object at all. */
export function normalizeFilters(value: unknown): LedgerFilters | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  return {
    state: oneOf(CASE_STATES, v.state),
    severity: oneOf(SEVERITIES, v.severity),
    department: oneOf(DEPARTMENTS, v.department),
    overdueOnly: v.overdueOnly === true,
    customer: text(v.customer),
    model: text(v.model),
    receivedFrom: day(v.receivedFrom),
    receivedTo: day(v.receivedTo),
    customerEntry: text(v.customerEntry, 60),
    modelEntry: text(v.modelEntry, 60),
    defectTypeEntry: text(v.defectTypeEntry, 60),
    repeatOnly: v.repeatOnly === true,
  };
}

export function parseQuery(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '' && !t.includes(SEP));
}

/** Rows whose key contains every term; the input order is kept. Large lists go through a search index. */
export function filterRows(rows: readonly IndexedRow[], query: string): IndexedRow[] {
  const terms = [...new Set(parseQuery(query))];
  if (terms.length === 0) return rows.slice();
  const index = searchIndexOf(rows);
  if (index && terms.length < 256) return searchWithIndex(rows, index, terms);
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

/**
 * Removes `item` (the very object) from rows sorted by `sort`: a binary search
 * to its place, then along its equals — no pass over the whole list. Returns
 * false when it is not there. `mustBeThere`: look through the whole list
 * before giving up (a comparator that is not consistent, e.g. NaN).
 */
export function removeSorted(rows: IndexedRow[], item: IndexedRow, sort: LedgerSort, mustBeThere = false): boolean {
  const compare = comparatorFor(sort);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(rows[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < rows.length && compare(rows[i]!, item) === 0; i++) {
    if (rows[i] === item) {
      rows.splice(i, 1);
      return true;
    }
  }
  if (!mustBeThere) return false;
  const at = rows.indexOf(item);
  if (at < 0) return false;
  rows.splice(at, 1);
  return true;
}
