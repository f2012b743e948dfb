/**
 * The steps a clerk signs (issue 16.4) and the roles that may sign each.
 * Approving or rejecting a return follows the authority matrix by amount
 * (lifecycle/authority.ts): the required approver's role or a higher one.
 * The other steps have fixed roles, from the customer's procedures:
 * 8D approval, closure and re-opening (a new revision) by the head of
 * quality (seed 002 D8), closing a
 * case by the quality department's head or a department manager (seed 003
 * 九.8 经核签结案), accepting the disposition by quality (seed 000 3.1.2),
 * confirming the costs by finance (seed 000 3.5.1).
 */
import { APPROVER_RANK, requiredApprover, type AuthorityMatrix } from '../lifecycle/authority';
import type { Fen } from '../lifecycle/money';
import type { LifecycleAction } from '../lifecycle/state-names';
import { CLERK_ROLE_OF_APPROVER, type ClerkRole } from '../clerks/roles';

export const SIGNED_STEPS = ['approveReturn', 'rejectReturn', 'approveEightD', 'closeEightD', 'reopenEightD', 'closeCase', 'acceptDisposition', 'confirmCosts'] as const;
export type SignedStep = (typeof SIGNED_STEPS)[number];

/** Steps whose signing roles do not depend on an amount. */
export const FIXED_SIGNING_ROLES: Record<Exclude<SignedStep, 'approveReturn' | 'rejectReturn'>, readonly ClerkRole[]> = {
  approveEightD: ['qualityHead'],
  closeEightD: ['qualityHead'],
  // Re-opening an approved 8D raises its revision (issue 19.6): those who approve it.
  reopenEightD: ['qualityHead'],
  closeCase: ['qualityHead', 'departmentManager'],
  acceptDisposition: ['qualityEngineer', 'qualityHead'],
  confirmCosts: ['finance'],
};

/** The steps a role held by delegation may sign (委托授权, clerks/delegation.ts): the approvals by amount — the delegation is of approval authority. */
export const DELEGABLE_STEPS: readonly SignedStep[] = ['approveReturn', 'rejectReturn'];

/** The signed steps that are state-machine actions of their own. */
export type SignedActionStep = 'closeCase' | 'acceptDisposition' | 'confirmCosts';

/** The lifecycle actions that are signed steps (approve/reject are signed through their approval record). */
export const SIGNED_ACTIONS: Partial<Record<LifecycleAction, SignedActionStep>> = {
  close: 'closeCase',
  finish_disposition: 'acceptDisposition',
  confirm_costs: 'confirmCosts',
};

export function isSignedStep(value: unknown): value is SignedStep {
  return typeof value === 'string' && (SIGNED_STEPS as readonly string[]).includes(value);
}

/** What decides who signs: the amount and the office's matrix (approval only). */
export interface SigningFacts {
  amountFen: Fen | null;
  matrix: AuthorityMatrix;
}

/**
 * The roles that may sign `step`, in the order a clerk holding several signs
 * with (for an approval: the required approver's role first, then higher).
 */
export function rolesThatSign(step: SignedStep, facts: SigningFacts): ClerkRole[] {
  if (step === 'approveReturn' || step === 'rejectReturn') {
    const required = APPROVER_RANK[requiredApprover(facts.amountFen ?? 0, facts.matrix)];
    return (Object.keys(CLERK_ROLE_OF_APPROVER) as (keyof typeof CLERK_ROLE_OF_APPROVER)[])
      .filter((a) => APPROVER_RANK[a] >= required)
      .sort((a, b) => APPROVER_RANK[a] - APPROVER_RANK[b])
      .map((a) => CLERK_ROLE_OF_APPROVER[a]);
  }
  return [...FIXED_SIGNING_ROLES[step]];
}

/** The role a clerk with `roles` signs `step` as, or null when none of theirs may. */
export function signingRoleOf(roles: readonly ClerkRole[], step: SignedStep, facts: SigningFacts): ClerkRole | null {
  return rolesThatSign(step, facts).find((r) => roles.includes(r)) ?? null;
}
