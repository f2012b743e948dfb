/**
 * Whose 品质履历表: a model (or a customer) as statistics group it — its
 * master-data entry, an alias or a free-text spelling count as one
 * (statistics/names.ts), so the history of KX-100 holds every complaint the
 * 统计 page counts under KX-100. The 7-day no-reason returns are not
 * complaints and have no place in it. Pure.
 */
import type { InstantRange } from '../factory-calendar';
import type { MasterEntry } from '../master-data/entry';
import { nameResolver, type NameResolver } from '../statistics/names';
import { instantMs, type StatsRow } from '../statistics/rows';

export const HISTORY_SUBJECT_KINDS = ['productModel', 'customer'] as const;
export type HistorySubjectKind = (typeof HISTORY_SUBJECT_KINDS)[number];

export interface HistorySubject {
  kind: HistorySubjectKind;
  /** The statistics group key ('id:…' or 'name:…'). */
  key: string;
  label: string;
  /** Complaints on it (in the range, when one is given). */
  count: number;
}

type SubjectRow = Pick<StatsRow, 'countsAsComplaint' | 'receivedAt' | 'customerId' | 'customerName' | 'productModelId' | 'productModel'> & { caseNumber: string };

function groupOf(kind: HistorySubjectKind, resolver: NameResolver, row: SubjectRow) {
  return kind === 'customer' ? resolver.resolve(row.customerId, row.customerName) : resolver.resolve(row.productModelId, row.productModel);
}

const inRange = (row: SubjectRow, range: InstantRange | null): boolean => {
  if (!range) return true;
  const ms = instantMs(row.receivedAt);
  return ms >= range.from && ms < range.to;
};

/** The models (or customers) with complaints, most complaints first, then by name. */
export function historySubjects(rows: Iterable<SubjectRow>, kind: HistorySubjectKind, masterData: readonly MasterEntry[], range: InstantRange | null = null): HistorySubject[] {
  const resolver = nameResolver(kind, masterData);
  const counts = new Map<string, HistorySubject>();
  for (const row of rows) {
    if (!row.countsAsComplaint || !inRange(row, range)) continue;
    const group = groupOf(kind, resolver, row);
    if (group.key === '') continue;
    const seen = counts.get(group.key);
    if (seen) seen.count++;
    else counts.set(group.key, { kind, key: group.key, label: group.label, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** The complaints on one subject, oldest first (ties by case number). */
export function rowsOfSubject<R extends SubjectRow>(rows: Iterable<R>, subject: Pick<HistorySubject, 'kind' | 'key'>, masterData: readonly MasterEntry[], range: InstantRange | null = null): R[] {
  const resolver = nameResolver(subject.kind, masterData);
  const out: { row: R; ms: number }[] = [];
  for (const row of rows) {
    if (!row.countsAsComplaint || !inRange(row, range)) continue;
    if (groupOf(subject.kind, resolver, row).key === subject.key) out.push({ row, ms: instantMs(row.receivedAt) });
  }
  return out.sort((a, b) => a.ms - b.ms || (a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0)).map((x) => x.row);
}
