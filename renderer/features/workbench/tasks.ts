/**
 * The workbench's lists from the ledger rows in memory (their lifecycle
 * projection): overdue, due today, counts by department, and which rows
 * turned overdue since the last check (for a notification once per item).
 * Pure; `now` is passed in.
 */
import { FACTORY_UTC_OFFSET_MINUTES, isSameFactoryDay } from '../../../shared/domain/factory-calendar';
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import type { IndexedRow } from '../../state/ledger-filter';

export interface DueItem {
  row: LedgerRow;
  dueMs: number;
}


export interface WorkbenchBuckets {
  overdue: DueItem[];
  dueToday: DueItem[];
  /** department (or '' for not assigned yet) → open and overdue counts of cases not closed. */
  byDepartment: { department: string; open: number; overdue: number }[];
}

/** `factoryOffsetMinutes`: "today" is the factory's day (its calendar's UTC offset), not the PC's. */
export function workbenchBuckets(rows: readonly IndexedRow[], nowMs: number, factoryOffsetMinutes = FACTORY_UTC_OFFSET_MINUTES): WorkbenchBuckets {
  const overdue: DueItem[] = [];
  const dueToday: DueItem[] = [];
  const departments = new Map<string, { open: number; overdue: number }>();
  for (const { row } of rows) {
    if (row.state === 'closed') continue;
    const dueMs = row.nextDueAt === null ? Number.NaN : Date.parse(row.nextDueAt);
    const isOverdue = dueMs < nowMs;
    if (isOverdue) overdue.push({ row, dueMs });
    else if (!Number.isNaN(dueMs) && isSameFactoryDay(dueMs, nowMs, factoryOffsetMinutes)) dueToday.push({ row, dueMs });
    for (const d of row.departments.length > 0 ? row.departments : ['']) {
      const entry = departments.get(d) ?? { open: 0, overdue: 0 };
      entry.open++;
      if (isOverdue) entry.overdue++;
      departments.set(d, entry);
    }
  }
  overdue.sort((a, b) => a.dueMs - b.dueMs);
  dueToday.sort((a, b) => a.dueMs - b.dueMs);
  const byDepartment = [...departments.entries()].map(([department, c]) => ({ department, ...c })).sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.department.localeCompare(b.department));
  return { overdue, dueToday, byDepartment };
}

/** Key of one overdue item: a case and the deadline that is due (a later deadline of the same case notifies again). */
export function overdueKey(row: Pick<LedgerRow, 'id' | 'nextDueKind' | 'nextDueAt'>): string {
  return `${row.id}|${row.nextDueKind ?? ''}|${row.nextDueAt ?? ''}`;
}

/** Overdue items not notified yet; adds their keys to `notified`. */
export function newlyOverdue(items: readonly DueItem[], notified: Set<string>): DueItem[] {
  const out: DueItem[] = [];
  for (const item of items) {
    const key = overdueKey(item.row);
    if (notified.has(key)) continue;
    notified.add(key);
    out.push(item);
  }
  return out;
}
