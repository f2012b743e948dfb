/**
 * Returns (RMA): RMA numbers, return-line validation, the receiving
 * tolerance check and disposition sums. Pure; error codes are stable and
 * translated by the UI.
 *
 * RMA number: default pattern `RMA{YY}{MM}-{STATION}-{SEQ:3}` (→ RMA2611-B-007),
 * made by the same numbering module as case numbers (its own serial scope,
 * because the prefix differs), so numbers made offline on two PCs never collide.
 */
import { CURRENCIES } from './currency';
import type { DispositionInput, DispositionRecord, InspectionInput, ReceivingInput, ReturnLine, ReturnLineInput } from './records';
import { DISPOSITION_KINDS, INSPECTION_RESULTS } from './records';
import { officeTolerance, type ReceivingTolerance } from '../master-data/customer-rules';

export const DEFAULT_RMA_NUMBER_PATTERN = 'RMA{YY}{MM}-{STATION}-{SEQ:3}';

export type LineErrors = Record<string, string>;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Field errors of a new/edited return line: quantityApproved 'required'|'notAnInteger'|'negative'|'zero', productModel 'required'. */
export function validateReturnLine(input: ReturnLineInput, quantityDelivered: number | null = null): LineErrors {
  const errors: LineErrors = {};
  if (!input.productModel.trim()) errors.productModel = 'required';
  const q: unknown = input.quantityApproved;
  if (typeof q !== 'number' || Number.isNaN(q)) errors.quantityApproved = 'required';
  else if (!Number.isInteger(q)) errors.quantityApproved = 'notAnInteger';
  else if (q < 0) errors.quantityApproved = 'negative';
  else if (q === 0) errors.quantityApproved = 'zero';
  else if (quantityDelivered !== null && q > quantityDelivered) errors.quantityApproved = 'moreThanDelivered';
  const price: unknown = input.unitPriceFen;
  if (price !== null && price !== undefined) {
    if (typeof price !== 'number' || !Number.isSafeInteger(price)) errors.unitPriceFen = 'notFen';
    else if (price < 0) errors.unitPriceFen = 'negative';
  }
  if (input.currency !== undefined && !(CURRENCIES as readonly string[]).includes(input.currency)) errors.currency = 'invalid';
  return errors;
}

export type ToleranceStatus = 'ok' | 'over' | 'under';

export interface ToleranceCheck {
  status: ToleranceStatus;
  /** Warning code for the UI when outside the tolerance, else null: 'receivedOverTolerance' | 'receivedUnderTolerance'. */
  warning: 'receivedOverTolerance' | 'receivedUnderTolerance' | null;
  /** received − approved */
  difference: number;
  /** difference in percent of approved (2 decimals); Infinity-safe: 100 when approved is 0 and something arrived. */
  differencePercent: number;
  /** The tolerance checked against (the office's, or the case customer's own: master-data/customer-rules.ts). */
  tolerance: ReceivingTolerance;
}

/**
 * Receiving tolerance (实退量 vs 批准量): up to +overPercent / −underPercent
 * of the approved quantity is 'ok' (exactly at the limit included); outside
 * it is a WARNING (the count is stored anyway — the warehouse counts what is
 * there). A plain number is the office's symmetric ±percent.
 */
export function checkReceivingTolerance(approved: number, received: number, tolerance: number | ReceivingTolerance): ToleranceCheck {
  const applied = typeof tolerance === 'number' ? officeTolerance(tolerance) : tolerance;
  const difference = received - approved;
  const differencePercent = approved > 0 ? Math.round((difference / approved) * 10000) / 100 : difference === 0 ? 0 : 100;
  const limit = difference > 0 ? applied.overPercent : applied.underPercent;
  // A hair of slack so a count exactly at a decimal limit (0.57 % of 10 000 = 57) is not lost to binary rounding.
  const within = Math.abs(difference) * 100 <= limit * approved * (1 + 1e-12);
  if (within) return { status: 'ok', warning: null, difference, differencePercent, tolerance: applied };
  return difference > 0
    ? { status: 'over', warning: 'receivedOverTolerance', difference, differencePercent, tolerance: applied }
    : { status: 'under', warning: 'receivedUnderTolerance', difference, differencePercent, tolerance: applied };
}

/** Field errors of a receiving entry: quantityReceived 'required'|'notAnInteger'|'negative', receivedBy/storageLocation/receivedAt 'required'. */
export function validateReceiving(input: ReceivingInput): LineErrors {
  const errors: LineErrors = {};
  const q = input.quantityReceived;
  if (q === null || typeof q !== 'number' || Number.isNaN(q)) errors.quantityReceived = 'required';
  else if (!Number.isInteger(q)) errors.quantityReceived = 'notAnInteger';
  else if (q < 0) errors.quantityReceived = 'negative';
  if (!input.receivedBy.trim()) errors.receivedBy = 'required';
  if (!input.storageLocation.trim()) errors.storageLocation = 'required';
  if (!input.receivedAt || Number.isNaN(Date.parse(input.receivedAt))) errors.receivedAt = 'required';
  return errors;
}

/** Field errors of an inspection entry for a line with `received` pieces. */
export function validateInspection(input: InspectionInput, received: number | null): LineErrors {
  const errors: LineErrors = {};
  if (received === null) errors.quantityReceived = 'notReceivedYet';
  if (input.inspectionResult === null || !INSPECTION_RESULTS.includes(input.inspectionResult)) errors.inspectionResult = 'required';
  const d = input.quantityDefective;
  if (d !== null) {
    if (!isCount(d)) errors.quantityDefective = d < 0 ? 'negative' : 'notAnInteger';
    else if (received !== null && d > received) errors.quantityDefective = 'moreThanReceived';
  }
  if (input.inspectionResult !== 'pass' && input.inspectionResult !== null && !input.defectNotes.trim()) errors.defectNotes = 'required';
  if (!input.inspectedBy.trim()) errors.inspectedBy = 'required';
  if (!input.inspectedAt || Number.isNaN(Date.parse(input.inspectedAt))) errors.inspectedAt = 'required';
  return errors;
}

/** Field errors of one disposition (before the sum check). */
export function validateDisposition(input: DispositionInput): LineErrors {
  const errors: LineErrors = {};
  if (!DISPOSITION_KINDS.includes(input.kind)) errors.kind = 'required';
  const q: unknown = input.quantity;
  if (typeof q !== 'number' || Number.isNaN(q)) errors.quantity = 'required';
  else if (!Number.isInteger(q)) errors.quantity = 'notAnInteger';
  else if (q < 0) errors.quantity = 'negative';
  else if (q === 0) errors.quantity = 'zero';
  if (input.kind === 'rework' && !input.repairOrderNumber.trim()) errors.repairOrderNumber = 'required';
  return errors;
}

export interface DispositionSumError {
  lineId: string;
  /** 'notReceived': the line has no received quantity yet; 'over'/'under': the sum differs. */
  code: 'notReceived' | 'over' | 'under';
  received: number;
  disposed: number;
}

/**
 * Per live line: do its live dispositions add up to what was received?
 * Lines with 0 received need no disposition. Returns one error per bad line.
 */
export function checkDispositionSums(lines: readonly ReturnLine[], dispositions: readonly DispositionRecord[]): DispositionSumError[] {
  const errors: DispositionSumError[] = [];
  for (const line of lines) {
    if (line.deleted) continue;
    const disposed = dispositions.filter((d) => !d.deleted && d.lineId === line.id).reduce((sum, d) => sum + d.quantity, 0);
    if (line.quantityReceived === null) {
      errors.push({ lineId: line.id, code: 'notReceived', received: 0, disposed });
      continue;
    }
    if (disposed > line.quantityReceived) errors.push({ lineId: line.id, code: 'over', received: line.quantityReceived, disposed });
    else if (disposed < line.quantityReceived) errors.push({ lineId: line.id, code: 'under', received: line.quantityReceived, disposed });
  }
  return errors;
}
