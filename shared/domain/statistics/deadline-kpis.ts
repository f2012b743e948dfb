/**
 * On time vs overdue per deadline kind (first reply, written reply,
 * containment, department answers, closure, follow-up, 8D steps …), from the
 * deadlines stored on each case's projection (the same ones the case page
 * and the 催办单 show). Over the complaints' deadlines DUE in [from, to):
 *  - onTime = met at or before due; late = met after due (overdue = met − due);
 *  - openOverdue = not met and due before the cut-off (the period's end, or
 *    "now" when earlier), on a case still open then (overdue = cut-off − due);
 *  - notDue = not met, due at or after the cut-off;
 *  - closedWithout = not met, on a case closed before the cut-off (the step
 *    was skipped; not counted in the rate);
 *  - onTimeRate = onTime ÷ (onTime + late + openOverdue), null when 0;
 *  - averageOverdueMs / worstOverdueMs over late and openOverdue together.
 * byDepartment: the department_answer deadlines counted the same way for
 * each department that answers them (the case's responsible departments;
 * '' = none named yet) — seed 003 §十四 checks each department's 时效.
 * unknownCases = complaints active in the period (received before its end,
 * not closed before its start) whose row has no deadline facts yet.
 */
import { DEADLINE_KINDS, type DeadlineKind } from '../lifecycle/deadlines-types';
import type { RowTimes } from './row-times';
import { instantMs, type StatsRow } from './rows';

export interface DeadlineKindStats {
  kind: DeadlineKind;
  onTime: number;
  late: number;
  openOverdue: number;
  notDue: number;
  closedWithout: number;
  onTimeRate: number | null;
  averageOverdueMs: number | null;
  worstOverdueMs: number | null;
}

export interface DepartmentAnswerStats extends Omit<DeadlineKindStats, 'kind'> {
  /** A department, or '' for cases with none named yet. */
  department: string;
}

export interface DeadlineStats {
  /** Every kind, in DEADLINE_KINDS order (kinds with no deadline in the period have all zeros). */
  byKind: DeadlineKindStats[];
  /** department_answer per answering department, worst on-time rate first. */
  byDepartment: DepartmentAnswerStats[];
  unknownCases: number;
}

interface Counter {
  onTime: number;
  late: number;
  openOverdue: number;
  notDue: number;
  closedWithout: number;
  overdueSum: number;
  overdueWorst: number;
}

const newCounter = (): Counter => ({ onTime: 0, late: 0, openOverdue: 0, notDue: 0, closedWithout: 0, overdueSum: 0, overdueWorst: 0 });

function summary(c: Counter): Omit<DeadlineKindStats, 'kind'> {
  const counted = c.onTime + c.late + c.openOverdue;
  const over = c.late + c.openOverdue;
  return {
    onTime: c.onTime,
    late: c.late,
    openOverdue: c.openOverdue,
    notDue: c.notDue,
    closedWithout: c.closedWithout,
    onTimeRate: counted > 0 ? c.onTime / counted : null,
    averageOverdueMs: over > 0 ? c.overdueSum / over : null,
    worstOverdueMs: over > 0 ? c.overdueWorst : null,
  };
}

/** Counts one deadline (due in the period) into `c`. */
function count(c: Counter, due: number, done: number, caseClosedMs: number, cutoffMs: number): void {
  if (!Number.isNaN(done)) {
    if (done <= due) c.onTime++;
    else {
      c.late++;
      overdue(c, done - due);
    }
  } else if (caseClosedMs < cutoffMs) c.closedWithout++;
  else if (due < cutoffMs) {
    c.openOverdue++;
    overdue(c, cutoffMs - due);
  } else c.notDue++;
}

function overdue(c: Counter, ms: number): void {
  c.overdueSum += ms;
  if (ms > c.overdueWorst) c.overdueWorst = ms;
}

export function deadlineCollector(from: number, to: number, cutoffMs: number) {
  const counters = new Map<DeadlineKind, Counter>(DEADLINE_KINDS.map((kind) => [kind, newCounter()]));
  const departments = new Map<string, Counter>();
  const departmentCounter = (department: string): Counter => {
    let c = departments.get(department);
    if (!c) departments.set(department, (c = newCounter()));
    return c;
  };
  let unknown = 0;
  return {
    add(row: StatsRow, t: RowTimes): void {
      const list = row.deadlines;
      if (!list) {
        if (t.receivedMs < to && !(t.closedMs < from)) unknown++;
        return;
      }
      for (const d of list) {
        const due = instantMs(d.dueAt);
        if (!(due >= from && due < to)) continue;
        const c = counters.get(d.kind);
        if (!c) continue; // a kind this version does not know
        const done = instantMs(d.doneAt);
        count(c, due, done, t.closedMs, cutoffMs);
        if (d.kind === 'department_answer') {
          const named = row.departments ?? [];
          if (named.length === 0) count(departmentCounter(''), due, done, t.closedMs, cutoffMs);
          for (const department of named) count(departmentCounter(department), due, done, t.closedMs, cutoffMs);
        }
      }
    },
    result(): DeadlineStats {
      const byKind = DEADLINE_KINDS.map((kind): DeadlineKindStats => ({ kind, ...summary(counters.get(kind)!) }));
      const byDepartment = [...departments].map(([department, c]): DepartmentAnswerStats => ({ department, ...summary(c) }));
      byDepartment.sort((a, b) => (a.onTimeRate ?? 2) - (b.onTimeRate ?? 2) || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
      return { byKind, byDepartment, unknownCases: unknown };
    },
  };
}
