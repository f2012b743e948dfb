/**
 * How a deadline reads on the case page: overdue (open and past), due today
 * (open, same factory day), open, done or done late. Pure.
 */
import { isSameFactoryDay } from '../../shared/domain/factory-calendar';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';

export type DeadlineBadge = 'overdue' | 'dueToday' | 'open' | 'done' | 'late';

export function deadlineBadge(deadline: Pick<Deadline, 'dueAt' | 'doneAt' | 'late'>, nowMs: number): DeadlineBadge {
  if (deadline.doneAt !== null) return deadline.late ? 'late' : 'done';
  const due = Date.parse(deadline.dueAt);
  if (due < nowMs) return 'overdue';
  return isSameFactoryDay(due, nowMs) ? 'dueToday' : 'open';
}
