/**
 * Commands on the returns of a case (RMA): return lines (together no more
 * than the quantity delivered), receiving (only once the return is
 * approved), inspection, and dispositions (that fit what was received).
 */
import { hasErrors, isText, pick } from '../../field-checks';
import { DEFAULT_CURRENCY } from '../currency';
import { isReturnApproved } from '../machine';
import type { DispositionInput, DispositionRecord, InspectionInput, ReceivingInput, ReturnLine, ReturnLineInput } from '../records';
import type { ReceivingTolerance } from '../../master-data/customer-rules';
import { checkDispositionSums, checkReceivingTolerance, validateDisposition, validateInspection, validateReceiving, validateReturnLine, type ToleranceCheck } from '../returns';
import { beforeReceived } from '../validation';
import { withTextLimits } from '../text-limits';
import { ofRound } from '../states';
import { CaseChanges, invalid, transitionRefused, type CommandContext, type Performed, type Refused, type Seen } from './command';
import { live } from '../../live-records';

const RETURN_LINE_KEYS = ['productModel', 'partNumber', 'lotNumber', 'quantityApproved', 'reason', 'unitPriceFen', 'currency'] as const;
const RECEIVING_KEYS = ['quantityReceived', 'receivedBy', 'receivedAt', 'storageLocation', 'receivingNote'] as const;
const INSPECTION_KEYS = ['inspectionResult', 'quantityDefective', 'defectNotes', 'inspectedBy', 'inspectedAt', 'photoIds'] as const;
const DISPOSITION_KEYS = ['lineId', 'kind', 'quantity', 'repairOrderNumber', 'charged', 'note'] as const;

/** Return lines of the current round may not together exceed the quantity delivered. */
function deliveredRefusal(ctx: CommandContext, candidate: ReturnLine): Refused | null {
  const delivered = ctx.caseFacts.quantityDelivered;
  if (delivered === null) return null;
  const total = ofRound(ctx.view, ctx.view.returnLines)
    .filter((l) => l.id !== candidate.id)
    .reduce((sum, l) => sum + l.quantityApproved, candidate.quantityApproved);
  return total > delivered ? invalid({ quantityApproved: 'moreThanDelivered' }) : null;
}

/** A disposition needs a live line of the case that was received, and the line's dispositions may not exceed what was received. */
function dispositionRefusal(ctx: CommandContext, candidate: DispositionRecord): Refused | null {
  const line = live(ctx.view.returnLines).find((l) => l.id === candidate.lineId && l.caseId === candidate.caseId);
  if (!line) return invalid({ lineId: 'notFound' });
  const others = live(ctx.view.dispositions).filter((d) => d.lineId === candidate.lineId && d.id !== candidate.id);
  const problem = checkDispositionSums([line], [...others, candidate])[0];
  if (problem?.code === 'notReceived') return invalid({ quantity: 'notReceivedYet' });
  if (problem?.code === 'over') return invalid({ quantity: 'moreThanReceived' });
  return null;
}

export function addReturnLine(ctx: CommandContext, input: ReturnLineInput): Performed<ReturnLine> {
  const fields: ReturnLineInput = { productModel: '', partNumber: '', lotNumber: '', reason: '', unitPriceFen: null, currency: DEFAULT_CURRENCY, ...pick(input, RETURN_LINE_KEYS) } as ReturnLineInput;
  const errors = withTextLimits(validateReturnLine(fields, ctx.caseFacts.quantityDelivered), fields);
  if (hasErrors(errors)) return invalid(errors);
  const line: ReturnLine = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: ctx.view.lifecycle.round,
    ...fields,
    productModel: fields.productModel.trim(),
    quantityReceived: null,
    receivedBy: '',
    receivedAt: null,
    storageLocation: '',
    receivingNote: '',
    inspectionResult: null,
    quantityDefective: null,
    defectNotes: '',
    inspectedBy: '',
    inspectedAt: null,
    photoIds: [],
    deleted: false,
  };
  const refusal = deliveredRefusal(ctx, line);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create('returnLine', line));
}

export function updateReturnLine(ctx: CommandContext, line: ReturnLine, patch: Partial<ReturnLineInput>, seen?: Seen): Performed<ReturnLine> {
  const picked = pick(patch, RETURN_LINE_KEYS);
  const next: ReturnLine = { ...line, ...picked };
  const errors = withTextLimits(validateReturnLine(next, ctx.caseFacts.quantityDelivered), picked);
  if (hasErrors(errors)) return invalid(errors);
  const refusal = deliveredRefusal(ctx, next);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('returnLine', line, next, seen));
}

/** Removes a line and its dispositions. */
export function removeReturnLine(ctx: CommandContext, line: ReturnLine): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.remove('returnLine', line);
  for (const d of live(ctx.view.dispositions).filter((x) => x.lineId === line.id)) changes.remove('disposition', d);
  return changes.done(undefined);
}

/**
 * Receiving of a line, once the return is approved. What the call does not
 * name stays as the line holds it (a form sends only what the clerk changed).
 * `tolerance`: the office's ±percent or the case customer's own
 * (master-data/customer-rules.ts receivingToleranceOf).
 */
export function receiveReturnLine(
  ctx: CommandContext,
  line: ReturnLine,
  input: Partial<ReceivingInput>,
  tolerance: number | ReceivingTolerance,
  seen?: Seen,
): Performed<{ line: ReturnLine; tolerance: ToleranceCheck }> {
  if (!isReturnApproved(ctx.view, ctx.rules)) return transitionRefused('finish_receiving', [{ code: 'approvalMissing', lineId: line.id }]);
  const given = pick(input, RECEIVING_KEYS);
  const fields: ReceivingInput = {
    receivedBy: line.receivedBy,
    storageLocation: line.storageLocation,
    receivingNote: line.receivingNote,
    receivedAt: line.receivedAt,
    quantityReceived: line.quantityReceived,
    ...given,
  };
  const errors = withTextLimits(validateReceiving(fields), given);
  if (!errors.receivedAt && fields.receivedAt && beforeReceived(fields.receivedAt, ctx.caseFacts.receivedAt)) errors.receivedAt = 'beforeReceived';
  if (!isText(fields.receivingNote)) errors.receivingNote = 'invalid';
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  const saved = changes.change('returnLine', line, { ...line, ...fields, receivedBy: fields.receivedBy.trim(), storageLocation: fields.storageLocation.trim() }, seen);
  return changes.done({ line: saved, tolerance: checkReceivingTolerance(saved.quantityApproved, saved.quantityReceived ?? 0, tolerance) });
}

/**
 * Inspection of a line; photos must be live attachments of the case
 * (`attachmentIds`). What the call does not name stays as the line holds it.
 */
export function inspectReturnLine(
  ctx: CommandContext,
  line: ReturnLine,
  input: Partial<InspectionInput>,
  attachmentIds: ReadonlySet<string>,
  seen?: Seen,
): Performed<ReturnLine> {
  const given = pick(input, INSPECTION_KEYS);
  const fields: InspectionInput = {
    defectNotes: line.defectNotes,
    inspectedBy: line.inspectedBy,
    inspectedAt: line.inspectedAt,
    photoIds: line.photoIds,
    inspectionResult: line.inspectionResult,
    quantityDefective: line.quantityDefective,
    ...given,
  };
  const errors = withTextLimits(validateInspection(fields, line.quantityReceived), given);
  if (!errors.inspectedAt && fields.inspectedAt && line.receivedAt && beforeReceived(fields.inspectedAt, line.receivedAt)) errors.inspectedAt = 'beforeReceived';
  if (!Array.isArray(fields.photoIds) || !fields.photoIds.every(isText)) errors.photoIds = 'invalid';
  else if (!fields.photoIds.every((photo) => attachmentIds.has(photo))) errors.photoIds = 'notFound';
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('returnLine', line, { ...line, ...fields, inspectedBy: fields.inspectedBy.trim() }, seen));
}

export function addDisposition(ctx: CommandContext, input: DispositionInput): Performed<DispositionRecord> {
  const fields: DispositionInput = { repairOrderNumber: '', charged: false, note: '', ...pick(input, DISPOSITION_KEYS) } as DispositionInput;
  const errors = withTextLimits(validateDisposition(fields), fields);
  if (hasErrors(errors)) return invalid(errors);
  const record: DispositionRecord = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: ctx.view.lifecycle.round, ...fields, charged: fields.charged === true, deleted: false };
  const refusal = dispositionRefusal(ctx, record);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create('disposition', record));
}

export function updateDisposition(ctx: CommandContext, existing: DispositionRecord, patch: Partial<DispositionInput>, seen?: Seen): Performed<DispositionRecord> {
  const picked = pick(patch, DISPOSITION_KEYS);
  const next: DispositionRecord = { ...existing, ...picked };
  const errors = withTextLimits(validateDisposition(next), picked);
  if (hasErrors(errors)) return invalid(errors);
  const refusal = dispositionRefusal(ctx, next);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('disposition', existing, next, seen));
}
