/**
 * Longest text per lifecycle field, in UTF-16 code units like the intake's
 * TEXT_LIMITS (what a clerk sees as characters for Chinese text): names of
 * people as the 8D's (60), references and places like the intake's
 * (80 / 120), free text like a complaint description or an 8D long text
 * (10,000). Fields are named the same across record kinds (note, reason,
 * owner …), so one map serves every command. Over the limit: 'tooLong'.
 */
import { isText, type FieldErrors } from '../field-checks';
import { MAX_LONG_TEXT, MAX_PERSON_NAME } from '../eightd/validation';

const REFERENCE = 80;
const NAME_OR_PLACE = 120;

export const LIFECYCLE_TEXT_LIMITS = {
  analysisSummary: MAX_LONG_TEXT,
  decisionNote: MAX_LONG_TEXT,
  returnCarrier: NAME_OR_PLACE,
  returnTrackingNumber: REFERENCE,
  productModel: REFERENCE,
  partNumber: REFERENCE,
  lotNumber: NAME_OR_PLACE,
  reason: MAX_LONG_TEXT,
  receivedBy: MAX_PERSON_NAME,
  storageLocation: NAME_OR_PLACE,
  receivingNote: MAX_LONG_TEXT,
  defectNotes: MAX_LONG_TEXT,
  inspectedBy: MAX_PERSON_NAME,
  repairOrderNumber: REFERENCE,
  note: MAX_LONG_TEXT,
  supplierName: NAME_OR_PLACE,
  approverName: MAX_PERSON_NAME,
  description: MAX_LONG_TEXT,
  owner: MAX_PERSON_NAME,
  verifiedBy: MAX_PERSON_NAME,
  text: MAX_LONG_TEXT,
  remarks: MAX_LONG_TEXT,
  fileName: NAME_OR_PLACE * 2,
  redInvoiceNumber: REFERENCE,
  returnProof: NAME_OR_PLACE,
  orderNumber: REFERENCE,
  materialsUsed: MAX_LONG_TEXT,
  reinspectedBy: MAX_PERSON_NAME,
  carrier: NAME_OR_PLACE,
  trackingNumber: REFERENCE,
  deliveryNoteNumber: REFERENCE,
} as const;

export type LimitedField = keyof typeof LIFECYCLE_TEXT_LIMITS;

/**
 * 'tooLong' for each limited field of `input` whose text is over its limit,
 * under the errors the field already has (a 'required' or 'invalid' wins).
 */
export function withTextLimits(errors: FieldErrors, input: object): FieldErrors {
  const out: FieldErrors = { ...errors };
  for (const [field, value] of Object.entries(input)) {
    const limit = (LIFECYCLE_TEXT_LIMITS as Record<string, number>)[field];
    if (limit !== undefined && isText(value) && value.length > limit && out[field] === undefined) out[field] = 'tooLong';
  }
  return out;
}
