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
import type { CaseLifecycle, CostKind, CostRecord, Department, ResponsibilityShare, ReturnLine, SupplierClaim, SurveyRecord, TransitionRecord } from './records';
import { ofRound, type CaseLifecycleView, type CaseState } from './states';
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
  // Facts of issue 17 (statistics). Projections stored before lack them: absent = unknown (never 0).
  /** Every deadline of the case (its own and its 8D reports'), as projectCase was given them. */
  deadlines?: DeadlineFact[];
  /** Return lines of every round, live ones. */
  returns?: ReturnFacts;
  /** The current round's latest live follow-up survey; null = none yet. */
  survey?: SurveyFact | null;
  /** Supplier chargebacks (供应商扣款单) of every round, live ones. */
  supplierClaims?: ClaimFacts;
  /** Issue 19.5: the effect check's due date while the case is closed and the check not done (absent otherwise). */
  effectCheckDueDate?: string;
  /** Issue 19.4: the responsibility rule was applied in the current round (absent otherwise). */
  responsibilityRuleApplied?: true;
}

/** One deadline: when it is due, when it was met (null = open). recordId: the 8D report or corrective action it belongs to. */
export interface DeadlineFact {
  kind: DeadlineKind;
  dueAt: string;
  doneAt: string | null;
  recordId?: string;
  /** When the clerk is warned before it is due (the responsibility rule). */
  warnAt?: string;
}

export interface ReturnFacts {
  lines: number;
  /** Σ quantityApproved. */
  approved: number;
  /** Σ quantityReceived of the lines counted in (实退量). */
  received: number;
  /** Lines not counted in yet. */
  linesNotReceived: number;
  /** Σ quantityDefective found by the return inspection. */
  defectiveFound: number;
}

export interface SurveyFact {
  surveyedAt: string;
  /** 0–100 (survey.ts). */
  score: number;
  /** score ≥ 80. */
  satisfied: boolean;
}

export interface ClaimFacts {
  count: number;
  /** Σ amountFen of the claims sent to the supplier (every status but draft). */
  raisedFen: Fen;
  /** Σ amountFen of the settled claims. */
  recoveredFen: Fen;
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

/**
 * The part of the projection statistics count that needs no settings (schema
 * upgrades compute it from the tables alone). The issue-17 facts are there
 * only when their records were read (StatisticsSource).
 */
export type StatisticsFacts = Pick<CaseProjection, 'closedAt' | 'costs' | 'shares'> & Pick<CaseProjection, 'returns' | 'survey' | 'supplierClaims'>;

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
    ...new Set(ofRound(view, view.shares).map((s) => s.department)),
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
    deadlines: deadlines.map(deadlineFact),
    ...(lc.state === 'closed' && lc.effectCheckDueDate && !lc.effectCheck ? { effectCheckDueDate: lc.effectCheckDueDate } : {}),
    ...(lc.responsibilityRuleRound === lc.round ? { responsibilityRuleApplied: true as const } : {}),
  };
}

function deadlineFact(d: Deadline): DeadlineFact {
  const fact: DeadlineFact = { kind: d.kind, dueAt: d.dueAt, doneAt: d.doneAt };
  if (d.recordId !== undefined) fact.recordId = d.recordId;
  if (d.warnAt !== undefined) fact.warnAt = d.warnAt;
  return fact;
}

/** The records statisticsFacts reads (a CaseLifecycleView is one). Without returnLines / surveys / supplierClaims their facts are left out (unknown). */
export interface StatisticsSource {
  lifecycle: Pick<CaseLifecycle, 'state' | 'round'>;
  transitions: readonly TransitionRecord[];
  costs: readonly CostRecord[];
  shares: readonly ResponsibilityShare[];
  returnLines?: readonly ReturnLine[];
  surveys?: readonly SurveyRecord[];
  supplierClaims?: readonly SupplierClaim[];
}

/** What a statistics function needs of one case, from its lifecycle records (every round, tombstones skipped). */
export function statisticsFacts(view: StatisticsSource): StatisticsFacts {
  const lc = view.lifecycle;
  const facts: StatisticsFacts = {
    closedAt: closedAtOf(view),
    costs: sumCosts(view.costs),
    shares: ofRound(view, view.shares)
      .map((s) => ({ department: s.department, percent: s.percent, supplierName: s.supplierName }))
      .sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : a.supplierName < b.supplierName ? -1 : a.supplierName > b.supplierName ? 1 : 0)),
  };
  if (view.returnLines) facts.returns = returnFacts(view.returnLines);
  if (view.surveys) facts.survey = surveyFact(view.surveys, lc.round);
  if (view.supplierClaims) facts.supplierClaims = claimFacts(view.supplierClaims);
  return facts;
}

const quantity = (n: number | null): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

function returnFacts(lines: readonly ReturnLine[]): ReturnFacts {
  const out: ReturnFacts = { lines: 0, approved: 0, received: 0, linesNotReceived: 0, defectiveFound: 0 };
  for (const l of lines) {
    if (l.deleted) continue;
    out.lines++;
    out.approved += quantity(l.quantityApproved);
    if (l.quantityReceived === null) out.linesNotReceived++;
    else out.received += quantity(l.quantityReceived);
    out.defectiveFound += quantity(l.quantityDefective);
  }
  return out;
}

/** The current round's latest live survey (by surveyedAt, then id). */
function surveyFact(surveys: readonly SurveyRecord[], round: number): SurveyFact | null {
  let last: SurveyRecord | null = null;
  for (const s of surveys) {
    if (s.deleted || s.round !== round) continue;
    const t = Date.parse(s.surveyedAt);
    const lastT = last ? Date.parse(last.surveyedAt) : NaN;
    if (!last || t > lastT || (t === lastT && s.id > last.id)) last = s;
  }
  return last ? { surveyedAt: last.surveyedAt, score: last.score, satisfied: last.satisfied } : null;
}

function claimFacts(claims: readonly SupplierClaim[]): ClaimFacts {
  const out: ClaimFacts = { count: 0, raisedFen: 0, recoveredFen: 0 };
  for (const c of claims) {
    if (c.deleted) continue;
    out.count++;
    if (c.status !== 'draft') out.raisedFen += c.amountFen;
    if (c.status === 'settled') out.recoveredFen += c.amountFen;
  }
  return out;
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
