/**
 * Delegation of authority (委托授权 / 代签, seed 000 §3.6 DOA; §4.3 approvals
 * follow the DOA policy): a clerk holding an approver role (部门经理, 副总经理,
 * 总经理) lets another active clerk sign that role's approvals for a span of
 * factory days (inclusive), e.g. while travelling. Made by the delegator
 * himself or by an admin; it can be ended early, never deleted.
 *
 * A delegation is office data: one record per delegation, replicated with
 * its history as a record of the office settings entity whose id starts
 * with DELEGATION_ID_PREFIX (renderer/db/delegations-repository.ts). The
 * rules here are pure: "when" is always an instant the caller takes from
 * the injected clock, read as a factory day (factory-calendar.ts).
 *
 * The existing rules let any holder of a covering role approve any case
 * (there is no self-approval rule): a delegate approves under the same
 * rules as the delegator would.
 */
import { factoryDate } from '../factory-calendar';
import type { ClerkFacts } from './clerk';
import { isActingAdmin } from './clerk';
import { isClerkRole, type ClerkRole } from './roles';

/** The office settings records that are delegations have ids starting with this. */
export const DELEGATION_ID_PREFIX = 'delegation-';

/** The roles that can be delegated: those that approve returns by amount (work-of-roles.ts MANAGER_ROLES). */
export const DELEGABLE_ROLES = ['departmentManager', 'deputyGeneralManager', 'generalManager'] as const satisfies readonly ClerkRole[];
export type DelegableRole = (typeof DELEGABLE_ROLES)[number];

export const DELEGATION_REASON_LIMIT = 100;

export interface Delegation {
  id: string;
  delegatorId: string;
  /** Names as written when the delegation was made (a later rename does not change it). */
  delegatorName: string;
  delegateId: string;
  delegateName: string;
  role: DelegableRole;
  /** First and last factory day, 'yyyy-mm-dd', inclusive. */
  from: string;
  to: string;
  /** 出差, 休假 … */
  reason: string;
  /** Clerk id of who made it (the delegator or an admin). */
  createdBy: string;
  createdAt: string;
  /** Ended early: from this instant (ISO) on it is no longer in force; null while not ended. */
  endedAt: string | null;
  endedBy: string | null;
}

/** What a clerk enters for a new delegation. */
export interface DelegationInput {
  delegatorId: string;
  delegateId: string;
  role: string;
  from: string;
  to: string;
  reason: string;
}

export type DelegationProblems = Partial<Record<'actor' | 'delegator' | 'delegate' | 'role' | 'from' | 'to' | 'reason', string>>;

/** A clerk as the rules need them here. */
export interface DelegationClerk extends ClerkFacts {
  name: string;
  deleted?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isFactoryDay = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export function isDelegableRole(value: unknown): value is DelegableRole {
  return isClerkRole(value) && (DELEGABLE_ROLES as readonly string[]).includes(value);
}

export function isDelegationId(id: string): boolean {
  return id.startsWith(DELEGATION_ID_PREFIX);
}

/**
 * Problems of a new delegation made by `actorId` on the factory day of
 * `now` (ms), against the clerk list; empty when fine. Codes:
 * actor notAllowed (neither the delegator nor an admin); delegator unknown,
 * notHolder (does not hold the role); delegate required, self, unknown,
 * inactive; role notDelegable; from/to invalidDate; to beforeFrom, inPast;
 * reason required, tooLong.
 */
export function checkDelegation(input: DelegationInput, clerks: readonly DelegationClerk[], actorId: string | null, now: number): DelegationProblems {
  const problems: DelegationProblems = {};
  const live = (id: string) => clerks.find((c) => c.id === id && !c.deleted);
  const actor = actorId ? live(actorId) : undefined;
  const delegator = live(input.delegatorId);
  const delegate = input.delegateId ? live(input.delegateId) : undefined;
  if (!actor || !actor.active || (actor.id !== input.delegatorId && !isActingAdmin(actor))) problems.actor = 'notAllowed';
  if (!isDelegableRole(input.role)) problems.role = 'notDelegable';
  if (!delegator) problems.delegator = 'unknown';
  else if (isDelegableRole(input.role) && !delegator.roles.includes(input.role)) problems.delegator = 'notHolder';
  if (input.delegateId === '') problems.delegate = 'required';
  else if (input.delegateId === input.delegatorId) problems.delegate = 'self';
  else if (!delegate) problems.delegate = 'unknown';
  else if (!delegate.active) problems.delegate = 'inactive';
  if (!isFactoryDay(input.from)) problems.from = 'invalidDate';
  if (!isFactoryDay(input.to)) problems.to = 'invalidDate';
  else if (isFactoryDay(input.from) && input.to < input.from) problems.to = 'beforeFrom';
  else if (input.to < factoryDate(now)) problems.to = 'inPast';
  const reason = input.reason.trim();
  if (reason === '') problems.reason = 'required';
  else if (reason.length > DELEGATION_REASON_LIMIT) problems.reason = 'tooLong';
  return problems;
}

/** May `actor` end `delegation` early? The delegator himself or an admin; only one not ended yet. */
export function checkEndDelegation(delegation: Delegation, actor: DelegationClerk | undefined): 'notAllowed' | 'alreadyEnded' | null {
  if (!actor || !actor.active || actor.deleted || (actor.id !== delegation.delegatorId && !isActingAdmin(actor))) return 'notAllowed';
  return delegation.endedAt !== null ? 'alreadyEnded' : null;
}

export type DelegationStatus = 'upcoming' | 'inForce' | 'ended';

/** Where a delegation stands at instant `at` (ms): before its first day, in force, or past its last day or ended early. */
export function delegationStatus(d: Pick<Delegation, 'from' | 'to' | 'endedAt'>, at: number): DelegationStatus {
  if (d.endedAt !== null && Date.parse(d.endedAt) <= at) return 'ended';
  const day = factoryDate(at);
  if (day < d.from) return 'upcoming';
  return day > d.to ? 'ended' : 'inForce';
}

export function isInForce(d: Pick<Delegation, 'from' | 'to' | 'endedAt'>, at: number): boolean {
  return delegationStatus(d, at) === 'inForce';
}

/** A role a clerk may sign with on someone else's authority, now. */
export interface DelegatedRole {
  delegationId: string;
  role: DelegableRole;
  delegatorId: string;
  delegatorName: string;
}

/**
 * The roles `clerkId` holds by delegation at `at`: delegations to them in
 * force, whose delegator still holds the role and exists (a delegator who
 * lost the role passes nothing on). The delegate must be active himself.
 */
export function delegatedRolesOf(clerkId: string, delegations: readonly Delegation[], clerks: readonly DelegationClerk[], at: number): DelegatedRole[] {
  const delegate = clerks.find((c) => c.id === clerkId && !c.deleted);
  if (!delegate || !delegate.active) return [];
  const out: DelegatedRole[] = [];
  for (const d of delegations) {
    if (d.delegateId !== clerkId || !isInForce(d, at)) continue;
    const delegator = clerks.find((c) => c.id === d.delegatorId && !c.deleted);
    if (!delegator || !delegator.roles.includes(d.role)) continue;
    out.push({ delegationId: d.id, role: d.role, delegatorId: d.delegatorId, delegatorName: delegator.name });
  }
  return out;
}

/** Who may sign with a role: a holder (onBehalfOf null) or a delegate in force. */
export interface Approver {
  clerkId: string;
  role: ClerkRole;
  onBehalfOf: DelegatedRole | null;
}

/**
 * Who may approve a step that `covering` roles may sign (signatures/steps.ts
 * rolesThatSign, lowest first), at `at`: every active holder of a covering
 * role, and every delegate in force for a covering role. One entry per
 * clerk: their own role when they hold one, else the first delegation.
 */
export function approversOf(covering: readonly ClerkRole[], delegations: readonly Delegation[], clerks: readonly DelegationClerk[], at: number): Approver[] {
  const out: Approver[] = [];
  for (const clerk of clerks) {
    if (clerk.deleted || !clerk.active) continue;
    const own = covering.find((r) => clerk.roles.includes(r));
    if (own) {
      out.push({ clerkId: clerk.id, role: own, onBehalfOf: null });
      continue;
    }
    const delegated = delegatedRolesOf(clerk.id, delegations, clerks, at).find((g) => covering.includes(g.role));
    if (delegated) out.push({ clerkId: clerk.id, role: delegated.role, onBehalfOf: delegated });
  }
  return out;
}

/** How a signature on someone's authority reads on paper and in the history: "张三 代 王总 (委托授权)". */
export function signedOnBehalfText(signerName: string, delegatorName: string | null | undefined): string {
  return delegatorName ? `${signerName} 代 ${delegatorName} (委托授权)` : signerName;
}

const text = (v: unknown): v is string => typeof v === 'string';

/** A stored or replicated delegation record as this app reads it, or null when it is not one (untrusted: never throws). */
export function readDelegation(value: unknown): Delegation | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!text(v.id) || !isDelegationId(v.id)) return null;
  if (!['delegatorId', 'delegateId', 'createdBy', 'createdAt'].every((k) => text(v[k]) && v[k] !== '')) return null;
  if (!isDelegableRole(v.role) || !isFactoryDay(v.from) || !isFactoryDay(v.to)) return null;
  const endedAt = text(v.endedAt) && !Number.isNaN(Date.parse(v.endedAt)) ? v.endedAt : null;
  return {
    id: v.id,
    delegatorId: v.delegatorId as string,
    delegatorName: text(v.delegatorName) ? v.delegatorName : '',
    delegateId: v.delegateId as string,
    delegateName: text(v.delegateName) ? v.delegateName : '',
    role: v.role,
    from: v.from,
    to: v.to,
    reason: text(v.reason) ? v.reason : '',
    createdBy: v.createdBy as string,
    createdAt: v.createdAt as string,
    endedAt,
    endedBy: endedAt && text(v.endedBy) ? v.endedBy : null,
  };
}
