/**
 * Repeat complaints (重复投诉, issue 17.2; DOMAIN §8 "same problem twice
 * within a month ⇒ flag"): two cases of the same customer, the same product
 * model and the same defect type, received within N days of each other.
 *
 * The problem key of a case:
 * - customer and model: the master-data entry picked at intake, else the
 *   entry its free text names (name or alias, so "华为" and "华为技术" are one
 *   customer, canonical.ts), else the normalized text itself (nameKey);
 * - defect type: the master-data entry picked at intake (the ledger row
 *   carries no free-text defect type). A level-2 type is its own entry: it
 *   does not merge with its level-1 parent.
 * A case without a customer, a model or a defect type has no key and is
 * never a repeat. Only cases that count as complaints (countsAsComplaint:
 * 7-day no-reason returns excluded) take part, as earlier or as later cases.
 *
 * The window, by the factory calendar: case B repeats an earlier case A of
 * the same key when B was received 0 … N factory days after A's day
 * (daysBetween). Inclusive: with N = 30, a case received on 1 Nov is repeated
 * by one on 1 Dec (30 days later) but not by one on 2 Dec (31 days). Two
 * cases on the same day: the one received first (then the smaller case
 * number, then id) is the earlier.
 *
 * Each case's links, both ways: `earlier` — every case of its key in the N
 * days before it; `later` — every case of its key in the N days after it.
 * Its occurrence is 1 + the number of earlier ones ("3rd time in the
 * window"); a case is a repeat when its occurrence is 2 or more.
 *
 * Computed from the ledger rows in memory (no storage): the same on every
 * PC once they hold the same cases. Building is O(n log n): rows grouped by
 * key, each group sorted by time. Everything else is read from a case's group
 * on demand by binary search (a key with many cases costs no quadratic
 * lists), and a saved case updates only its old and new group
 * (applyRepeatChanges), so a save does not rebuild 100,000 rows. Pure but for
 * applyRepeatChanges, which changes the index it is given.
 */
import { daysBetween, type InstantRange } from './factory-calendar';
import type { LedgerRow } from './ledger-row';
import type { MasterEntry } from './master-data/entry';
import { canonicalIndex } from './master-data/canonical';
import { nameKey } from './master-data/normalize';

/** The office's window when nothing else is set (settings.repeatWindowDays). */
export const DEFAULT_REPEAT_WINDOW_DAYS = 30;
export const MIN_REPEAT_WINDOW_DAYS = 1;
export const MAX_REPEAT_WINDOW_DAYS = 365;

/** What repeat detection reads of a ledger row. */
export type RepeatRow = Pick<
  LedgerRow,
  'id' | 'caseNumber' | 'receivedAt' | 'customerId' | 'customerName' | 'productModelId' | 'productModel' | 'defectTypeId' | 'countsAsComplaint'
>;

/** A row's problem key, or null when it cannot be a repeat (no customer, model or defect type). */
export type RepeatKeyOf = (row: RepeatRow) => string | null;

const SEP = '\u0001';

/**
 * The problem key function for this master data (its indexes built once;
 * call it per row). Without entries, free text is compared by nameKey and
 * entry ids as they are.
 */
export function repeatKeyer(entries: readonly MasterEntry[] = []): RepeatKeyOf {
  const customers = canonicalIndex('customer', entries);
  const models = canonicalIndex('productModel', entries);
  // Free text → key, remembered: 100,000 rows name a few thousand customers and models.
  const seen = (index: Map<string, MasterEntry>) => {
    const memo = new Map<string, string | null>();
    return (text: string): string | null => {
      let part = memo.get(text);
      if (part === undefined) {
        const key = nameKey(text);
        const entry = key === '' ? undefined : index.get(key);
        part = key === '' ? null : entry ? `e:${entry.id}` : `t:${key}`;
        memo.set(text, part);
      }
      return part;
    };
  };
  const customerText = seen(customers);
  const modelText = seen(models);
  return (row) => {
    if (row.defectTypeId === '') return null;
    const customer = row.customerId !== '' ? `e:${row.customerId}` : customerText(row.customerName);
    if (customer === null) return null;
    const model = row.productModelId !== '' ? `e:${row.productModelId}` : modelText(row.productModel);
    if (model === null) return null;
    return `${customer}${SEP}${model}${SEP}e:${row.defectTypeId}`;
  };
}

/** One case in its problem group. */
export interface RepeatCase {
  id: string;
  caseNumber: string;
  receivedAt: string;
  /** receivedAt as epoch ms. */
  ms: number;
  /** Its factory day, as a day number (daysBetween from the epoch). */
  day: number;
  /** Its problem key. */
  key: string;
}

export interface RepeatIndex {
  windowDays: number;
  /** The key function the index was built with (the master data of that moment). */
  keyOf: RepeatKeyOf;
  /** Problem key → its cases, sorted by time (then case number, then id). */
  groups: Map<string, RepeatCase[]>;
  /** Every case that takes part (counts as a complaint and has a key). */
  cases: Map<string, RepeatCase>;
}

/** A linked case as the case page shows it: which, and how many factory days apart (always ≥ 0). */
export interface RepeatLink {
  id: string;
  caseNumber: string;
  receivedAt: string;
  days: number;
}

export interface RepeatInfo {
  /** 1 for the first case of the problem in the window, 2 for its first repeat … */
  occurrence: number;
  /** Earlier cases it repeats, nearest first. */
  earlier: RepeatLink[];
  /** Later cases that repeat it, nearest first. */
  later: RepeatLink[];
}

const byTime = (a: RepeatCase, b: RepeatCase): number =>
  a.ms - b.ms || (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A whole number of days within the bounds (anything else: the default). */
export function repeatWindowOf(days: unknown): number {
  return typeof days === 'number' && Number.isInteger(days) && days >= MIN_REPEAT_WINDOW_DAYS && days <= MAX_REPEAT_WINDOW_DAYS ? days : DEFAULT_REPEAT_WINDOW_DAYS;
}

/** The case of a row in the index, or null when it takes no part. */
function caseOf(row: RepeatRow, keyOf: RepeatKeyOf): RepeatCase | null {
  if (!row.countsAsComplaint) return null;
  const ms = Date.parse(row.receivedAt);
  if (Number.isNaN(ms)) return null;
  const key = keyOf(row);
  if (key === null) return null;
  return { id: row.id, caseNumber: row.caseNumber, receivedAt: row.receivedAt, ms, day: daysBetween(0, ms), key };
}

/** The repeats among `rows` with a window of `windowDays` factory days (inclusive); `keyOf` from repeatKeyer(master data). */
export function findRepeats(rows: readonly RepeatRow[], keyOf: RepeatKeyOf, windowDays: number = DEFAULT_REPEAT_WINDOW_DAYS): RepeatIndex {
  const groups = new Map<string, RepeatCase[]>();
  const cases = new Map<string, RepeatCase>();
  for (const row of rows) {
    const item = caseOf(row, keyOf);
    if (!item) continue;
    const before = cases.get(item.id);
    if (before) continue; // the same case twice: the first row wins
    cases.set(item.id, item);
    const group = groups.get(item.key);
    if (group) group.push(item);
    else groups.set(item.key, [item]);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort(byTime);
  return { windowDays: repeatWindowOf(windowDays), keyOf, groups, cases };
}

/** First index in `group` whose item is not before `item` (by byTime). */
function positionIn(group: readonly RepeatCase[], item: RepeatCase): number {
  let lo = 0;
  let hi = group.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byTime(group[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `group` whose day is ≥ `day` (or > `day` when `after`). */
function dayBound(group: readonly RepeatCase[], day: number, after: boolean): number {
  let lo = 0;
  let hi = group.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = group[mid]!.day;
    if (d < day || (after && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Puts saved rows in and takes removed cases out, changing `index` in place
 * (the ledger's one update path calls it with the rows of each change).
 * Only the groups of the cases concerned are touched.
 */
export function applyRepeatChanges(index: RepeatIndex, rows: readonly RepeatRow[], removed: readonly string[] = []): void {
  const drop = (id: string) => {
    const old = index.cases.get(id);
    if (!old) return;
    index.cases.delete(id);
    const group = index.groups.get(old.key);
    if (!group) return;
    const at = positionIn(group, old);
    if (group[at]?.id === id) group.splice(at, 1);
    else group.splice(group.findIndex((c) => c.id === id), 1);
    if (group.length === 0) index.groups.delete(old.key);
  };
  for (const id of removed) drop(id);
  for (const row of rows) {
    drop(row.id);
    const item = caseOf(row, index.keyOf);
    if (!item) continue;
    index.cases.set(item.id, item);
    const group = index.groups.get(item.key);
    if (!group) index.groups.set(item.key, [item]);
    else group.splice(positionIn(group, item), 0, item);
  }
}

/** A case's group and where it and its window lie in it: earlier links are group[lo … at-1], later ones group[at+1 … hi-1]. */
function placeOf(index: RepeatIndex, id: string): { group: RepeatCase[]; at: number; lo: number; hi: number } | null {
  const item = index.cases.get(id);
  if (!item) return null;
  const group = index.groups.get(item.key);
  if (!group || group.length < 2) return null;
  const at = positionIn(group, item);
  return { group, at, lo: Math.min(at, dayBound(group, item.day - index.windowDays, false)), hi: Math.max(at + 1, dayBound(group, item.day + index.windowDays, true)) };
}

/** Is the case a repeat (an earlier case of its problem within the window)? O(1) past the lookup: only its predecessor matters. */
export function isRepeat(index: RepeatIndex, id: string): boolean {
  return previousOf(index, id) !== null;
}

/** The nearest earlier case it repeats, or null. */
export function previousOf(index: RepeatIndex, id: string): RepeatLink | null {
  const item = index.cases.get(id);
  if (!item) return null;
  const group = index.groups.get(item.key);
  if (!group || group.length < 2) return null;
  const at = positionIn(group, item);
  const before = group[at - 1];
  return before && item.day - before.day <= index.windowDays ? link(before, item) : null;
}

/** Its occurrence in the window: 1 for a first case (or a case without links), 2 for a first repeat … */
export function occurrenceOf(index: RepeatIndex, id: string): number {
  const place = placeOf(index, id);
  return place ? place.at - place.lo + 1 : 1;
}

function link(other: RepeatCase, self: RepeatCase): RepeatLink {
  return { id: other.id, caseNumber: other.caseNumber, receivedAt: other.receivedAt, days: Math.abs(other.day - self.day) };
}

/** A case's links both ways and its occurrence, or null when it has none. */
export function repeatOf(index: RepeatIndex, id: string): RepeatInfo | null {
  const place = placeOf(index, id);
  if (!place || (place.lo === place.at && place.hi === place.at + 1)) return null;
  const { group, at, lo, hi } = place;
  const self = group[at]!;
  const earlier: RepeatLink[] = [];
  for (let j = at - 1; j >= lo; j--) earlier.push(link(group[j]!, self));
  const later: RepeatLink[] = [];
  for (let j = at + 1; j < hi; j++) later.push(link(group[j]!, self));
  return { occurrence: at - lo + 1, earlier, later };
}

/** The ids of every repeat (occurrence ≥ 2), in one pass: for filtering many rows (isRepeat per row costs a lookup and a search each). */
export function repeatIds(index: RepeatIndex): Set<string> {
  const ids = new Set<string>();
  for (const group of index.groups.values()) {
    for (let i = 1; i < group.length; i++) if (group[i]!.day - group[i - 1]!.day <= index.windowDays) ids.add(group[i]!.id);
  }
  return ids;
}

/** Repeat counts of a period, for the statistics and the monthly report. */
export interface RepeatCounts {
  /** Cases received in the period that repeat an earlier case (occurrence ≥ 2); the earlier case may lie before the period. */
  repeatCases: number;
  /** Distinct problems (customer + model + defect type) among those cases. */
  repeatedProblems: number;
  /** The ids of those cases (to open the ledger on them). */
  caseIds: string[];
}

/**
 * How many repeat complaints a period holds. A case counts in the period its
 * own receivedAt falls in ([from, to), e.g. factoryMonthRange), whatever
 * period its earlier case was in. The window is the index's (the office's
 * repeatWindowDays when built by the app). O(n).
 */
export function repeatCounts(index: RepeatIndex, period: InstantRange): RepeatCounts {
  const caseIds: string[] = [];
  let repeatedProblems = 0;
  for (const group of index.groups.values()) {
    let found = false;
    for (let i = 1; i < group.length; i++) {
      const item = group[i]!;
      if (item.ms < period.from || item.ms >= period.to) continue;
      if (item.day - group[i - 1]!.day > index.windowDays) continue;
      caseIds.push(item.id);
      found = true;
    }
    if (found) repeatedProblems++;
  }
  return { repeatCases: caseIds.length, repeatedProblems, caseIds };
}
