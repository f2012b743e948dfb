/**
 * The complaint case (客户投诉) as registered at intake — DOMAIN.md §1.
 * Pure types and constants; persisted by renderer/db, replicated as field ops.
 */

export const CONTACT_CHANNELS = ['phone', 'fax', 'email', 'wechat', 'qq', 'ecommerce', 'onsite', 'letter'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const MARKETS = ['domestic', 'foreign'] as const;
export type Market = (typeof MARKETS)[number];

export const FOUND_AT = ['incoming_inspection', 'production', 'end_user'] as const;
export type FoundAt = (typeof FOUND_AT)[number];

export const OCCURRENCES = ['first', 'repeat'] as const;
export type Occurrence = (typeof OCCURRENCES)[number];

export const CUSTOMER_REQUESTS = [
  'return',
  'exchange',
  'repair',
  'credit',
  'compensation',
  'report_8d',
  'explanation_only',
] as const;
export type CustomerRequest = (typeof CUSTOMER_REQUESTS)[number];

/** The intake fields a clerk types in; everything else on a case is derived or added later. */
export interface CaseIntake {
  customerName: string;
  contactPerson: string;
  contactChannel: ContactChannel;
  /** Phone number, e-mail address, WeChat id, platform order … as given by the customer. */
  contactDetail: string;
  /** ISO 8601 date-time with offset, e.g. 2026-11-23T09:30:00+08:00. */
  receivedAt: string;
  market: Market;
  productModel: string;
  partNumber: string;
  orderNumber: string;
  /** Lot / batch number or date code (批次号 / Date code). */
  lotNumber: string;
  /** ISO date (yyyy-mm-dd) or null when unknown. */
  shipDate: string | null;
  quantityDelivered: number | null;
  quantityInspected: number | null;
  quantityDefective: number | null;
  /** 客户加工中未确定: the customer is still processing, quantities not yet known. */
  quantityPending: boolean;
  defectDescription: string;
  foundAt: FoundAt;
  occurrence: Occurrence;
  customerRequests: CustomerRequest[];
  /**
   * Master data (字典, shared/domain/master-data) the clerk picked: the entry
   * ids of the customer, product model and defect type, '' when typed as free
   * text. The names stay in customerName / productModel (what prints). Absent
   * on cases stored before issue 16: read as ''.
   */
  customerId: string;
  productModelId: string;
  defectTypeId: string;
  /**
   * The office's own number for a complaint brought in from its Excel 台账
   * (issue 18, shared/domain/case-import.ts), '' for a case registered here.
   * Absent on cases stored before issue 18: read as ''.
   */
  originalNumber: string;
}

export type CaseField = keyof CaseIntake;

/** A stored case: intake fields plus identity and bookkeeping. */
export interface ComplaintCase extends CaseIntake {
  /** Global UUID; never changes. */
  id: string;
  /** Human case number, e.g. 2611-B-007; unique across all PCs, never reused. */
  caseNumber: string;
  /** Station code of the PC that registered the case. */
  stationCode: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Soft delete (tombstone); the number stays consumed. */
  deleted: boolean;
}

export const INTAKE_FIELDS: readonly CaseField[] = [
  'customerName',
  'contactPerson',
  'contactChannel',
  'contactDetail',
  'receivedAt',
  'market',
  'productModel',
  'partNumber',
  'orderNumber',
  'lotNumber',
  'shipDate',
  'quantityDelivered',
  'quantityInspected',
  'quantityDefective',
  'quantityPending',
  'defectDescription',
  'foundAt',
  'occurrence',
  'customerRequests',
  'customerId',
  'productModelId',
  'defectTypeId',
  'originalNumber',
] as const;

export function emptyIntake(receivedAt: string): CaseIntake {
  return {
    customerName: '',
    contactPerson: '',
    contactChannel: 'phone',
    contactDetail: '',
    receivedAt,
    market: 'domestic',
    productModel: '',
    partNumber: '',
    orderNumber: '',
    lotNumber: '',
    shipDate: null,
    quantityDelivered: null,
    quantityInspected: null,
    quantityDefective: null,
    quantityPending: false,
    defectDescription: '',
    foundAt: 'incoming_inspection',
    occurrence: 'first',
    customerRequests: [],
    customerId: '',
    productModelId: '',
    defectTypeId: '',
    originalNumber: '',
  };
}

/**
 * Defect rate (不良率) in percent, from defective over inspected (or delivered
 * when no sample size was given). Null when it cannot be computed.
 */
export function defectRatePercent(intake: Pick<CaseIntake, 'quantityInspected' | 'quantityDelivered' | 'quantityDefective'>): number | null {
  const base = intake.quantityInspected ?? intake.quantityDelivered;
  if (intake.quantityDefective === null || base === null || base <= 0) return null;
  return Math.round((intake.quantityDefective / base) * 10000) / 100;
}

/** Picks the intake fields out of a case (or any superset). */
export function intakeOf(value: CaseIntake): CaseIntake {
  const out = {} as Record<CaseField, unknown>;
  for (const field of INTAKE_FIELDS) out[field] = value[field];
  return out as unknown as CaseIntake;
}
