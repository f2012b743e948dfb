/**
 * The ledger projection: the few fields of a case the ledger keeps in memory
 * for 100,000 cases. Owns the mapping from a stored case to a LedgerRow.
 * The lifecycle part (state, severity, departments, next deadline) is
 * precomputed by the lifecycle repositories at write time and kept on the
 * stored case as `projection` (a local field, not an op: a PC that merges
 * remote ops recomputes it — refreshCaseProjection in lifecycle-projection.ts).
 */
import type { ComplaintCase } from '../../shared/domain/case';
import type { CaseProjection } from '../../shared/domain/lifecycle/projection';
import { EMPTY_PROJECTION } from '../../shared/domain/lifecycle/projection';
import type { LedgerRow } from './types';

export function toLedgerRow(c: ComplaintCase & { projection?: CaseProjection }): LedgerRow {
  const p = c.projection ?? EMPTY_PROJECTION;
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
    state: p.state,
    severity: p.severity,
    triage: p.triage,
    category: p.category,
    countsAsComplaint: p.countsAsComplaint,
    departments: [...p.departments],
    nextDueAt: p.nextDueAt,
    nextDueKind: p.nextDueKind,
    round: p.round,
    rmaNumber: p.rmaNumber,
  };
}
