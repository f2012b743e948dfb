/**
 * What statistics read of a case: its ledger row (shared/domain/ledger-row.ts),
 * i.e. the intake fields plus the lifecycle projection. Facts added to the
 * projection after a row was stored may be absent: they read as unknown.
 */
import type { LedgerRow } from '../ledger-row';
import { parseInstant } from './instants';

export type StatsRow = Pick<
  LedgerRow,
  | 'receivedAt'
  | 'market'
  | 'countsAsComplaint'
  | 'triage'
  | 'severity'
  | 'category'
  | 'closedAt'
  | 'customerId'
  | 'customerName'
  | 'productModelId'
  | 'productModel'
  | 'defectTypeId'
  | 'quantityDefective'
  | 'shares'
  | 'costs'
  | 'departments'
> &
  // Issue-17 facts: absent on rows of projections stored before them (unknown).
  Partial<Pick<LedgerRow, 'deadlines' | 'returns' | 'survey' | 'supplierClaims'>>;

/** Epoch ms of a stored instant; NaN for none or unreadable text (NaN is in no period and before nothing). */
export function instantMs(text: string | null | undefined): number {
  return text ? parseInstant(text) : NaN;
}
