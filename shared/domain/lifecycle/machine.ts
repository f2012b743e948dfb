/**
 * The lifecycle state machine (DOMAIN §3) as pure functions: which actions a
 * case allows now and what is missing for the others (the case page shows
 * both), and applying one action to get the TransitionRecord to store.
 * Guards read the CaseLifecycleView of the CURRENT round only.
 */
import { canApprove, requiredApprover } from './authority';
import { DEFAULT_AUTHORITY_MATRIX } from './authority';
import type { ApprovalRecord, CaseLifecycle, TransitionRecord } from './records';
import { checkDispositionSums } from './returns';
import { goodsOwed } from './outbound';
import { checkShares, sharesWithoutClaim } from './responsibility';
import { errResult, okResult, type Result } from './result';
import {
  CASE_STATES,
  ofRound,
  stateIndex,
  type ActionAvailability,
  type CaseLifecycleView,
  type CaseState,
  type GuardFailure,
  type LifecycleAction,
  type LifecycleRules,
  type MissingReason,
  type TransitionRequest,
} from './states';
import { triageMissing } from './triage';
import { isSatisfiedScore, thresholdOf } from './survey';

export const DEFAULT_LIFECYCLE_RULES: LifecycleRules = { authorityMatrix: DEFAULT_AUTHORITY_MATRIX };

interface ActionSpec {
  from: readonly CaseState[];
  /** Target state (may depend on the case). */
  to: (view: CaseLifecycleView, request: TransitionRequest) => CaseState;
  guard: (view: CaseLifecycleView, rules: LifecycleRules, request: TransitionRequest) => MissingReason[];
}

/** The latest approval/rejection record of the current round (by time, then id). */
export function latestApproval(view: CaseLifecycleView): ApprovalRecord | null {
  const list = ofRound(view, view.approvals);
  let best: ApprovalRecord | null = null;
  for (const a of list) if (!best || a.at > best.at || (a.at === best.at && a.id > best.id)) best = a;
  return best;
}

/** Is the return of the current round approved (latest record approved, for the current decision and amount)? */
export function isReturnApproved(view: CaseLifecycleView, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): boolean {
  const a = latestApproval(view);
  const lc = view.lifecycle;
  return (
    !!a &&
    a.outcome === 'approved' &&
    a.decision === lc.decision &&
    a.amountFen === lc.decisionAmountFen &&
    canApprove(a.approverRole, a.amountFen, rules.authorityMatrix)
  );
}

/** Is a follow-up survey due before closing? Yes unless path A with a general severity. */
export function followUpRequired(lc: CaseLifecycle): boolean {
  return !(lc.decision === 'A' && lc.severity === 'general');
}

const needsReason = (request: TransitionRequest): MissingReason[] =>
  request.reason && request.reason.trim() ? [] : [{ code: 'reasonMissing', field: 'reason' }];

function decisionGuard(view: CaseLifecycleView): MissingReason[] {
  const lc = view.lifecycle;
  const missing: MissingReason[] = [];
  if (lc.decision === null) missing.push({ code: 'decisionMissing', field: 'decision' });
  else if (lc.decision !== 'A' && lc.decisionAmountFen === null) missing.push({ code: 'amountMissing', field: 'decisionAmountFen' });
  return missing;
}

const SPECS: Record<LifecycleAction, ActionSpec> = {
  start_analysis: {
    from: ['registered'],
    to: () => 'analysis',
    guard: (view) => triageMissing(view.lifecycle).map((code) => ({ code, field: code.replace('Missing', '') })),
  },
  finish_analysis: {
    from: ['analysis'],
    to: () => 'decision',
    guard: (view) => [
      ...triageMissing(view.lifecycle).map((code): MissingReason => ({ code, field: code.replace('Missing', '') })),
      ...(view.lifecycle.analysisSummary.trim() ? [] : [{ code: 'analysisSummaryMissing' as const, field: 'analysisSummary' }]),
    ],
  },
  confirm_decision: {
    from: ['decision'],
    to: (view) => (view.lifecycle.decision === 'A' ? 'responsibility' : 'approval'),
    guard: decisionGuard,
  },
  approve: {
    from: ['approval'],
    to: () => 'return_logistics',
    guard: (view, rules) => {
      const missing = decisionGuard(view);
      if (missing.length > 0) return missing;
      const a = latestApproval(view);
      const amount = view.lifecycle.decisionAmountFen ?? 0;
      const role = requiredApprover(amount, rules.authorityMatrix);
      if (!a || a.outcome !== 'approved' || a.decision !== view.lifecycle.decision || a.amountFen !== amount)
        return [{ code: 'approvalMissing', params: { requiredRole: role } }];
      if (!canApprove(a.approverRole, amount, rules.authorityMatrix))
        return [{ code: 'approverNotAuthorised', params: { requiredRole: role, approverRole: a.approverRole } }];
      return [];
    },
  },
  reject: {
    from: ['approval'],
    to: () => 'decision',
    guard: (view, _rules, request) => {
      const a = latestApproval(view);
      const missing: MissingReason[] = [];
      if (!a || a.outcome !== 'rejected') missing.push({ code: 'rejectionMissing' });
      const reason = request.reason ?? a?.reason ?? '';
      if (!reason.trim()) missing.push({ code: 'reasonMissing', field: 'reason' });
      return missing;
    },
  },
  ship_return: {
    from: ['return_logistics'],
    to: () => 'receiving',
    guard: (view, rules) => {
      const lc = view.lifecycle;
      const missing: MissingReason[] = [];
      if (!isReturnApproved(view, rules)) missing.push({ code: 'approvalMissing' });
      if (!lc.rmaNumber) missing.push({ code: 'rmaMissing', field: 'rmaNumber' });
      if (ofRound(view, view.returnLines).length === 0) missing.push({ code: 'returnLinesMissing' });
      if (!lc.returnCarrier.trim()) missing.push({ code: 'carrierMissing', field: 'returnCarrier' });
      if (!lc.returnTrackingNumber.trim()) missing.push({ code: 'trackingNumberMissing', field: 'returnTrackingNumber' });
      if (!lc.returnPickupDate) missing.push({ code: 'pickupDateMissing', field: 'returnPickupDate' });
      return missing;
    },
  },
  finish_receiving: {
    from: ['receiving'],
    to: () => 'inspection',
    guard: (view, rules) => {
      const missing: MissingReason[] = [];
      if (!isReturnApproved(view, rules)) missing.push({ code: 'approvalMissing' });
      const lines = ofRound(view, view.returnLines);
      if (lines.length === 0) missing.push({ code: 'returnLinesMissing' });
      for (const line of lines)
        if (line.quantityReceived === null || !line.receivedBy.trim() || !line.storageLocation.trim())
          missing.push({ code: 'receiptMissing', lineId: line.id });
      return missing;
    },
  },
  finish_inspection: {
    from: ['inspection'],
    to: () => 'disposition',
    guard: (view) =>
      ofRound(view, view.returnLines)
        .filter((line) => (line.quantityReceived ?? 0) > 0 && line.inspectionResult === null)
        .map((line) => ({ code: 'inspectionMissing', lineId: line.id })),
  },
  finish_disposition: {
    from: ['disposition'],
    to: () => 'responsibility',
    guard: (view) =>
      checkDispositionSums(ofRound(view, view.returnLines), ofRound(view, view.dispositions)).map((e) => ({
        code: 'dispositionSumMismatch',
        lineId: e.lineId,
        params: { received: e.received, disposed: e.disposed, problem: e.code },
      })),
  },
  confirm_responsibility: {
    from: ['responsibility'],
    to: () => 'costs',
    guard: (view) => {
      const shares = ofRound(view, view.shares);
      const check = checkShares(shares);
      const missing: MissingReason[] = [];
      if (check.error === 'sharesMissing') missing.push({ code: 'sharesMissing' });
      else if (check.error === 'sharesNotHundred') missing.push({ code: 'sharesNotHundred', params: { total: check.total } });
      else if (check.error !== null) missing.push({ code: 'shareInvalid', params: { problem: check.error } });
      for (const share of sharesWithoutClaim(shares, ofRound(view, view.supplierClaims)))
        missing.push({ code: 'supplierClaimMissing', params: { shareId: share.id, supplier: share.supplierName } });
      return missing;
    },
  },
  confirm_costs: {
    from: ['costs'],
    to: () => 'corrective_action',
    guard: (view) =>
      ofRound(view, view.costs)
        .filter((c) => !Number.isSafeInteger(c.amountFen) || c.amountFen < 0)
        .map((c) => ({ code: 'costInvalid', params: { costId: c.id } })),
  },
  finish_corrective_action: {
    from: ['corrective_action'],
    to: () => 'reply',
    guard: (view) => (ofRound(view, view.actions).length > 0 || view.lifecycle.eightDStarted ? [] : [{ code: 'actionsMissing' }]),
  },
  start_follow_up: {
    from: ['reply'],
    to: () => 'follow_up',
    guard: (view) => (ofRound(view, view.replies).length > 0 ? [] : [{ code: 'replyMissing' }]),
  },
  close: {
    from: ['reply', 'follow_up'],
    to: () => 'closed',
    guard: (view, rules) => {
      const missing: MissingReason[] = [];
      const open = view.actions.filter((a) => !a.deleted && a.status === 'open');
      if (open.length > 0) missing.push({ code: 'openActions', params: { count: open.length } });
      if (ofRound(view, view.replies).length === 0) missing.push({ code: 'replyMissing' });
      // Goods owed back to the customer (repaired or exchanged) must have gone out (issue 19.1).
      for (const owed of goodsOwed(view.returnLines, view.dispositions, view.repairOrders, view.shipments))
        missing.push({ code: 'goodsOwed', lineId: owed.lineId, params: { model: owed.productModel, owed: owed.owed, shipped: owed.shipped } });
      if (followUpRequired(view.lifecycle)) {
        const survey = latestSurvey(view);
        if (!survey) missing.push({ code: 'surveyMissing' });
        else if (!isSatisfiedScore(survey.score, thresholdOf(rules))) missing.push({ code: 'surveyUnsatisfied', params: { score: survey.score, threshold: thresholdOf(rules) } });
      }
      return missing;
    },
  },
  new_round: {
    from: ['follow_up'],
    to: () => 'analysis',
    guard: (view, rules) => {
      const survey = latestSurvey(view);
      if (!survey) return [{ code: 'surveyMissing' }];
      return isSatisfiedScore(survey.score, thresholdOf(rules)) ? [{ code: 'surveyNotUnsatisfied', params: { score: survey.score, threshold: thresholdOf(rules) } }] : [];
    },
  },
  reopen: {
    from: ['closed'],
    to: () => 'analysis',
    guard: (_view, _rules, request) => needsReason(request),
  },
  effect_failed: {
    from: ['closed'],
    to: () => 'analysis',
    guard: (_view, _rules, request) => needsReason(request),
  },
  import_closed: {
    from: ['registered'],
    to: () => 'closed',
    guard: (_view, _rules, request) => needsReason(request),
  },
  send_back: {
    from: CASE_STATES.filter((s) => s !== 'registered' && s !== 'closed'),
    to: (view, request) => request.to ?? sendBackTargets(view.lifecycle.state)[0] ?? 'registered',
    guard: (view, _rules, request) => {
      const missing = needsReason(request);
      const targets = sendBackTargets(view.lifecycle.state);
      if (request.to !== undefined && !targets.includes(request.to)) missing.push({ code: 'targetInvalid', field: 'to' });
      return missing;
    },
  },
};

/** The latest survey of the current round. */
export function latestSurvey(view: CaseLifecycleView): CaseLifecycleView['surveys'][number] | null {
  let best: CaseLifecycleView['surveys'][number] | null = null;
  for (const s of ofRound(view, view.surveys)) if (!best || s.surveyedAt > best.surveyedAt || (s.surveyedAt === best.surveyedAt && s.id > best.id)) best = s;
  return best;
}

/** Earlier states a case in `state` may be sent back to (analysis … the previous step; never registered or closed). */
export function sendBackTargets(state: CaseState): CaseState[] {
  if (state === 'registered' || state === 'closed') return [];
  return CASE_STATES.filter((s) => s !== 'registered' && stateIndex(s) < stateIndex(state));
}

/**
 * Every action that leaves the current state, with what is missing. The
 * case page shows the allowed ones as buttons and the missing reasons of
 * the others. A closed case offers only 'reopen'. `send_back` is listed
 * with the first of its targets; ask sendBackTargets() for all of them.
 */
export function availableActions(view: CaseLifecycleView, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): ActionAvailability[] {
  const state = view.lifecycle.state;
  const out: ActionAvailability[] = [];
  for (const [action, spec] of Object.entries(SPECS) as [LifecycleAction, ActionSpec][]) {
    // A failed effect check re-opens the case with the check itself (commands/effect-check.ts), and an imported
    // closure is written by the 台账 import (renderer/db/ledger-import-write.ts): neither is a button.
    if (!spec.from.includes(state) || action === 'effect_failed' || action === 'import_closed') continue;
    // Reason-only guards are satisfied when the action is performed; list what else is missing.
    const probe: TransitionRequest = { action, reason: 'x' };
    const missing = spec.guard(view, rules, probe);
    out.push({ action, to: spec.to(view, probe), allowed: missing.length === 0, missing });
  }
  return out;
}

/**
 * Checks the guards of `request` and returns the TransitionRecord to append
 * (with `id`) — or what is missing. Never changes the view. A closed case
 * refuses everything but 'reopen' ('caseClosed'); an action that does not
 * leave the current state fails with 'wrongState'.
 */
export function applyTransition(
  view: CaseLifecycleView,
  request: TransitionRequest,
  by: string,
  at: string,
  id: string,
  rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES,
): Result<TransitionRecord, GuardFailure> {
  const state = view.lifecycle.state;
  const spec = SPECS[request.action];
  if (!spec.from.includes(state)) {
    return errResult({ action: request.action, missing: [{ code: state === 'closed' ? 'caseClosed' : 'wrongState', params: { state } }] });
  }
  const missing = spec.guard(view, rules, request);
  if (missing.length > 0) return errResult({ action: request.action, missing });
  const to = spec.to(view, request);
  const round = request.action === 'new_round' || request.action === 'effect_failed' ? view.lifecycle.round + 1 : view.lifecycle.round;
  const reason = request.reason?.trim() ?? (request.action === 'reject' ? (latestApproval(view)?.reason ?? '') : '');
  return okResult({ id, caseId: view.lifecycle.caseId, action: request.action, from: state, to, round, reason, by, at });
}

/** A closed case is locked: no record of it may change (repositories check this). */
export function isLocked(lc: Pick<CaseLifecycle, 'state'>): boolean {
  return lc.state === 'closed';
}
