/**
 * Commands on the case's lifecycle record and its state machine: editing
 * the lifecycle fields, a transition (with its guards), an approval or
 * rejection (authority by amount and role), marking the 8D as started.
 */
import { hasErrors } from '../../field-checks';
import { canApprove } from '../authority';
import { applyTransition } from '../machine';
import type { ApprovalInput, ApprovalRecord, CaseLifecyclePatch, TransitionRecord } from '../records';
import type { TransitionRequest } from '../states';
import { cleanLifecyclePatch, validateApproval, validateLifecyclePatch } from '../validation';
import { withTextLimits } from '../text-limits';
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
 * round; entering return_logistics on B/C asks for the RMA number once.
 */
export function transitionInto(changes: CaseChanges, ctx: CommandContext, request: TransitionRequest): TransitionRecord | Refused {
  const result = applyTransition(changes.view, request, ctx.user, appendTime(changes.view, ctx.at), ctx.newId(), ctx.rules);
  if (!result.ok) return transitionRefused(request.action, result.error.missing);
  const record = result.value;
  const lc = changes.view.lifecycle;
  const issueRmaNumber = record.to === 'return_logistics' && lc.rmaNumber === null && lc.decision !== 'A';
  changes.create('transition', record);
  changes.setLifecycle({ state: record.to, round: record.round }, { issueRmaNumber });
  return record;
}

/** A state-machine action the clerk asks for; a closed case only reopens. */
export function transition(ctx: CommandContext, request: TransitionRequest): Performed<TransitionRecord> {
  if (ctx.view.lifecycle.state === 'closed' && request.action !== 'reopen') return caseLocked();
  const clean: TransitionRequest = { action: request.action };
  if (request.reason !== undefined) clean.reason = request.reason;
  if (request.to !== undefined) clean.to = request.to;
  if (request.approverRole !== undefined) clean.approverRole = request.approverRole;
  const changes = new CaseChanges(ctx.view);
  const record = transitionInto(changes, ctx, clean);
  return isRefused(record) ? record : changes.done(record);
}

/**
 * An approval or rejection of the decision, in the approval step: the
 * approver's role must be authorised for the amount (authority matrix); the
 * record is append-only and the approve/reject transition follows.
 */
export function recordApproval(ctx: CommandContext, input: ApprovalInput): Performed<{ approval: ApprovalRecord; transition: TransitionRecord }> {
  const action = input.outcome === 'rejected' ? 'reject' : 'approve';
  const lc = ctx.view.lifecycle;
  if (lc.state !== 'approval') return transitionRefused(action, [{ code: 'wrongState', params: { state: lc.state } }]);
  if (lc.decision === null) return transitionRefused(action, [{ code: 'decisionMissing', field: 'decision' }]);
  if (lc.decisionAmountFen === null) return transitionRefused(action, [{ code: 'amountMissing', field: 'decisionAmountFen' }]);
  const errors = withTextLimits(validateApproval(input), input);
  if (hasErrors(errors)) return invalid(errors);
  if (input.outcome === 'approved' && !canApprove(input.approverRole, lc.decisionAmountFen, ctx.rules.authorityMatrix)) return invalid({ approverRole: 'notAuthorised' });
  const changes = new CaseChanges(ctx.view);
  const approval: ApprovalRecord = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: lc.round,
    outcome: input.outcome,
    approverRole: input.approverRole,
    approverName: input.approverName.trim(),
    decision: lc.decision,
    amountFen: lc.decisionAmountFen,
    reason: input.outcome === 'rejected' ? input.reason.trim() : (input.reason ?? '').trim(),
    at: appendTime(changes.view, ctx.at),
    by: ctx.user,
  };
  changes.create('approval', approval);
  const record = transitionInto(changes, ctx, action === 'reject' ? { action, reason: approval.reason } : { action });
  return isRefused(record) ? record : changes.done({ approval, transition: record });
}
