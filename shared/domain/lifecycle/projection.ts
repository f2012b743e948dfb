/**
 * The ledger-level projection of a case's lifecycle: what filters, badges
 * and the workbench need without opening the case. Computed from the
 * lifecycle view + deadlines at write time (and after a merge), stored with
 * the case record, copied into the LedgerRow.
 * Overdue is NOT stored (it depends on "now"): overdue = nextDueAt < now.
 * It also carries the facts a statistics function counts per case (when it
 * was closed, its costs, the responsibility shares), so statistics run over
 * ledger rows without opening 100,000 cases.
 */
import type { Deadline, DeadlineKind } from './deadlines-types';
import type { Fen } from './money';
import type { CaseLifecycle, CostKind, CostRecord, Department, ResponsibilityShare, TransitionRecord } from './records';
import type { CaseLifecycleView, CaseState } from './states';
import type { ComplaintCategory, Severity, TriageCategory } from './triage';
import { countsAsComplaint } from './triage';
import { COST_KINDS } from './records';

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
  /**
   * The decision's amount in fen (who approves it, by the authority matrix:
   * the workbench's 待我审批). Projections stored before issue 16.6 lack it:
   * read it with `?? null` (null = not known, every manager sees the approval).
   */
  decisionAmountFen: Fen | null;
  /** When the case was closed (the current round's closing transition); null while it is open. */
  closedAt: string | null;
  /** Live costs of every round, summed by kind and bearing department (kind order, then department; no department last). */
  costs: CostSum[];
  /** Live responsibility shares of the current round, in percent (statistics weight a department by them). */
  shares: ShareFact[];
}

/** The costs of one kind borne by one department (null = not assigned yet), in fen. */
export interface CostSum {
  kind: CostKind;
  department: Department | null;
  amountFen: Fen;
}

export interface ShareFact {
  department: Department;
  percent: number;
  /** The supplier at fault for a purchasing share, '' otherwise. */
  supplierName: string;
}

/** The part of the projection statistics count; it needs no settings (schema upgrades compute it from the tables alone). */
export type StatisticsFacts = Pick<CaseProjection, 'closedAt' | 'costs' | 'shares'>;

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
  decisionAmountFen: null,
  closedAt: null,
  costs: [],
  shares: [],
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
    decisionAmountFen: lc.decisionAmountFen,
    ...statisticsFacts(view),
  };
}

/** The records statisticsFacts reads (a CaseLifecycleView is one). */
export interface StatisticsSource {
  lifecycle: Pick<CaseLifecycle, 'state' | 'round'>;
  transitions: readonly TransitionRecord[];
  costs: readonly CostRecord[];
  shares: readonly ResponsibilityShare[];
}

/** What a statistics function needs of one case, from its lifecycle records (every round, tombstones skipped). */
export function statisticsFacts(view: StatisticsSource): StatisticsFacts {
  const lc = view.lifecycle;
  return {
    closedAt: closedAtOf(view),
    costs: sumCosts(view.costs),
    shares: view.shares
      .filter((s) => !s.deleted && s.round === lc.round)
      .map((s) => ({ department: s.department, percent: s.percent, supplierName: s.supplierName }))
      .sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : a.supplierName < b.supplierName ? -1 : a.supplierName > b.supplierName ? 1 : 0)),
  };
}

/**
 * When the case was closed: the current round's last transition into
 * `closed` while the case is closed, else null (statistics and the closure
 * deadline both read it). Transitions need not be sorted.
 */
export function closedAtOf(view: Pick<StatisticsSource, 'lifecycle' | 'transitions'>): string | null {
  const { state, round } = view.lifecycle;
  if (state !== 'closed') return null;
  let last: TransitionRecord | null = null;
  for (const t of view.transitions) {
    if (t.round !== round || t.to !== 'closed') continue;
    if (!last || Date.parse(t.at) > Date.parse(last.at) || (t.at === last.at && t.id > last.id)) last = t;
  }
  return last?.at ?? null;
}

function sumCosts(costs: readonly Pick<CostRecord, 'kind' | 'department' | 'amountFen' | 'deleted'>[]): CostSum[] {
  const sums = new Map<string, CostSum>();
  for (const c of costs) {
    if (c.deleted) continue;
    const key = `${c.kind}\u0000${c.department ?? ''}`;
    const sum = sums.get(key);
    if (sum) sum.amountFen += c.amountFen;
    else sums.set(key, { kind: c.kind, department: c.department, amountFen: c.amountFen });
  }
  return [...sums.values()].sort(
    (a, b) => COST_KINDS.indexOf(a.kind) - COST_KINDS.indexOf(b.kind) || (a.department === b.department ? 0 : a.department === null ? 1 : b.department === null ? -1 : a.department < b.department ? -1 : 1),
  );
}

/** Is the row overdue at `nowMs`? */
export function isOverdue(row: Pick<CaseProjection, 'nextDueAt'>, nowMs: number): boolean {
  return row.nextDueAt !== null && Date.parse(row.nextDueAt) < nowMs;
}
