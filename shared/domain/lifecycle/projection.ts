/**
 * The ledger-level projection of a case's lifecycle: what filters, badges
 * and the workbench need without opening the case. Computed from the
 * lifecycle view + deadlines at write time (and after a merge), stored with
 * the case record, copied into the LedgerRow.
 * Overdue is NOT stored (it depends on "now"): overdue = nextDueAt < now.
 */
import type { Deadline, DeadlineKind } from './deadlines-types';
import type { Department } from './records';
import type { CaseLifecycleView, CaseState } from './states';
import type { ComplaintCategory, Severity, TriageCategory } from './triage';
import { countsAsComplaint } from './triage';

export interface CaseProjection {
  state: CaseState;
  severity: Severity | null;
  triage: TriageCategory | null;
  category: ComplaintCategory | null;
  countsAsComplaint: boolean;
  departments: Department[];
  nextDueAt: string | null;
  nextDueKind: DeadlineKind | null;
  round: number;
  rmaNumber: string | null;
}

export const EMPTY_PROJECTION: CaseProjection = {
  state: 'registered',
  severity: null,
  triage: null,
  category: null,
  countsAsComplaint: true,
  departments: [],
  nextDueAt: null,
  nextDueKind: null,
  round: 1,
  rmaNumber: null,
};

/** Builds the projection; `deadlines` from computeDeadlines. */
export function projectCase(view: CaseLifecycleView, deadlines: readonly Deadline[]): CaseProjection {
  const lc = view.lifecycle;
  const departments = [
    ...new Set(view.shares.filter((s) => !s.deleted && s.round === lc.round).map((s) => s.department)),
  ].sort();
  let next: Deadline | null = null;
  if (lc.state !== 'closed') {
    for (const d of deadlines) {
      if (d.doneAt !== null) continue;
      if (!next || Date.parse(d.dueAt) < Date.parse(next.dueAt)) next = d;
    }
  }
  return {
    state: lc.state,
    severity: lc.severity,
    triage: lc.triage,
    category: lc.category,
    countsAsComplaint: countsAsComplaint(lc),
    departments,
    nextDueAt: next?.dueAt ?? null,
    nextDueKind: next?.kind ?? null,
    round: lc.round,
    rmaNumber: lc.rmaNumber,
  };
}

/** Is the row overdue at `nowMs`? */
export function isOverdue(row: Pick<CaseProjection, 'nextDueAt'>, nowMs: number): boolean {
  return row.nextDueAt !== null && Date.parse(row.nextDueAt) < nowMs;
}
