/**
 * States and actions of the case lifecycle (DOMAIN §3), and the types the
 * state machine (machine.ts) works on. Path A (no return) goes
 * decision → responsibility; paths B/C go through approval and the return
 * steps. Every transition is a TransitionRecord (who, when, why).
 *
 *   registered → analysis → decision ─A──────────────────────────────┐
 *                              └─B/C→ approval → return_logistics →   │
 *                                     receiving → inspection →        │
 *                                     disposition → responsibility ←──┘
 *   responsibility → costs → corrective_action → reply → follow_up → closed
 *   (reply → closed directly when no follow-up is due)
 *   follow_up ─unsatisfied survey→ analysis (new round)
 *   closed ─reopen (reason)→ analysis
 */
import type { AuthorityMatrix, ApproverRole } from './authority';
import type {
  ApprovalRecord,
  CaseActionRecord,
  CaseLifecycle,
  CustomerReply,
  DispositionRecord,
  ResponsibilityShare,
  ReturnLine,
  SupplierClaim,
  SurveyRecord,
  CostRecord,
  TransitionRecord,
} from './records';

export const CASE_STATES = [
  'registered',
  'analysis',
  'decision',
  'approval',
  'return_logistics',
  'receiving',
  'inspection',
  'disposition',
  'responsibility',
  'costs',
  'corrective_action',
  'reply',
  'follow_up',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Position of a state on the main path (for "send back to an earlier step"). */
export function stateIndex(state: CaseState): number {
  return CASE_STATES.indexOf(state);
}

export const LIFECYCLE_ACTIONS = [
  /** registered → analysis; triage, severity and category set. */
  'start_analysis',
  /** analysis → decision; analysis summary written. */
  'finish_analysis',
  /** decision → approval (B/C, amount set) or → responsibility (A). */
  'confirm_decision',
  /** approval → return_logistics; an approval record of sufficient authority (made by the approvals repository). */
  'approve',
  /** approval → decision; a rejection record with its reason. */
  'reject',
  /** return_logistics → receiving; RMA number, ≥1 return line, carrier + tracking number + pickup date. */
  'ship_return',
  /** receiving → inspection; every line counted (quantity, received by, storage location). */
  'finish_receiving',
  /** inspection → disposition; every line with received quantity > 0 inspected. */
  'finish_inspection',
  /** disposition → responsibility; dispositions add up to the received quantity per line. */
  'finish_disposition',
  /** responsibility → costs; shares sum to 100, each supplier share has a supplier claim. */
  'confirm_responsibility',
  /** costs → corrective_action; cost lines valid. */
  'confirm_costs',
  /** corrective_action → reply; at least one action or an 8D started. */
  'finish_corrective_action',
  /** reply → follow_up; a customer reply in this round. */
  'start_follow_up',
  /** reply|follow_up → closed; no open actions, a reply, a satisfied survey where a follow-up is due. */
  'close',
  /** follow_up → analysis with round + 1; the latest survey of the round is unsatisfied. */
  'new_round',
  /** closed → analysis; reason required. */
  'reopen',
  /** any open state → an earlier state (`to`); reason required. */
  'send_back',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/**
 * Everything the guards look at: the lifecycle record and the child records
 * of the case. Repositories build it (getCaseFile); tests build it by hand.
 * Child lists may contain records of other rounds and tombstones: the guards
 * filter by `lifecycle.round` and `deleted` themselves.
 */
export interface CaseLifecycleView {
  lifecycle: CaseLifecycle;
  transitions: TransitionRecord[];
  approvals: ApprovalRecord[];
  returnLines: ReturnLine[];
  dispositions: DispositionRecord[];
  shares: ResponsibilityShare[];
  supplierClaims: SupplierClaim[];
  costs: CostRecord[];
  actions: CaseActionRecord[];
  replies: CustomerReply[];
  surveys: SurveyRecord[];
}

/** Configuration the guards need (from settings). */
export interface LifecycleRules {
  authorityMatrix: AuthorityMatrix;
}

/**
 * Why an action cannot be done now. `code` is stable (the UI translates
 * `lifecycle.missing.<code>`); `field` names the field to fix, `lineId` the
 * return line, `params` values for the message (e.g. required role, sums).
 */
export interface MissingReason {
  code: MissingCode;
  field?: string;
  lineId?: string;
  params?: Record<string, string | number>;
}

export const MISSING_CODES = [
  'caseClosed',
  'wrongState',
  'triageMissing',
  'severityMissing',
  'categoryMissing',
  'analysisSummaryMissing',
  'decisionMissing',
  'amountMissing',
  'approvalMissing',
  'approverNotAuthorised',
  'rejectionMissing',
  'rmaMissing',
  'returnLinesMissing',
  'carrierMissing',
  'trackingNumberMissing',
  'pickupDateMissing',
  'receiptMissing',
  'inspectionMissing',
  'dispositionSumMismatch',
  'dispositionInvalid',
  'sharesMissing',
  'sharesNotHundred',
  'shareInvalid',
  'supplierClaimMissing',
  'costInvalid',
  'actionsMissing',
  'openActions',
  'replyMissing',
  'surveyMissing',
  'surveyUnsatisfied',
  'surveyNotUnsatisfied',
  'reasonMissing',
  'targetInvalid',
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

export interface ActionAvailability {
  action: LifecycleAction;
  /** Where the action leads (for send_back: the earliest allowed target; see sendBackTargets). */
  to: CaseState;
  allowed: boolean;
  /** Empty when allowed. */
  missing: MissingReason[];
}

/** What a clerk asks for. `reason` for reject/reopen/send_back/new_round; `to` for send_back. */
export interface TransitionRequest {
  action: LifecycleAction;
  reason?: string;
  to?: CaseState;
  /** For approve: the role of the approver (checked against the matrix). */
  approverRole?: ApproverRole;
}

export interface GuardFailure {
  action: LifecycleAction;
  missing: MissingReason[];
}
