/**
 * The monthly figures behind 客诉率 and PPM (rates.ts), from the ledger rows
 * and the shipments: complaints (cases that count as complaints, by the
 * factory month they were received) and their defective pieces, against the
 * pieces and lots shipped that month. Customers and models are matched by
 * master-data entry (a typed name or alias resolves to its entry: "华为" and
 * "华为技术" are one customer), else by the name's key. Pure; one pass.
 */
import { factoryMonth } from '../factory-calendar';
import type { LedgerRow } from '../ledger-row';
import { canonicalIndex } from '../master-data/canonical';
import type { MasterEntry } from '../master-data/entry';
import { nameKey } from '../master-data/normalize';
import { EMPTY_FIGURES, type MonthFigures } from './rates';
import type { Shipment } from './shipment';

/** Which customers and models to count: a key of partyKeys(), or null for all. */
export interface FigureScope {
  customerKey: string | null;
  modelKey: string | null;
}

export type PartyKeyOf = (entryId: string, name: string) => string;

/** Keys of customers and models for matching rows with shipments (entry ids resolved from names through master data). */
export function partyKeys(entries: readonly MasterEntry[]): { customer: PartyKeyOf; model: PartyKeyOf } {
  const of = (index: Map<string, MasterEntry>): PartyKeyOf => (entryId, name) => {
    if (entryId) return `e:${entryId}`;
    const entry = index.get(nameKey(name));
    return entry ? `e:${entry.id}` : `n:${nameKey(name)}`;
  };
  return { customer: of(canonicalIndex('customer', entries)), model: of(canonicalIndex('productModel', entries)) };
}

type RowFacts = Pick<LedgerRow, 'receivedAt' | 'countsAsComplaint' | 'quantityDefective' | 'customerId' | 'customerName' | 'productModelId' | 'productModel'>;

/**
 * month → figures for `scope`. A shipment entered for all models of a
 * customer (model '') counts when no model is asked for, never for one
 * model (it cannot be split).
 */
export function monthFigures(rows: Iterable<RowFacts>, shipments: readonly Shipment[], entries: readonly MasterEntry[], scope: FigureScope): Map<string, MonthFigures> {
  const keys = partyKeys(entries);
  const out = new Map<string, MonthFigures>();
  const at = (month: string): MonthFigures => {
    let f = out.get(month);
    if (!f) out.set(month, (f = { ...EMPTY_FIGURES }));
    return f;
  };
  for (const row of rows) {
    if (!row.countsAsComplaint) continue;
    if (scope.customerKey !== null && keys.customer(row.customerId, row.customerName) !== scope.customerKey) continue;
    if (scope.modelKey !== null && keys.model(row.productModelId, row.productModel) !== scope.modelKey) continue;
    const ms = Date.parse(row.receivedAt);
    if (Number.isNaN(ms)) continue;
    const f = at(factoryMonth(ms));
    f.complaints += 1;
    f.defective += row.quantityDefective ?? 0;
  }
  for (const s of shipments) {
    if (s.deleted) continue;
    if (scope.customerKey !== null && keys.customer(s.customerId, s.customerName) !== scope.customerKey) continue;
    if (scope.modelKey !== null && (s.productModel === '' || keys.model(s.productModelId, s.productModel) !== scope.modelKey)) continue;
    const f = at(s.month);
    f.quantityShipped += s.quantityShipped;
    f.lotsShipped += s.lotsShipped;
  }
  return out;
}
