/**
 * Commands on the case's lifecycle record and its state machine: editing
 * the lifecycle fields, a transition (with its guards), an approval or
 * rejection (authority by amount and role), marking the 8D as started.
 */
import { hasErrors } from '../../field-checks';
import { APPROVER_OF_CLERK_ROLE } from '../../clerks/roles';
import { SIGNED_ACTIONS } from '../../signatures/steps';
import { applyTransition } from '../machine';
import { closedEffectCheck } from '../effect-check';
import type { ApprovalInput, ApprovalRecord, CaseLifecyclePatch, TransitionRecord } from '../records';
import type { TransitionRequest } from '../states';
import { cleanLifecyclePatch, validateApproval, validateLifecyclePatch } from '../validation';
import { withTextLimits } from '../text-limits';
import { addSignature, signerAuthority, signerRole, type Signing } from './signing';
import { appendTime, CaseChanges, caseLocked, invalid, isRefused, transitionRefused, type CommandContext, type Performed, type Refused, type Seen } from './command';

/** Changes lifecycle fields (unknown keys dropped). */
export function updateLifecycle(ctx: CommandContext, patch: CaseLifecyclePatch, seen?: Seen): Performed<void> {
  const clean = cleanLifecyclePatch(patch);
  const errors = withTextLimits(validateLifecyclePatch(clean, ctx.caseFacts.receivedAt), clean);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  changes.setLifecycle(clean, seen ? { seen } : {});
  return changes.done(undefined);
}

/** Marks the case's 8D as started (the 8D repository opens the report itself). */
export function markEightDStarted(ctx: CommandContext): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.setLifecycle({ eightDStarted: true });
  return changes.done(undefined);
}

/**
 * One state-machine action into `changes`: the guards first (refused:
 * nothing added), then the TransitionRecord and the lifecycle's state and
 * round; entering return_logistics on B/C asks for the RMA number once;
 * closing sets the effect check's due date (effect-check.ts).
 */
export function transitionInto(changes: CaseChanges, ctx: CommandContext, request: TransitionRequest): TransitionRecord | Refused {
  const result = applyTransition(changes.view, request, ctx.user, appendTime(changes.view, ctx.at), ctx.newId(), ctx.rules);
  if (!result.ok) return transitionRefused(request.action, result.error.missing);
  const record = result.value;
  const lc = changes.view.lifecycle;
  const issueRmaNumber = record.to === 'return_logistics' && lc.rmaNumber === null && lc.decision !== 'A';
  changes.create('transition', record);
  changes.setLifecycle({ state: record.to, round: record.round, ...(record.to === 'closed' ? closedEffectCheck(record.at) : {}) }, { issueRmaNumber });
  return record;
}

/**
 * A state-machine action the clerk asks for; a closed case only reopens. A
 * signed action (closing, accepting the disposition, confirming the costs:
 * signatures/steps.ts SIGNED_ACTIONS) is refused unless the write's signer
 * may sign it, and writes their signature with the transition.
 */
export function transition(ctx: CommandContext, request: TransitionRequest, signing?: Signing): Performed<TransitionRecord> {
  if (ctx.view.lifecycle.state === 'closed' && request.action !== 'reopen') return caseLocked();
  const clean: TransitionRequest = { action: request.action };
  if (request.reason !== undefined) clean.reason = request.reason;
  if (request.to !== undefined) clean.to = request.to;
  const changes = new CaseChanges(ctx.view);
  const record = transitionInto(changes, ctx, clean);
  if (isRefused(record)) return record;
  const step = SIGNED_ACTIONS[clean.action];
  if (step) {
    const role = signerRole(ctx, step, null);
    if (typeof role !== 'string') return role;
    const signature = addSignature(changes, ctx, { step, role, subjectEntity: 'transition', subjectId: record.id, amountFen: null, signing: signing ?? { meaning: '' }, at: record.at });
    if (isRefused(signature)) return signature;
  }
  return changes.done(record);
}

/**
 * An approval or rejection of the decision, in the approval step, signed by
 * the write's signer: one of their roles must be authorised for the amount
 * (authority matrix; the same roles may reject), and they approve as the
 * lowest of their approver roles that may. The record is append-only, the
 * signature is written with it, and the approve/reject transition follows.
 */
export function recordApproval(ctx: CommandContext, input: ApprovalInput, signing: Signing): Performed<{ approval: ApprovalRecord; transition: TransitionRecord }> {
  const action = input.outcome === 'rejected' ? 'reject' : 'approve';
  const lc = ctx.view.lifecycle;
  if (lc.state !== 'approval') return transitionRefused(action, [{ code: 'wrongState', params: { state: lc.state } }]);
  if (lc.decision === null) return transitionRefused(action, [{ code: 'decisionMissing', field: 'decision' }]);
  if (lc.decisionAmountFen === null) return transitionRefused(action, [{ code: 'amountMissing', field: 'decisionAmountFen' }]);
  const errors = withTextLimits(validateApproval(input), input);
  if (hasErrors(errors)) return invalid(errors);
  const step = input.outcome === 'rejected' ? 'rejectReturn' : 'approveReturn';
  const authority = signerAuthority(ctx, step, lc.decisionAmountFen);
  if (!('role' in authority)) return authority;
  const { role, onBehalfOf } = authority;
  const approverRole = APPROVER_OF_CLERK_ROLE[role];
  if (!approverRole) return invalid({ signer: 'roleMissing' });
  const changes = new CaseChanges(ctx.view);
  const approval: ApprovalRecord = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: lc.round,
    outcome: input.outcome,
    approverRole,
    approverName: ctx.signer!.name,
    ...(onBehalfOf ? { onBehalfOfName: onBehalfOf.delegatorName } : {}),
    decision: lc.decision,
    amountFen: lc.decisionAmountFen,
    reason: input.outcome === 'rejected' ? input.reason.trim() : (input.reason ?? '').trim(),
    at: appendTime(changes.view, ctx.at),
    by: ctx.user,
  };
  changes.create('approval', approval);
  const signature = addSignature(changes, ctx, { step, role, subjectEntity: 'approval', subjectId: approval.id, amountFen: approval.amountFen, signing, at: approval.at, onBehalfOf });
  if (isRefused(signature)) return signature;
  const record = transitionInto(changes, ctx, action === 'reject' ? { action, reason: approval.reason } : { action });
  return isRefused(record) ? record : changes.done({ approval, transition: record });
}
