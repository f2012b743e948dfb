/**
 * The columns of the ledger export (台账 → Excel): which columns exist, how
 * wide they are, how their cells are formatted and what each cell holds —
 * for the case sheet (one row per case of the view) and the return-line
 * sheet (one row per return line of those cases). The headers and the
 * printed enum values are the renderer's texts, passed in as labels.
 */
import { DEFAULT_CURRENCY } from '../domain/lifecycle/currency';
import { lineAmountFen } from '../domain/lifecycle/line-money';
import type { LedgerRow } from '../domain/ledger-row';
import type { DispositionRecord, ReturnLine } from '../domain/lifecycle/records';
import { excelDate } from './excel-date';

export type Cell = string | number | Date | null;

/** Every column the case sheet can have; the renderer picks which, in which order. */
export const CASE_COLUMNS = [
  'caseNumber',
  'receivedAt',
  'customerName',
  'productModel',
  'partNumber',
  'lotNumber',
  'quantityDefective',
  'updatedAt',
  'nextDueAt',
  'state',
  'severity',
  'category',
  'defectType',
  'market',
  'orderNumber',
  'rmaNumber',
  'decisionAmount',
  'losses',
  'closedAt',
  'createdBy',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

/** The return-line sheet's columns, in this order. */
export const LINE_COLUMNS = [
  'caseNumber',
  'round',
  'productModel',
  'partNumber',
  'lotNumber',
  'quantityApproved',
  'reason',
  'quantityReceived',
  'receivedAt',
  'storageLocation',
  'inspectionResult',
  'quantityDefective',
  'defectNotes',
  'inspectedAt',
  'disposition',
  'quantityDisposed',
  'unitPrice',
  'currency',
  'amount',
] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];

/** Printed names of enum values in the UI's language; a missing key prints the key. */
export type EnumLabels = Readonly<Record<string, string>>;

export const FMT = { text: '@', count: '0', yuan: '0.00', date: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm' } as const;

export interface ColumnSpec<R, C> {
  width: number;
  fmt: (typeof FMT)[keyof typeof FMT];
  value: (record: R, context: C) => Cell;
}

/** What case cells read besides the row: names resolved from master data, enum labels, the factory's zone. */
export interface CaseCellContext {
  customer: (row: LedgerRow) => string;
  model: (row: LedgerRow) => string;
  defectType: (row: LedgerRow) => string;
  state: EnumLabels;
  severity: EnumLabels;
  category: EnumLabels;
  market: EnumLabels;
  offsetMinutes: number;
}

export const enumLabel = (labels: EnumLabels, key: string | null): string => (key === null || key === '' ? '' : (labels[key] ?? key));
const yuan = (fen: number): number => Math.round(fen) / 100;
const count = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const CASE_COLUMN_SPECS: { readonly [K in CaseColumn]: ColumnSpec<LedgerRow, CaseCellContext> } = {
  caseNumber: { width: 16, fmt: FMT.text, value: (r) => r.caseNumber },
  receivedAt: { width: 17, fmt: FMT.dateTime, value: (r, c) => excelDate(r.receivedAt, false, c.offsetMinutes) },
  customerName: { width: 24, fmt: FMT.text, value: (r, c) => c.customer(r) },
  productModel: { width: 16, fmt: FMT.text, value: (r, c) => c.model(r) },
  partNumber: { width: 14, fmt: FMT.text, value: (r) => r.partNumber },
  lotNumber: { width: 14, fmt: FMT.text, value: (r) => r.lotNumber },
  quantityDefective: { width: 9, fmt: FMT.count, value: (r) => count(r.quantityDefective) },
  updatedAt: { width: 17, fmt: FMT.dateTime, value: (r, c) => excelDate(r.updatedAt, false, c.offsetMinutes) },
  nextDueAt: { width: 17, fmt: FMT.dateTime, value: (r, c) => excelDate(r.nextDueAt, false, c.offsetMinutes) },
  state: { width: 11, fmt: FMT.text, value: (r, c) => enumLabel(c.state, r.state) },
  severity: { width: 11, fmt: FMT.text, value: (r, c) => enumLabel(c.severity, r.severity) },
  category: { width: 13, fmt: FMT.text, value: (r, c) => enumLabel(c.category, r.category) },
  defectType: { width: 20, fmt: FMT.text, value: (r, c) => c.defectType(r) },
  market: { width: 10, fmt: FMT.text, value: (r, c) => enumLabel(c.market, r.market) },
  orderNumber: { width: 14, fmt: FMT.text, value: (r) => r.orderNumber },
  rmaNumber: { width: 16, fmt: FMT.text, value: (r) => r.rmaNumber ?? '' },
  decisionAmount: { width: 12, fmt: FMT.yuan, value: (r) => (r.decisionAmountFen === null ? null : yuan(r.decisionAmountFen)) },
  losses: { width: 12, fmt: FMT.yuan, value: (r) => (r.costs.length === 0 ? null : yuan(r.costs.reduce((sum, cost) => sum + cost.amountFen, 0))) },
  closedAt: { width: 12, fmt: FMT.date, value: (r, c) => excelDate(r.closedAt, true, c.offsetMinutes) },
  createdBy: { width: 10, fmt: FMT.text, value: (r) => r.createdBy },
};

/** What line cells read besides the line: its case's number, its dispositions, enum labels, the factory's zone. */
export interface LineCellContext {
  caseNumber: (line: ReturnLine) => string;
  dispositions: (line: ReturnLine) => readonly DispositionRecord[];
  inspectionResult: EnumLabels;
  dispositionKind: EnumLabels;
  offsetMinutes: number;
}

/** The line's dispositions as one text: 返修 5（RW-001）、报废 3. */
function dispositionText(line: ReturnLine, c: LineCellContext): string {
  return c
    .dispositions(line)
    .map((d) => `${enumLabel(c.dispositionKind, d.kind)} ${d.quantity}${d.repairOrderNumber ? `（${d.repairOrderNumber}）` : ''}`)
    .join('、');
}

export const LINE_COLUMN_SPECS: { readonly [K in LineColumn]: ColumnSpec<ReturnLine, LineCellContext> } = {
  caseNumber: { width: 16, fmt: FMT.text, value: (l, c) => c.caseNumber(l) },
  round: { width: 6, fmt: FMT.count, value: (l) => l.round },
  productModel: { width: 16, fmt: FMT.text, value: (l) => l.productModel },
  partNumber: { width: 14, fmt: FMT.text, value: (l) => l.partNumber },
  lotNumber: { width: 14, fmt: FMT.text, value: (l) => l.lotNumber },
  quantityApproved: { width: 10, fmt: FMT.count, value: (l) => count(l.quantityApproved) },
  reason: { width: 24, fmt: FMT.text, value: (l) => l.reason },
  quantityReceived: { width: 10, fmt: FMT.count, value: (l) => count(l.quantityReceived) },
  receivedAt: { width: 17, fmt: FMT.dateTime, value: (l, c) => excelDate(l.receivedAt, false, c.offsetMinutes) },
  storageLocation: { width: 14, fmt: FMT.text, value: (l) => l.storageLocation },
  inspectionResult: { width: 11, fmt: FMT.text, value: (l, c) => enumLabel(c.inspectionResult, l.inspectionResult) },
  quantityDefective: { width: 10, fmt: FMT.count, value: (l) => count(l.quantityDefective) },
  defectNotes: { width: 24, fmt: FMT.text, value: (l) => l.defectNotes },
  inspectedAt: { width: 17, fmt: FMT.dateTime, value: (l, c) => excelDate(l.inspectedAt, false, c.offsetMinutes) },
  disposition: { width: 28, fmt: FMT.text, value: (l, c) => dispositionText(l, c) },
  quantityDisposed: { width: 10, fmt: FMT.count, value: (l, c) => (c.dispositions(l).length === 0 ? null : c.dispositions(l).reduce((sum, d) => sum + d.quantity, 0)) },
  // Issue 19.2: the line's price and what it credits (line-money.ts), in its currency.
  unitPrice: { width: 11, fmt: FMT.yuan, value: (l) => (l.unitPriceFen === null || l.unitPriceFen === undefined ? null : l.unitPriceFen / 100) },
  currency: { width: 7, fmt: FMT.text, value: (l) => (l.unitPriceFen === null || l.unitPriceFen === undefined ? '' : (l.currency ?? DEFAULT_CURRENCY)) },
  amount: { width: 13, fmt: FMT.yuan, value: (l) => { const fen = lineAmountFen(l); return fen === null ? null : fen / 100; } },
};
