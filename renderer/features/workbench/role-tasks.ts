/**
 * The workbench's lists by person and role (issue 16.6), from the ledger
 * rows in memory: the open cases whose current step the signed-in clerk's
 * roles do (我的任务), and for a manager the cases in the approval step their
 * role may approve (待我审批). Approvals go to their own list only, not to
 * both. Both sorted by due time (no deadline last, then by case number).
 * Pure; one pass over the rows (who acts: shared/domain/clerks/work-of-roles.ts).
 */
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { myStepTest } from '../../../shared/domain/clerks/work-of-roles';
import type { AuthorityMatrix } from '../../../shared/domain/lifecycle/authority';
import type { IndexedRow } from '../../state/ledger-filter';
import type { DueItem } from './tasks';

export interface RoleWork {
  /** Cases whose current step (not the approval) is this clerk's. */
  steps: DueItem[];
  /** Cases waiting in the approval step for an approval this clerk's role may give. */
  approvals: DueItem[];
}

const byDue = (a: DueItem, b: DueItem): number => {
  const aNone = Number.isNaN(a.dueMs);
  const bNone = Number.isNaN(b.dueMs);
  if (aNone !== bNone) return aNone ? 1 : -1;
  return (aNone ? 0 : a.dueMs - b.dueMs) || (a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0);
};

export function roleWork(rows: readonly IndexedRow[], clerkRoles: readonly ClerkRole[], matrix: AuthorityMatrix): RoleWork {
  const steps: DueItem[] = [];
  const approvals: DueItem[] = [];
  if (clerkRoles.length === 0) return { steps, approvals };
  const mine = myStepTest(clerkRoles, matrix);
  for (const { row } of rows) {
    if (row.state === 'closed') continue;
    // Rows stored before issue 16.6 carry no decision amount: null (every manager sees the approval).
    if (!mine(row.state, row.decisionAmountFen ?? null)) continue;
    const item = { row, dueMs: row.nextDueAt === null ? Number.NaN : Date.parse(row.nextDueAt) };
    if (row.state === 'approval') approvals.push(item);
    else steps.push(item);
  }
  steps.sort(byDue);
  approvals.sort(byDue);
  return { steps, approvals };
}
