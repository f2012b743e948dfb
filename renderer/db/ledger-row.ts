/**
 * The ledger projection: the few fields of a case the ledger keeps in memory
 * for 100,000 cases. Owns the mapping from a stored case to a LedgerRow.
 */
import type { ComplaintCase } from '../../shared/domain/case';
import type { LedgerRow } from './types';

export function toLedgerRow(c: ComplaintCase): LedgerRow {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    customerName: c.customerName,
    productModel: c.productModel,
    partNumber: c.partNumber,
    lotNumber: c.lotNumber,
    orderNumber: c.orderNumber,
    receivedAt: c.receivedAt,
    market: c.market,
    quantityDefective: c.quantityDefective,
    updatedAt: c.updatedAt,
    createdBy: c.createdBy,
  };
}
