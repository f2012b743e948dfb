/**
 * The complaints still open at the end of a period (issue 17.6: the monthly
 * report's list of open and overdue cases, the workbook's 逾期 sheet), one
 * definition for both: a complaint (7-day no-reason returns left out)
 * received before the period's end and not closed before it. Its closure
 * is overdue when the closure due (closure.ts closureDueMs) is before the
 * cut-off — the period's end, or "now" when that is earlier — by cut-off −
 * due; this is the count closure.ts gives as openOverdue. Besides the
 * closure, the other deadline kinds past due and not done at the cut-off
 * are named. Overdue cases first (most overdue first), then the others by
 * due; ties by case number. Pure.
 */
import type { InstantRange } from '../factory-calendar';
import type { DeadlineKind } from '../lifecycle/deadlines-types';
import { closureDueMs, type ClosureRules } from './closure';
import { instantMs, type StatsRow } from './rows';

export interface OpenCase<R> {
  row: R;
  receivedMs: number;
  closureDueMs: number;
  /** cut-off − closure due when the closure is overdue, else null. */
  overdueMs: number | null;
  /** Other deadlines past due and not done at the cut-off, in the row's order. */
  otherOverdue: DeadlineKind[];
}

export function openCasesAtEnd<R extends StatsRow & { caseNumber: string }>(rows: Iterable<R>, range: InstantRange, nowMs: number, rules?: ClosureRules): OpenCase<R>[] {
  const cutoff = Math.min(nowMs, range.to);
  const open: OpenCase<R>[] = [];
  for (const row of rows) {
    if (!row.countsAsComplaint) continue;
    const receivedMs = instantMs(row.receivedAt);
    // Received after the period (or unreadable), or closed before its end: not open at the end.
    if (!(receivedMs < range.to) || instantMs(row.closedAt) < range.to) continue;
    const due = closureDueMs(receivedMs, row.market, rules);
    const otherOverdue = (row.deadlines ?? []).filter((d) => d.kind !== 'closure' && d.doneAt === null && instantMs(d.dueAt) < cutoff).map((d) => d.kind);
    open.push({ row, receivedMs, closureDueMs: due, overdueMs: due < cutoff ? cutoff - due : null, otherOverdue });
  }
  return open.sort((a, b) => {
    const overdue = Number(b.overdueMs !== null) - Number(a.overdueMs !== null);
    if (overdue !== 0) return overdue;
    return a.closureDueMs - b.closureDueMs || (a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0);
  });
}
