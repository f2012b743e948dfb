/**
 * A ledger row: the few intake fields of a case plus its lifecycle projection
 * (shared/domain/lifecycle/projection.ts), what the ledger keeps in memory for
 * 100,000 cases and what filters, the workbench and statistics read without
 * opening a case. Owns the mapping from a stored case to its row.
 */
import type { ComplaintCase } from './case';
import { EMPTY_PROJECTION, type CaseProjection } from './lifecycle/projection';

export interface LedgerRow extends CaseProjection {
  id: string;
  caseNumber: string;
  customerName: string;
  productModel: string;
  partNumber: string;
  lotNumber: string;
  orderNumber: string;
  receivedAt: string;
  market: ComplaintCase['market'];
  quantityDefective: number | null;
  updatedAt: string;
  createdBy: string;
  /** Master-data entry ids picked at intake ('' = free text; shared/domain/case.ts). */
  customerId: string;
  productModelId: string;
  defectTypeId: string;
  /** The office's own number of an imported complaint (shared/domain/case.ts); absent on rows stored before issue 18. */
  originalNumber?: string;
}

/** A case stored before master data has no entry ids: free text. */
const entryId = (value: string | undefined): string => value ?? '';

/** The row of a case as stored (its projection absent = nothing recorded beyond intake). */
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
    customerId: entryId(c.customerId),
    productModelId: entryId(c.productModelId),
    defectTypeId: entryId(c.defectTypeId),
    originalNumber: c.originalNumber ?? '',
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
    decisionAmountFen: p.decisionAmountFen ?? null, // absent in projections stored before issue 16.6
    closedAt: p.closedAt,
    costs: p.costs.map((cost) => ({ ...cost })),
    shares: p.shares.map((share) => ({ ...share })),
    // Issue-17 facts: copied when the stored projection has them; absent = unknown to statistics.
    ...(p.deadlines ? { deadlines: p.deadlines.map((d) => ({ ...d })) } : {}),
    ...(p.returns ? { returns: { ...p.returns } } : {}),
    ...(p.survey !== undefined ? { survey: p.survey && { ...p.survey } } : {}),
    ...(p.supplierClaims ? { supplierClaims: { ...p.supplierClaims } } : {}),
    ...(p.effectCheckDueDate ? { effectCheckDueDate: p.effectCheckDueDate } : {}),
    ...(p.responsibilityRuleApplied ? { responsibilityRuleApplied: true as const } : {}),
  };
}
