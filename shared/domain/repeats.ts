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
 * PC once they hold the same cases. O(n log n): rows are grouped by key, each
 * group sorted by time, and two pointers walk it; the links are read from a
 * group on demand, so a key with many cases costs no quadratic lists. Pure.
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
}

/** Where a linked case sits: group[index]; its earlier links are group[lo … index-1], its later ones group[index+1 … hi-1]. */
interface Place {
  group: number;
  index: number;
  lo: number;
  hi: number;
}

export interface RepeatIndex {
  windowDays: number;
  /** Cases sharing a key that have at least one link, each group sorted by time. */
  groups: RepeatCase[][];
  /** Only cases with at least one link (earlier or later). */
  places: Map<string, Place>;
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

/** The repeats among `rows` with a window of `windowDays` factory days (inclusive). */
export function findRepeats(rows: readonly RepeatRow[], keyOf: RepeatKeyOf, windowDays: number = DEFAULT_REPEAT_WINDOW_DAYS): RepeatIndex {
  const window = repeatWindowOf(windowDays);
  const byKey = new Map<string, RepeatCase[]>();
  for (const row of rows) {
    if (!row.countsAsComplaint) continue;
    const ms = Date.parse(row.receivedAt);
    if (Number.isNaN(ms)) continue;
    const key = keyOf(row);
    if (key === null) continue;
    const item: RepeatCase = { id: row.id, caseNumber: row.caseNumber, receivedAt: row.receivedAt, ms, day: daysBetween(0, ms) };
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  const groups: RepeatCase[][] = [];
  const places = new Map<string, Place>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    group.sort(byTime);
    const n = groups.length;
    let linked = false;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < group.length; i++) {
      const day = group[i]!.day;
      while (day - group[lo]!.day > window) lo++;
      if (hi <= i) hi = i + 1;
      while (hi < group.length && group[hi]!.day - day <= window) hi++;
      if (lo < i || hi > i + 1) {
        places.set(group[i]!.id, { group: n, index: i, lo, hi });
        linked = true;
      }
    }
    if (linked) groups.push(group);
  }
  return { windowDays: window, groups, places };
}

/** Is the case a repeat (an earlier case of its problem within the window)? */
export function isRepeat(index: RepeatIndex, id: string): boolean {
  const place = index.places.get(id);
  return place !== undefined && place.lo < place.index;
}

/** Its occurrence in the window: 1 for a first case (or a case without links), 2 for a first repeat … */
export function occurrenceOf(index: RepeatIndex, id: string): number {
  const place = index.places.get(id);
  return place ? place.index - place.lo + 1 : 1;
}

/** The nearest earlier case it repeats, or null. */
export function previousOf(index: RepeatIndex, id: string): RepeatLink | null {
  const place = index.places.get(id);
  if (!place || place.lo >= place.index) return null;
  const group = index.groups[place.group]!;
  return link(group[place.index - 1]!, group[place.index]!);
}

function link(other: RepeatCase, self: RepeatCase): RepeatLink {
  return { id: other.id, caseNumber: other.caseNumber, receivedAt: other.receivedAt, days: Math.abs(other.day - self.day) };
}

/** A case's links both ways and its occurrence, or null when it has none. */
export function repeatOf(index: RepeatIndex, id: string): RepeatInfo | null {
  const place = index.places.get(id);
  if (!place) return null;
  const group = index.groups[place.group]!;
  const self = group[place.index]!;
  const earlier: RepeatLink[] = [];
  for (let j = place.index - 1; j >= place.lo; j--) earlier.push(link(group[j]!, self));
  const later: RepeatLink[] = [];
  for (let j = place.index + 1; j < place.hi; j++) later.push(link(group[j]!, self));
  return { occurrence: place.index - place.lo + 1, earlier, later };
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
 * repeatWindowDays when built by the app).
 */
export function repeatCounts(index: RepeatIndex, period: InstantRange): RepeatCounts {
  const caseIds: string[] = [];
  const problems = new Set<number>();
  for (const [id, place] of index.places) {
    if (place.lo >= place.index) continue;
    const ms = index.groups[place.group]![place.index]!.ms;
    if (ms < period.from || ms >= period.to) continue;
    caseIds.push(id);
    problems.add(place.group);
  }
  return { repeatCases: caseIds.length, repeatedProblems: problems.size, caseIds };
}
