/**
 * Validation of the intake form. Returns one error code per field; the
 * renderer turns codes into messages through i18n (`validation.<code>`).
 */
import {
  CONTACT_CHANNELS,
  CUSTOMER_REQUESTS,
  FOUND_AT,
  MARKETS,
  OCCURRENCES,
  type CaseField,
  type CaseIntake,
} from './case';
import { ORIGINAL_NUMBER_LIMIT } from './case-import';
import { isPlainDate, type FieldErrors as FieldErrorsOf } from './field-checks';

export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'notAnInteger'
  | 'negative'
  | 'inspectedExceedsDelivered'
  | 'defectiveExceedsInspected'
  | 'invalidDate'
  | 'invalidDateTime'
  | 'shipDateAfterReceived'
  | 'receivedInFuture'
  | 'invalidChoice'
  | 'requestRequired'
  | 'quantityRequired';

export type FieldErrors = FieldErrorsOf<CaseField, ValidationCode>;

/**
 * Longest text per field, in UTF-16 code units (what a clerk sees as characters
 * for Chinese text). The complaint description takes a customer's email pasted
 * whole, quoted history included: 10,000 like the long texts of an 8D report
 * (the printed form flows long text onto further pages). Every text at its
 * limit stays far under the IPC and storage caps (test/unit/shared/ipc/text-limits.test.ts).
 */
export const TEXT_LIMITS: Partial<Record<CaseField, number>> = {
  customerName: 120,
  contactPerson: 60,
  contactDetail: 120,
  productModel: 80,
  partNumber: 80,
  orderNumber: 80,
  lotNumber: 120,
  defectDescription: 10_000,
  // Master-data entry ids (time-ordered UUIDs, or the seed's fixed ids).
  customerId: 60,
  productModelId: 60,
  defectTypeId: 60,
  originalNumber: ORIGINAL_NUMBER_LIMIT,
};

const REQUIRED_TEXT: CaseField[] = ['customerName', 'productModel', 'defectDescription'];

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The received date-time of a case: stricter than a moment (field-checks.ts isMoment), the offset is required. */
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) && isPlainDate(value.slice(0, 10));
}

function quantityError(value: number | null): ValidationCode | undefined {
  if (value === null) return undefined;
  if (!Number.isInteger(value)) return 'notAnInteger';
  if (value < 0) return 'negative';
  return undefined;
}

/**
 * @param now the current time, for "received in the future" (a few minutes of clock slack allowed)
 */
export function validateIntake(intake: CaseIntake, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of REQUIRED_TEXT) {
    const value = intake[field];
    if (typeof value !== 'string' || value.trim() === '') errors[field] = 'required';
  }
  for (const [field, limit] of Object.entries(TEXT_LIMITS) as [CaseField, number][]) {
    const value = intake[field];
    if (typeof value === 'string' && value.length > limit) errors[field] = 'tooLong';
  }
  if (!CONTACT_CHANNELS.includes(intake.contactChannel)) errors.contactChannel = 'invalidChoice';
  if (!MARKETS.includes(intake.market)) errors.market = 'invalidChoice';
  if (!FOUND_AT.includes(intake.foundAt)) errors.foundAt = 'invalidChoice';
  if (!OCCURRENCES.includes(intake.occurrence)) errors.occurrence = 'invalidChoice';
  if (intake.customerRequests.some((r) => !CUSTOMER_REQUESTS.includes(r))) errors.customerRequests = 'invalidChoice';
  else if (intake.customerRequests.length === 0) errors.customerRequests = 'requestRequired';

  if (!intake.receivedAt) errors.receivedAt = 'required';
  else if (!isIsoDateTime(intake.receivedAt)) errors.receivedAt = 'invalidDateTime';
  else if (Date.parse(intake.receivedAt) > now.getTime() + 10 * 60_000) errors.receivedAt = 'receivedInFuture';

  if (intake.shipDate !== null) {
    if (!isPlainDate(intake.shipDate)) errors.shipDate = 'invalidDate';
    else if (!errors.receivedAt && intake.shipDate > intake.receivedAt.slice(0, 10)) errors.shipDate = 'shipDateAfterReceived';
  }

  const delivered = quantityError(intake.quantityDelivered);
  const inspected = quantityError(intake.quantityInspected);
  const defective = quantityError(intake.quantityDefective);
  if (delivered) errors.quantityDelivered = delivered;
  if (inspected) errors.quantityInspected = inspected;
  if (defective) errors.quantityDefective = defective;
  if (!inspected && !delivered && intake.quantityInspected !== null && intake.quantityDelivered !== null && intake.quantityInspected > intake.quantityDelivered) {
    errors.quantityInspected = 'inspectedExceedsDelivered';
  }
  // Compare against the sample size only when that number is itself valid.
  const base = intake.quantityInspected !== null ? (inspected ? null : intake.quantityInspected) : delivered ? null : intake.quantityDelivered;
  if (!defective && intake.quantityDefective !== null && base !== null && intake.quantityDefective > base) {
    errors.quantityDefective = 'defectiveExceedsInspected';
  }
  if (!intake.quantityPending && intake.quantityDefective === null && !errors.quantityDefective) {
    errors.quantityDefective = 'quantityRequired';
  }
  return errors;
}

/** The counter under a limited text field shows from this share of its limit on. */
export const COUNTER_FROM_SHARE = 0.8;

/** Whether a text field of `length` characters shows its counter (near or over its limit). */
export function showsCounter(length: number, limit: number | undefined): boolean {
  return limit !== undefined && length >= limit * COUNTER_FROM_SHARE;
}
