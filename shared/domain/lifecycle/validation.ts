/**
 * Field validation of lifecycle inputs that the other modules of
 * shared/domain/lifecycle do not cover themselves (the lifecycle patch,
 * actions, replies, surveys, claims, approvals). Returns field → stable code
 * maps ('required', 'invalid', 'beforeReceived' …); the repository throws
 * them as ValidationFailedError. Pure.
 */
import { factoryDate } from '../factory-calendar';
import { filled, isMoment, isPlainDate, isText, oneOf, type FieldErrors } from '../field-checks';
import { isFen } from './money';
import {
  ACTION_KINDS,
  APPROVAL_OUTCOMES,
  DECISIONS,
  DEPARTMENTS,
  REPLY_CHANNELS,
  SUPPLIER_CLAIM_STATUSES,
  type ApprovalInput,
  type CaseActionInput,
  type CaseLifecyclePatch,
  type CustomerReplyInput,
  type SupplierClaim,
  type SurveyInput,
} from './records';
import { validateSurveyAnswers } from './survey';
import { COMPLAINT_CATEGORIES, SEVERITIES, SEVERITY_CRITERIA, TRIAGE_CATEGORIES } from './triage';

/** A date-time before the case was received is out of order. */
export function beforeReceived(at: string, receivedAt: string): boolean {
  const a = Date.parse(at);
  const r = Date.parse(receivedAt);
  return !Number.isNaN(a) && !Number.isNaN(r) && a < r;
}

/** yyyy-mm-dd before the factory date the case was received. */
export function dateBeforeReceived(date: string, receivedAt: string): boolean {
  const r = Date.parse(receivedAt);
  return !Number.isNaN(r) && date < factoryDate(r);
}

const PATCH_KEYS = [
  'triage',
  'severity',
  'severityCriteria',
  'category',
  'customerDeadlineAt',
  'analysisSummary',
  'decision',
  'decisionAmountFen',
  'decisionNote',
  'returnCarrier',
  'returnTrackingNumber',
  'returnPickupDate',
  'callbackAt',
  'containmentAt',
  'eightDStarted',
  'redInvoiceNumber',
  'returnProof',
] as const satisfies readonly (keyof CaseLifecyclePatch)[];

/** The known keys of a patch (unknown keys dropped; undefined = not changed). */
export function cleanLifecyclePatch(patch: CaseLifecyclePatch): CaseLifecyclePatch {
  const out: Record<string, unknown> = {};
  for (const key of PATCH_KEYS) {
    const value = (patch as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out;
}

export function validateLifecyclePatch(p: CaseLifecyclePatch, receivedAt: string): FieldErrors {
  const e: FieldErrors = {};
  const nullableOneOf = (key: keyof CaseLifecyclePatch, list: readonly string[]) => {
    if (key in p && p[key] !== null && !oneOf(list, p[key])) e[key] = 'invalid';
  };
  nullableOneOf('triage', TRIAGE_CATEGORIES);
  nullableOneOf('severity', SEVERITIES);
  nullableOneOf('category', COMPLAINT_CATEGORIES);
  nullableOneOf('decision', DECISIONS);
  if ('severityCriteria' in p && (!Array.isArray(p.severityCriteria) || !p.severityCriteria.every((c) => oneOf(SEVERITY_CRITERIA, c)))) e.severityCriteria = 'invalid';
  for (const key of ['analysisSummary', 'decisionNote', 'returnCarrier', 'returnTrackingNumber', 'redInvoiceNumber', 'returnProof'] as const) if (key in p && !isText(p[key])) e[key] = 'invalid';
  if ('decisionAmountFen' in p && p.decisionAmountFen !== null) {
    const a: unknown = p.decisionAmountFen;
    if (typeof a !== 'number' || Number.isNaN(a)) e.decisionAmountFen = 'required';
    else if (!Number.isSafeInteger(a)) e.decisionAmountFen = 'notFen';
    else if (!isFen(a)) e.decisionAmountFen = 'negative';
  }
  for (const key of ['customerDeadlineAt', 'callbackAt', 'containmentAt'] as const) {
    if (!(key in p) || p[key] === null) continue;
    if (!isMoment(p[key])) e[key] = 'invalid';
    else if (beforeReceived(p[key], receivedAt)) e[key] = 'beforeReceived';
  }
  if ('returnPickupDate' in p && p.returnPickupDate !== null) {
    if (!isPlainDate(p.returnPickupDate)) e.returnPickupDate = 'invalid';
    else if (dateBeforeReceived(p.returnPickupDate, receivedAt)) e.returnPickupDate = 'beforeReceived';
  }
  if ('eightDStarted' in p && typeof p.eightDStarted !== 'boolean') e.eightDStarted = 'invalid';
  return e;
}

export function validateApproval(input: ApprovalInput): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(APPROVAL_OUTCOMES, input.outcome)) e.outcome = 'required';
  if (input.outcome === 'rejected' && !filled(input.reason)) e.reason = 'required';
  return e;
}

export function validateAction(input: CaseActionInput): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(ACTION_KINDS, input.kind)) e.kind = 'required';
  if (!filled(input.description)) e.description = 'required';
  if (!filled(input.owner)) e.owner = 'required';
  if (input.department !== null && !oneOf(DEPARTMENTS, input.department)) e.department = 'invalid';
  if (!isPlainDate(input.dueDate)) e.dueDate = filled(input.dueDate) ? 'invalid' : 'required';
  return e;
}

export function validateReply(input: CustomerReplyInput, receivedAt: string): FieldErrors {
  const e: FieldErrors = {};
  if (!isMoment(input.repliedAt)) e.repliedAt = 'required';
  else if (beforeReceived(input.repliedAt, receivedAt)) e.repliedAt = 'beforeReceived';
  if (!oneOf(REPLY_CHANNELS, input.channel)) e.channel = 'required';
  if (typeof input.written !== 'boolean') e.written = 'invalid';
  if (!filled(input.text)) e.text = 'required';
  return e;
}

export function validateSurvey(input: SurveyInput, receivedAt: string): FieldErrors {
  const e: FieldErrors = {};
  if (!isMoment(input.surveyedAt)) e.surveyedAt = 'required';
  else if (beforeReceived(input.surveyedAt, receivedAt)) e.surveyedAt = 'beforeReceived';
  if (validateSurveyAnswers(Array.isArray(input.answers) ? input.answers : [])) e.answers = 'answersIncomplete';
  if (!isText(input.remarks)) e.remarks = 'invalid';
  return e;
}

export function validateClaim(claim: Pick<SupplierClaim, 'supplierName' | 'amountFen' | 'status' | 'note'>): FieldErrors {
  const e: FieldErrors = {};
  if (!filled(claim.supplierName)) e.supplierName = 'required';
  if (!isFen(claim.amountFen)) e.amountFen = typeof claim.amountFen === 'number' && claim.amountFen < 0 ? 'negative' : 'notFen';
  if (!oneOf(SUPPLIER_CLAIM_STATUSES, claim.status)) e.status = 'required';
  if (!isText(claim.note)) e.note = 'invalid';
  return e;
}
