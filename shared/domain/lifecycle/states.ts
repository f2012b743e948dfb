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
import type { SignatureRecord } from '../signatures/signature';
import type { AuthorityMatrix } from './authority';
import type {
  ApprovalRecord,
  CaseActionRecord,
  CaseLifecycle,
  CustomerReply,
  DispositionRecord,
  OutboundShipment,
  RepairOrder,
  ResponsibilityShare,
  ReturnLine,
  SupplierClaim,
  SurveyRecord,
  CostRecord,
  TransitionRecord,
} from './records';

import type { CaseState, LifecycleAction } from './state-names';
export { CASE_STATES, LIFECYCLE_ACTIONS, stateIndex, type CaseState, type LifecycleAction } from './state-names';

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
  /** 返修单 of the return lines (issue 19.1). */
  repairOrders: RepairOrder[];
  /** Goods sent back to the customer (issue 19.1). */
  shipments: OutboundShipment[];
  shares: ResponsibilityShare[];
  supplierClaims: SupplierClaim[];
  costs: CostRecord[];
  actions: CaseActionRecord[];
  replies: CustomerReply[];
  surveys: SurveyRecord[];
  /** Electronic signatures of the case's signed steps (signatures/signature.ts), oldest first. */
  signatures: SignatureRecord[];
}

/** Configuration the guards need (from settings). */
export interface LifecycleRules {
  authorityMatrix: AuthorityMatrix;
  /** The office's satisfied threshold of the survey (survey-form.ts); 80 when absent. */
  satisfiedThreshold?: number;
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
  'goodsOwed',
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
}

export interface GuardFailure {
  action: LifecycleAction;
  missing: MissingReason[];
}

/** The live records of the view's current round. */
export const ofRound = <T extends { round: number; deleted?: boolean }>(view: { lifecycle: { round: number } }, list: readonly T[]): T[] =>
  list.filter((r) => !r.deleted && r.round === view.lifecycle.round);
