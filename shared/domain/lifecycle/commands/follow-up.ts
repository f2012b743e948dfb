/**
 * Commands of the corrective actions, the replies to the customer and the
 * satisfaction survey: an action is open → done → verified (verified needs
 * done and a verifier); a survey is taken in the reply or follow-up step, and
 * an unsatisfied one in follow-up starts a new round.
 */
import { hasErrors, pick } from '../../field-checks';
import type { ActionStatus, CaseActionInput, CaseActionRecord, CustomerReply, CustomerReplyInput, SurveyInput, SurveyRecord, TransitionRecord } from '../records';
import { isSatisfiedScore, surveyScore, thresholdOf } from '../survey';
import { validateAction, validateReply, validateSurvey } from '../validation';
import { withTextLimits } from '../text-limits';
import { CaseChanges, invalid, isRefused, type CommandContext, type Performed, type Seen } from './command';
import { transitionInto } from './case-lifecycle';

const ACTION_KEYS = ['kind', 'description', 'owner', 'department', 'dueDate'] as const;
const REPLY_KEYS = ['repliedAt', 'channel', 'written', 'text'] as const;
const SURVEY_KEYS = ['surveyedAt', 'answers', 'remarks'] as const;

export function addAction(ctx: CommandContext, input: CaseActionInput): Performed<CaseActionRecord> {
  const fields: CaseActionInput = { department: null, ...pick(input, ACTION_KEYS) } as CaseActionInput;
  const errors = withTextLimits(validateAction(fields), fields);
  if (hasErrors(errors)) return invalid(errors);
  const record: CaseActionRecord = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: ctx.view.lifecycle.round,
    ...fields,
    owner: fields.owner.trim(),
    status: 'open',
    doneAt: null,
    verifiedBy: '',
    deleted: false,
  };
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create('caseAction', record));
}

export function updateAction(ctx: CommandContext, existing: CaseActionRecord, patch: Partial<CaseActionInput>, seen?: Seen): Performed<CaseActionRecord> {
  const picked = pick(patch, ACTION_KEYS);
  const next: CaseActionRecord = { ...existing, ...picked };
  const errors = withTextLimits(validateAction(next), picked);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('caseAction', existing, { ...next, owner: next.owner.trim() }, seen));
}

/** Whether setting `status` records the time of this write (the repository then passes `at`). */
export function actionStatusNeedsTime(existing: CaseActionRecord, status: ActionStatus): boolean {
  return status === 'done' && (existing.status === 'open' || existing.doneAt === null);
}

/** open (clears done and verification), done (at this write's time, kept when already done), verified (needs done and a verifier). */
export function setActionStatus(ctx: CommandContext, existing: CaseActionRecord, status: ActionStatus, verifiedBy?: string): Performed<CaseActionRecord> {
  let next: CaseActionRecord;
  if (status === 'open') next = { ...existing, status, doneAt: null, verifiedBy: '' };
  else if (status === 'done') next = { ...existing, status, doneAt: actionStatusNeedsTime(existing, status) ? ctx.at : existing.doneAt, verifiedBy: '' };
  else if (status === 'verified') {
    if (existing.status === 'open') return invalid({ status: 'notDone' });
    if (!verifiedBy?.trim()) return invalid({ verifiedBy: 'required' });
    if (hasErrors(withTextLimits({}, { verifiedBy: verifiedBy.trim() }))) return invalid({ verifiedBy: 'tooLong' });
    next = { ...existing, status, verifiedBy: verifiedBy.trim() };
  } else return invalid({ status: 'invalid' });
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('caseAction', existing, next));
}

export function addReply(ctx: CommandContext, input: CustomerReplyInput): Performed<CustomerReply> {
  const fields = pick(input, REPLY_KEYS) as CustomerReplyInput;
  const errors = withTextLimits(validateReply(fields, ctx.caseFacts.receivedAt), fields);
  if (hasErrors(errors)) return invalid(errors);
  const record: CustomerReply = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: ctx.view.lifecycle.round, ...fields, by: ctx.user, deleted: false };
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create('customerReply', record));
}

export function updateReply(ctx: CommandContext, existing: CustomerReply, patch: Partial<CustomerReplyInput>, seen?: Seen): Performed<CustomerReply> {
  const picked = pick(patch, REPLY_KEYS);
  const next: CustomerReply = { ...existing, ...picked };
  const errors = withTextLimits(validateReply(next, ctx.caseFacts.receivedAt), picked);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('customerReply', existing, next, seen));
}

/** A satisfaction survey (reply or follow-up step); unsatisfied in follow-up → a new round with the score as the reason. */
export function recordSurvey(ctx: CommandContext, input: SurveyInput): Performed<{ survey: SurveyRecord; transition: TransitionRecord | null }> {
  const state = ctx.view.lifecycle.state;
  if (state !== 'reply' && state !== 'follow_up') return invalid({ state: 'notInFollowUp' });
  const fields = { surveyedAt: '', answers: [], remarks: '', ...pick(input, SURVEY_KEYS) };
  const errors = withTextLimits(validateSurvey(fields, ctx.caseFacts.receivedAt), fields);
  if (hasErrors(errors)) return invalid(errors);
  const score = surveyScore(fields.answers);
  const survey: SurveyRecord = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: ctx.view.lifecycle.round,
    surveyedAt: fields.surveyedAt,
    answers: fields.answers,
    score,
    satisfied: isSatisfiedScore(score, thresholdOf(ctx.rules)),
    remarks: fields.remarks,
    by: ctx.user,
    deleted: false,
  };
  const changes = new CaseChanges(ctx.view);
  changes.create('survey', survey);
  if (state !== 'follow_up' || survey.satisfied) return changes.done({ survey, transition: null });
  const reason = `满意度调查 ${score} 分，不满意${survey.remarks.trim() ? `：${survey.remarks.trim()}` : ''}`;
  const transition = transitionInto(changes, ctx, { action: 'new_round', reason });
  return isRefused(transition) ? transition : changes.done({ survey, transition });
}
