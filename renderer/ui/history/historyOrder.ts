/**
 * Entries written by one save share one timestamp; within such a group show
 * the fields in form order (customer first …) instead of op-id order.
 */
import { INTAKE_FIELDS } from '../../../shared/domain/case';
import type { HistoryEntry } from '../../../shared/domain/history';

const ORDER = new Map<string, number>(INTAKE_FIELDS.map((field, index) => [field, index]));

function rank(field: string): number {
  return ORDER.get(field) ?? INTAKE_FIELDS.length;
}

/** Keeps newest-first between saves (entries of one save are adjacent); orders fields inside one save. */
export function inFormOrder(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  let group: HistoryEntry[] = [];
  const flush = () => {
    out.push(...group.sort((a, b) => rank(a.field) - rank(b.field)));
    group = [];
  };
  for (const entry of entries) {
    const head = group[0];
    if (head && (head.hlc !== entry.hlc || head.deviceId !== entry.deviceId)) flush();
    group.push(entry);
  }
  flush();
  return out;
}
