/**
 * Validation of every 8D input: field → stable message code (translated by
 * the UI as `eightD.errors.<code>`), an empty object when valid. Pure; the
 * repository throws ValidationFailedError with the map and writes nothing.
 *
 * Codes: 'required', 'invalid' (wrong type / not one of the choices),
 * 'tooLong', 'notAnInteger', 'negative', 'moreThanInspected',
 * 'beforeStart' (finished before started), 'tooManyWhys', 'emptyWhy' (a
 * blank why in the middle of the chain), 'notVerifiable' (verified without
 * implementation), 'inspectionIsNotPrevention'.
 */
import {
  CAUSE_ANALYSES,
  CAUSE_CATEGORIES,
  CONTAINMENT_LOCATIONS,
  CORRECTIVE_STATUSES,
  HORIZONTAL_BASES,
  HORIZONTAL_KINDS,
  HORIZONTAL_RESULTS,
  MAX_WHYS,
  MEMBER_ORGANISATIONS,
  MEMBER_ROLES,
  PREVENTION_KINDS,
  type EightD,
  type EightDCause,
  type EightDContainment,
  type EightDCorrective,
  type EightDHorizontalCheck,
  type EightDMember,
  type EightDPrevention,
} from './records';
import { isMoment, isPlainDate, isText, oneOf, type FieldErrors } from '../field-checks';
import { isInspectionNotPrevention } from './prevention';

type Fields<T> = Omit<T, 'id' | 'reportId' | 'caseId' | 'deleted'>;
export type MemberFields = Fields<EightDMember>;
export type ContainmentFields = Fields<EightDContainment>;
export type CauseFields = Fields<EightDCause>;
export type CorrectiveFields = Fields<EightDCorrective>;
export type PreventionFields = Fields<EightDPrevention>;
export type HorizontalCheckFields = Fields<EightDHorizontalCheck>;

/** Longest one-line text (names, owners, references) and longest free text. */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 10_000;
/** A person's name (team member, verifier). */
export const MAX_PERSON_NAME = 60;

function text(errors: FieldErrors, field: string, value: unknown, options: { required?: boolean; max?: number } = {}): void {
  if (!isText(value)) errors[field] = options.required && (value === undefined || value === null) ? 'required' : 'invalid';
  else if (options.required && value.trim() === '') errors[field] = 'required';
  else if (value.length > (options.max ?? MAX_SHORT_TEXT)) errors[field] = 'tooLong';
}

/** '' (not set) or a real date. */
function optionalDate(errors: FieldErrors, field: string, value: unknown): void {
  if (value !== '' && !isPlainDate(value)) errors[field] = 'invalid';
}

function count(errors: FieldErrors, field: string, value: unknown): void {
  if (typeof value !== 'number' || Number.isNaN(value)) errors[field] = 'required';
  else if (!Number.isSafeInteger(value)) errors[field] = 'notAnInteger';
  else if (value < 0) errors[field] = 'negative';
}

/** D1 team member: name required; role and organisation from their lists. */
export function validateMember(m: MemberFields): FieldErrors {
  const e: FieldErrors = {};
  text(e, 'name', m.name, { required: true, max: MAX_PERSON_NAME });
  if (!oneOf(MEMBER_ROLES, m.role)) e.role = 'invalid';
  if (!oneOf(MEMBER_ORGANISATIONS, m.organisation)) e.organisation = 'invalid';
  text(e, 'department', m.department);
  text(e, 'responsibility', m.responsibility);
  text(e, 'contact', m.contact);
  return e;
}

/** D3 containment action: description, non-negative integer counts with defective ≤ inspected, dates in order. */
export function validateContainment(c: ContainmentFields): FieldErrors {
  const e: FieldErrors = {};
  text(e, 'description', c.description, { required: true, max: MAX_LONG_TEXT });
  if (!oneOf(CONTAINMENT_LOCATIONS, c.location)) e.location = 'invalid';
  text(e, 'owner', c.owner);
  optionalDate(e, 'startedOn', c.startedOn);
  optionalDate(e, 'finishedOn', c.finishedOn);
  if (!e.startedOn && !e.finishedOn && c.finishedOn !== '') {
    if (c.startedOn === '') e.startedOn = 'required';
    else if (c.finishedOn < c.startedOn) e.finishedOn = 'beforeStart';
  }
  count(e, 'quantityInspected', c.quantityInspected);
  count(e, 'quantityDefective', c.quantityDefective);
  if (!e.quantityInspected && !e.quantityDefective && c.quantityDefective > c.quantityInspected) e.quantityDefective = 'moreThanInspected';
  text(e, 'result', c.result, { max: MAX_LONG_TEXT });
  return e;
}

/** D4 cause: analysis and 5M1E category from their lists; at most MAX_WHYS whys, none blank before a filled one. */
export function validateCause(c: CauseFields): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(CAUSE_ANALYSES, c.analysis)) e.analysis = 'invalid';
  if (!oneOf(CAUSE_CATEGORIES, c.category)) e.category = 'invalid';
  text(e, 'description', c.description, { required: true, max: MAX_LONG_TEXT });
  if (!Array.isArray(c.whys) || !c.whys.every(isText)) e.whys = 'invalid';
  else if (c.whys.length > MAX_WHYS) e.whys = 'tooManyWhys';
  else if (c.whys.some((w) => w.length > MAX_LONG_TEXT)) e.whys = 'tooLong';
  else {
    const lastFilled = c.whys.reduce((last, w, i) => (w.trim() ? i : last), -1);
    if (c.whys.slice(0, lastFilled).some((w) => !w.trim())) e.whys = 'emptyWhy';
  }
  if (typeof c.isRootCause !== 'boolean') e.isRootCause = 'invalid';
  text(e, 'verification', c.verification, { max: MAX_LONG_TEXT });
  return e;
}

/** The why chain as stored: trailing blank whys dropped (blank ones in the middle are refused by validateCause). */
export function cleanWhys(whys: readonly string[]): string[] {
  const out = [...whys];
  while (out.length > 0 && !out[out.length - 1]!.trim()) out.pop();
  return out;
}

/**
 * D5/D6 corrective action: description, owner and a real due date; the
 * status fields must fit the status (implemented needs implementedOn,
 * verified also the verification result, verifier and date).
 */
export function validateCorrective(c: CorrectiveFields): FieldErrors {
  const e: FieldErrors = {};
  text(e, 'description', c.description, { required: true, max: MAX_LONG_TEXT });
  text(e, 'owner', c.owner, { required: true });
  if (!isText(c.causeId)) e.causeId = 'invalid';
  if (c.dueDate === '' || c.dueDate === undefined || c.dueDate === null) e.dueDate = 'required';
  else if (!isPlainDate(c.dueDate)) e.dueDate = 'invalid';
  if (!oneOf(CORRECTIVE_STATUSES, c.status)) e.status = 'invalid';
  optionalDate(e, 'implementedOn', c.implementedOn);
  optionalDate(e, 'verifiedOn', c.verifiedOn);
  text(e, 'verificationResult', c.verificationResult, { max: MAX_LONG_TEXT });
  text(e, 'verifiedBy', c.verifiedBy, { max: MAX_PERSON_NAME });
  if (c.status === 'implemented' || c.status === 'verified') {
    if (c.implementedOn === '') e.implementedOn = 'required';
  }
  if (c.status === 'verified') {
    if (isText(c.verificationResult) && !c.verificationResult.trim()) e.verificationResult = 'required';
    if (isText(c.verifiedBy) && !c.verifiedBy.trim()) e.verifiedBy = 'required';
    if (c.verifiedOn === '') e.verifiedOn = 'required';
    else if (!e.verifiedOn && !e.implementedOn && c.verifiedOn < c.implementedOn) e.verifiedOn = 'beforeStart';
  }
  return e;
}

/** D7 prevention item: kind from its list, a description that is not "more inspection" / an audit. */
export function validatePrevention(p: PreventionFields): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(PREVENTION_KINDS, p.kind)) e.kind = 'invalid';
  text(e, 'description', p.description, { required: true, max: MAX_LONG_TEXT });
  if (!e.description && isInspectionNotPrevention(p.description)) e.description = 'inspectionIsNotPrevention';
  text(e, 'documentRef', p.documentRef);
  text(e, 'owner', p.owner);
  optionalDate(e, 'dueDate', p.dueDate);
  if (typeof p.done !== 'boolean') e.done = 'invalid';
  return e;
}

/**
 * 举一反三 row: kind and basis from their lists, the subject; a result
 * ('' = to check) needs who checked and the date.
 */
export function validateHorizontalCheck(c: HorizontalCheckFields): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(HORIZONTAL_KINDS, c.kind)) e.kind = 'invalid';
  if (!oneOf(HORIZONTAL_BASES, c.basis)) e.basis = 'invalid';
  text(e, 'subject', c.subject, { required: true });
  text(e, 'scope', c.scope, { max: MAX_LONG_TEXT });
  text(e, 'note', c.note, { max: MAX_LONG_TEXT });
  text(e, 'checkedBy', c.checkedBy, { max: MAX_PERSON_NAME });
  optionalDate(e, 'checkedOn', c.checkedOn);
  if (!isText(c.containmentId)) e.containmentId = 'invalid';
  if (c.result !== '' && !oneOf(HORIZONTAL_RESULTS, c.result)) e.result = 'invalid';
  else if (c.result !== '') {
    if (isText(c.checkedBy) && !c.checkedBy.trim()) e.checkedBy = 'required';
    if (c.checkedOn === '') e.checkedOn = 'required';
  }
  return e;
}

/** Free-text fields of the report and their length limits. */
const REPORT_TEXT: Partial<Record<keyof EightD, number>> = {
  title: MAX_SHORT_TEXT,
  customerDescription: MAX_LONG_TEXT,
  what: MAX_LONG_TEXT,
  where: MAX_LONG_TEXT,
  when: MAX_LONG_TEXT,
  who: MAX_LONG_TEXT,
  why: MAX_LONG_TEXT,
  how: MAX_LONG_TEXT,
  howMany: MAX_LONG_TEXT,
  affectedLots: MAX_LONG_TEXT,
  affectedDateCodes: MAX_LONG_TEXT,
  occurrenceRootCause: MAX_LONG_TEXT,
  escapeRootCause: MAX_LONG_TEXT,
  teamRecognition: MAX_LONG_TEXT,
  approvalComment: MAX_LONG_TEXT,
};

/** The report's editable fields (only those present are checked). */
export function validateReportFields(r: Partial<EightD>): FieldErrors {
  const e: FieldErrors = {};
  for (const [field, max] of Object.entries(REPORT_TEXT)) {
    if (field in r) text(e, field, (r as Record<string, unknown>)[field], { max });
  }
  if ('occurrence' in r && r.occurrence !== '' && r.occurrence !== 'first' && r.occurrence !== 'repeat') e.occurrence = 'invalid';
  for (const field of ['rootCauseDueDate', 'correctiveDueDate', 'closureDueDate'] as const) {
    if (field in r) optionalDate(e, field, r[field]);
  }
  if ('containmentRepliedAt' in r && r.containmentRepliedAt !== null && !isMoment(r.containmentRepliedAt)) e.containmentRepliedAt = 'invalid';
  return e;
}
