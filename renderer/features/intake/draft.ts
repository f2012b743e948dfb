/**
 * The form's working copy of an intake: what the inputs hold (strings for
 * numbers and dates) and the conversions to and from CaseIntake. Validation
 * itself is shared/domain/intakeValidation.ts.
 */
import type { CaseIntake } from '../../../shared/domain/case';
import { parseQuantity } from '../../../shared/domain/quantity';
import { isoToLocalInput, localInputToIso } from '../../ui/dates';

type QuantityField = 'quantityDelivered' | 'quantityInspected' | 'quantityDefective';

export type IntakeDraft = Omit<CaseIntake, 'receivedAt' | 'shipDate' | QuantityField> & {
  /** Value of the datetime-local input. */
  receivedAt: string;
  /** Value of the date input, '' when unknown. */
  shipDate: string;
} & Record<QuantityField, string>;

/** The quantities the customer cannot give yet while still processing (delivered is our own figure). */
export const PENDING_QUANTITIES: readonly QuantityField[] = ['quantityInspected', 'quantityDefective'];

const TEXT_FIELDS = ['customerName', 'contactPerson', 'contactDetail', 'productModel', 'partNumber', 'orderNumber', 'originalNumber', 'lotNumber', 'defectDescription'] as const;

export function draftFromIntake(intake: CaseIntake): IntakeDraft {
  const quantity = (value: number | null) => (value === null ? '' : String(value));
  return {
    ...intake,
    receivedAt: isoToLocalInput(intake.receivedAt),
    shipDate: intake.shipDate ?? '',
    quantityDelivered: quantity(intake.quantityDelivered),
    quantityInspected: quantity(intake.quantityInspected),
    quantityDefective: quantity(intake.quantityDefective),
    customerRequests: [...intake.customerRequests],
  };
}

export function intakeFromDraft(draft: IntakeDraft): CaseIntake {
  const intake: CaseIntake = {
    ...draft,
    receivedAt: draft.receivedAt === '' ? '' : localInputToIso(draft.receivedAt),
    shipDate: draft.shipDate === '' ? null : draft.shipDate,
    quantityDelivered: parseQuantity(draft.quantityDelivered),
    quantityInspected: draft.quantityPending ? null : parseQuantity(draft.quantityInspected),
    quantityDefective: draft.quantityPending ? null : parseQuantity(draft.quantityDefective),
    customerRequests: [...draft.customerRequests],
  };
  for (const field of TEXT_FIELDS) intake[field] = intake[field].trim();
  return intake;
}
