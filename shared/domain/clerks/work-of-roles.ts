/**
 * Who acts on a case now (issue 16.6): the clerk roles whose work the
 * case's current lifecycle step is, what the workbench's 我的任务 and
 * 待我审批 read. Owns the step → roles table; the signed steps' roles come
 * from signatures/steps.ts (rolesThatSign), so the workbench and the case
 * page agree on who may sign.
 *
 * The choice, from DOMAIN §3 and the customer's procedures:
 *   registered, analysis, decision → 客服 service + 品质 QE (intake and
 *     triage by service, cause analysis and the A/B/C decision by QE);
 *   approval → the required approver by amount or a higher one
 *     (rolesThatSign 'approveReturn'; an amount not known yet counts as 0,
 *     so every manager sees it);
 *   return_logistics → 仓库 warehouse (pickup) + 客服 service (carrier with
 *     the customer);
 *   receiving → warehouse; inspection → QE;
 *   disposition → rolesThatSign 'acceptDisposition' (QE, quality head).
 *     Planning (计划科) books rework orders inside this step only for rework
 *     lines, which the ledger row does not tell: planning is not listed;
 *   responsibility → QE + 品质主管 quality head;
 *   costs → rolesThatSign 'confirmCosts' (finance);
 *   corrective_action → QE;
 *   reply, follow_up → service, and the holders of rolesThatSign 'closeCase'
 *     (the case may close from there);
 *   closed → nobody.
 * Admin is not a work role: it administers clerks, never a case step.
 *
 * A delegate (委托授权, delegation.ts) sees the approvals a role delegated to
 * them covers, marked with on whose authority (delegatedApprovalTest); the
 * delegator keeps seeing them too.
 */
import { requiredApprover, type ApproverRole, type AuthorityMatrix } from '../lifecycle/authority';
import type { Fen } from '../lifecycle/money';
import type { CaseState } from '../lifecycle/state-names';
import { rolesThatSign, type SigningFacts } from '../signatures/steps';
import { CLERK_ROLES, type ClerkRole } from './roles';
import type { DelegatedRole } from './delegation';

/** The roles that work on cases (every role but admin). */
export const WORK_ROLES: readonly ClerkRole[] = CLERK_ROLES.filter((r) => r !== 'admin');

/** The roles that approve returns by amount (the authority matrix). */
export const MANAGER_ROLES: readonly ClerkRole[] = ['departmentManager', 'deputyGeneralManager', 'generalManager'];

/** What decides who acts: the case's state, and for the approval its decision amount and the office's matrix. */
export interface CaseWorkFacts {
  state: CaseState;
  amountFen: Fen | null;
  matrix: AuthorityMatrix;
}

const CLOSERS = (facts: SigningFacts) => rolesThatSign('closeCase', facts);

const ACTING: Record<CaseState, (facts: SigningFacts) => readonly ClerkRole[]> = {
  registered: () => ['service', 'qualityEngineer'],
  analysis: () => ['service', 'qualityEngineer'],
  decision: () => ['service', 'qualityEngineer'],
  approval: (facts) => rolesThatSign('approveReturn', facts),
  return_logistics: () => ['warehouse', 'service'],
  receiving: () => ['warehouse'],
  inspection: () => ['qualityEngineer'],
  disposition: (facts) => rolesThatSign('acceptDisposition', facts),
  responsibility: () => ['qualityEngineer', 'qualityHead'],
  costs: (facts) => rolesThatSign('confirmCosts', facts),
  corrective_action: () => ['qualityEngineer'],
  reply: (facts) => ['service', ...CLOSERS(facts)],
  follow_up: (facts) => ['service', ...CLOSERS(facts)],
  closed: () => [],
};

/** The roles that act on a case in `facts.state` now, each once, the step's own role first. */
export function rolesActingOn(facts: CaseWorkFacts): ClerkRole[] {
  return [...new Set(ACTING[facts.state]({ amountFen: facts.amountFen, matrix: facts.matrix }))];
}

/** Is the case's current step work for a clerk holding `clerkRoles`? */
export function isMyStep(clerkRoles: readonly ClerkRole[], facts: CaseWorkFacts): boolean {
  return rolesActingOn(facts).some((r) => clerkRoles.includes(r));
}

/** Does the clerk hold any role that works on cases (not only admin)? */
export function hasWorkRole(clerkRoles: readonly ClerkRole[]): boolean {
  return clerkRoles.some((r) => WORK_ROLES.includes(r));
}

/** Does the clerk approve returns (department manager, deputy GM or GM)? */
export function isManager(clerkRoles: readonly ClerkRole[]): boolean {
  return clerkRoles.some((r) => MANAGER_ROLES.includes(r));
}

/**
 * isMyStep for one clerk over many cases (the workbench's 100,000 rows):
 * the answer per state is worked out once; only the approval looks at the
 * amount, through the amount's required approver (the answer is the same
 * for every amount that needs the same approver).
 */
export function myStepTest(clerkRoles: readonly ClerkRole[], matrix: AuthorityMatrix): (state: CaseState, amountFen: Fen | null) => boolean {
  const byState = new Map<CaseState, boolean>();
  for (const state of Object.keys(ACTING) as CaseState[]) {
    if (state !== 'approval') byState.set(state, isMyStep(clerkRoles, { state, amountFen: null, matrix }));
  }
  const approvalBy = new Map<ApproverRole, boolean>();
  return (state, amountFen) => {
    if (state !== 'approval') return byState.get(state) ?? false;
    const required = requiredApprover(amountFen ?? 0, matrix);
    let mine = approvalBy.get(required);
    if (mine === undefined) {
      mine = isMyStep(clerkRoles, { state, amountFen, matrix });
      approvalBy.set(required, mine);
    }
    return mine;
  };
}

/**
 * For the approvals a clerk does not cover with roles of their own: the
 * delegations to them (delegatedRolesOf, in force now) whose role may
 * approve an amount ([] when none may). Worked out once per required
 * approver, like myStepTest.
 */
export function delegatedApprovalTest(delegated: readonly DelegatedRole[], matrix: AuthorityMatrix): (amountFen: Fen | null) => DelegatedRole[] {
  const byRequired = new Map<ApproverRole, DelegatedRole[]>();
  return (amountFen) => {
    if (delegated.length === 0) return [];
    const required = requiredApprover(amountFen ?? 0, matrix);
    let covering = byRequired.get(required);
    if (!covering) {
      const roles = rolesActingOn({ state: 'approval', amountFen, matrix });
      covering = delegated.filter((d) => roles.includes(d.role));
      byRequired.set(required, covering);
    }
    return covering;
  };
}
