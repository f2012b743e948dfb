/**
 * How a deadline reads on the case page: overdue (open and past), due today
 * (open, same local date), open, done or done late. Pure.
 */
import type { Deadline } from '../../../shared/domain/lifecycle/deadlines-types';

export type DeadlineBadge = 'overdue' | 'dueToday' | 'open' | 'done' | 'late';

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function deadlineBadge(deadline: Pick<Deadline, 'dueAt' | 'doneAt' | 'late'>, nowMs: number): DeadlineBadge {
  if (deadline.doneAt !== null) return deadline.late ? 'late' : 'done';
  const due = Date.parse(deadline.dueAt);
  if (due < nowMs) return 'overdue';
  return localDay(due) === localDay(nowMs) ? 'dueToday' : 'open';
}
