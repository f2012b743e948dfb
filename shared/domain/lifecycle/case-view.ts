/**
 * The one projection of a case's records into the view the guards, the case
 * page and the printed forms read (CaseLifecycleView): the lifecycle record
 * (the default one when none was written), each child list in its stable
 * order. Pure: the working database (renderer/db loadViews) and an archive
 * file (retention/archived-case.ts) hand it the rows they hold.
 */
import type { ComplaintCase } from '../case';
import type { CaseLifecycle } from './records';
import type { CaseLifecycleView } from './states';

/** The rows of one case, as the tables hold them (all rounds, tombstones included); a list not given is empty. */
export type CaseViewRows = Partial<Omit<CaseLifecycleView, 'lifecycle'>> & { lifecycle?: CaseLifecycle | undefined };

/** The lifecycle a case has before anything was written: registered, round 1. */
export function defaultLifecycle(c: Pick<ComplaintCase, 'id' | 'createdAt' | 'createdBy'>): CaseLifecycle {
  return {
    id: c.id,
    caseId: c.id,
    state: 'registered',
    round: 1,
    triage: null,
    severity: null,
    severityCriteria: [],
    category: null,
    customerDeadlineAt: null,
    analysisSummary: '',
    decision: null,
    decisionAmountFen: null,
    decisionNote: '',
    rmaNumber: null,
    returnCarrier: '',
    returnTrackingNumber: '',
    returnPickupDate: null,
    callbackAt: null,
    containmentAt: null,
    eightDStarted: false,
    createdAt: c.createdAt,
    createdBy: c.createdBy,
  };
}

/** Oldest first by time, then id (append-only records). */
export function byTime<T extends { at: string; id: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Child records by round, then by `key` (a date), then id — a stable order for the case page. */
function byRound<T extends { round: number; id: string }>(list: T[], key: (r: T) => string = () => ''): T[] {
  return list.sort((a, b) => a.round - b.round || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The view of a case from its rows (the lists are sorted in place: pass lists the caller owns). */
export function caseLifecycleView(c: Pick<ComplaintCase, 'id' | 'createdAt' | 'createdBy'>, rows: CaseViewRows): CaseLifecycleView {
  return {
    lifecycle: rows.lifecycle ?? defaultLifecycle(c),
    transitions: byTime(rows.transitions ?? []),
    approvals: byTime(rows.approvals ?? []),
    returnLines: byRound(rows.returnLines ?? []),
    dispositions: byRound(rows.dispositions ?? []),
    repairOrders: byRound(rows.repairOrders ?? []),
    shipments: byRound(rows.shipments ?? [], (s) => s.shippedOn),
    shares: byRound(rows.shares ?? []),
    supplierClaims: byRound(rows.supplierClaims ?? []),
    costs: byRound(rows.costs ?? []),
    actions: byRound(rows.actions ?? [], (a) => a.dueDate),
    replies: byRound(rows.replies ?? [], (r) => r.repliedAt),
    surveys: byRound(rows.surveys ?? [], (r) => r.surveyedAt),
    signatures: byTime(rows.signatures ?? []),
  };
}
