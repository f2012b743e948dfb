/**
 * The workbench's lists by person and role (issue 16.6), from the ledger
 * rows in memory: the open cases whose current step the signed-in clerk's
 * roles do (我的任务), and for a manager the cases in the approval step their
 * role may approve (待我审批), and the approvals a delegation to them covers
 * (委托授权), marked with the delegators' names. Approvals go to their own
 * list only, not to both. Both sorted by due time (no deadline last, then by case number).
 * Pure; one pass over the rows (who acts: shared/domain/clerks/work-of-roles.ts).
 */
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { delegatedApprovalTest, myStepTest } from '../../../shared/domain/clerks/work-of-roles';
import type { DelegatedRole } from '../../../shared/domain/clerks/delegation';
import type { AuthorityMatrix } from '../../../shared/domain/lifecycle/authority';
import type { IndexedRow } from '../../state/ledger-filter';
import type { DueItem } from './tasks';

export interface RoleWork {
  /** Cases whose current step (not the approval) is this clerk's. */
  steps: DueItem[];
  /** Cases waiting in the approval step for an approval this clerk's role, or a role delegated to them, may give. */
  approvals: ApprovalItem[];
}

export interface ApprovalItem extends DueItem {
  /** The delegators on whose authority the clerk would approve (代 …); empty when a role of their own covers it. */
  onBehalfOf: string[];
}

const byDue = (a: DueItem, b: DueItem): number => {
  const aNone = Number.isNaN(a.dueMs);
  const bNone = Number.isNaN(b.dueMs);
  if (aNone !== bNone) return aNone ? 1 : -1;
  return (aNone ? 0 : a.dueMs - b.dueMs) || (a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0);
};

/** `delegated`: the roles delegated to the clerk now (shared/domain/clerks/delegation.ts delegatedRolesOf). */
export function roleWork(rows: readonly IndexedRow[], clerkRoles: readonly ClerkRole[], matrix: AuthorityMatrix, delegated: readonly DelegatedRole[] = []): RoleWork {
  const steps: DueItem[] = [];
  const approvals: ApprovalItem[] = [];
  if (clerkRoles.length === 0 && delegated.length === 0) return { steps, approvals };
  const mine = myStepTest(clerkRoles, matrix);
  const forOthers = delegatedApprovalTest(delegated, matrix);
  for (const { row } of rows) {
    if (row.state === 'closed') continue;
    // Rows stored before issue 16.6 carry no decision amount: null (every manager sees the approval).
    const amountFen = row.decisionAmountFen ?? null;
    const own = mine(row.state, amountFen);
    const onBehalfOf = row.state === 'approval' && !own ? forOthers(amountFen).map((d) => d.delegatorName) : [];
    if (!own && onBehalfOf.length === 0) continue;
    const item = { row, dueMs: row.nextDueAt === null ? Number.NaN : Date.parse(row.nextDueAt) };
    if (row.state === 'approval') approvals.push({ ...item, onBehalfOf: [...new Set(onBehalfOf)] });
    else steps.push(item);
  }
  steps.sort(byDue);
  approvals.sort(byDue);
  return { steps, approvals };
}
