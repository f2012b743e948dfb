/**
 * The ledger view as an Excel workbook (issue 18.1): sheet 1 holds the cases
 * of the view — its rows in its order, the columns asked for — sheet 2 the
 * return lines of those cases, one row per line. Headers and enum values
 * come in as labels (the UI's language); numbers are numbers, money 0.00,
 * dates real Excel dates showing the factory's wall clock (excel-date.ts),
 * every text a string (a name like "=1+1" stays text, the case number is
 * plain text without a hyperlink). Header row frozen, autofilter over the
 * table, column widths set.
 *
 * 100,000 rows: rows are added a chunk at a time and `pause` is awaited
 * between chunks (the caller yields to the event loop there, shows the
 * progress and may cancel). Pure: no DOM, no Node APIs, no clock (the export
 * time is passed in).
 */
import { FACTORY_UTC_OFFSET_MINUTES } from '../domain/factory-calendar';
import type { LedgerRow } from '../domain/ledger-row';
import type { DispositionRecord, ReturnLine } from '../domain/lifecycle/records';
import type { MasterEntry } from '../domain/master-data/entry';
import {
  CASE_COLUMN_SPECS,
  LINE_COLUMN_SPECS,
  LINE_COLUMNS,
  type CaseCellContext,
  type CaseColumn,
  type Cell,
  type ColumnSpec,
  type EnumLabels,
  type LineCellContext,
  type LineColumn,
} from './ledger-export-columns';
import { excelDate } from './excel-date';
import { HEADER_STYLE } from './sheet-kit';
import { XlsxWorkbook, type XlsxSheet } from './xlsx-writer';

export { CASE_COLUMNS, LINE_COLUMNS, type CaseColumn, type LineColumn } from './ledger-export-columns';

export interface LedgerWorkbookLabels {
  sheets: { cases: string; lines: string };
  caseHeaders: Readonly<Record<CaseColumn, string>>;
  lineHeaders: Readonly<Record<LineColumn, string>>;
  state: EnumLabels;
  severity: EnumLabels;
  category: EnumLabels;
  market: EnumLabels;
  inspectionResult: EnumLabels;
  dispositionKind: EnumLabels;
}

export interface LedgerWorkbookInput {
  /** The view's rows in the view's order. */
  rows: readonly LedgerRow[];
  /** The case sheet's columns, in order. */
  columns: readonly CaseColumn[];
  /** Live return lines and dispositions of (at least) these cases; lines of other cases are left out. */
  lines: readonly ReturnLine[];
  dispositions: readonly DispositionRecord[];
  /** Customer, model and defect-type names are read from here by the rows' entry ids. */
  masterData: readonly MasterEntry[];
  labels: LedgerWorkbookLabels;
  /** When the file is made (the session clock). */
  exportedAtMs: number;
  utcOffsetMinutes?: number;
  /** Rows added between two pauses (default 2,000). */
  chunkRows?: number;
  /** Awaited after each chunk with the rows done so far (both sheets) and their total; false stops the export (the builder returns null). */
  pause?: (done: number, total: number) => Promise<boolean>;
}

/** Names of entries by id, for one kind; a two-level entry prints as 大类 / 小类. */
function entryNames(masterData: readonly MasterEntry[], kind: MasterEntry['kind']): (id: string) => string | undefined {
  const byId = new Map<string, MasterEntry>();
  for (const e of masterData) if (e.kind === kind) byId.set(e.id, e);
  return (id) => {
    const entry = id === '' ? undefined : byId.get(id);
    if (!entry) return undefined;
    const parent = entry.parentId ? byId.get(entry.parentId) : undefined;
    return parent ? `${parent.name} / ${entry.name}` : entry.name;
  };
}

/** A sheet with its columns (header, width, the cells' number format), header row styled, frozen and filtered. */
function newSheet<R, C>(wb: XlsxWorkbook, name: string, keys: readonly string[], specs: Readonly<Record<string, ColumnSpec<R, C>>>, headers: Readonly<Record<string, string>>, rowCount: number): XlsxSheet {
  const ws = wb.addSheet(
    name,
    keys.map((key) => ({ width: specs[key]!.width, style: { numFmt: specs[key]!.fmt } })),
    { frozenRows: 1 },
  );
  ws.addRow(
    keys.map((key) => headers[key] ?? key),
    { ...HEADER_STYLE, numFmt: '@' },
  );
  ws.autoFilter(rowCount + 1, Math.max(1, keys.length));
  return ws;
}

export async function buildLedgerWorkbook(input: LedgerWorkbookInput): Promise<Uint8Array | null> {
  const offsetMinutes = input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const chunk = Math.max(1, input.chunkRows ?? 2_000);
  const { labels } = input;
  const caseIds = new Map(input.rows.map((row, index) => [row.id, index]));
  // Lines in the order of their cases in the view, then round, then as entered (ids are time-ordered).
  const lines = input.lines
    .filter((l) => !l.deleted && caseIds.has(l.caseId))
    .sort((a, b) => caseIds.get(a.caseId)! - caseIds.get(b.caseId)! || a.round - b.round || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = input.rows.length + lines.length;
  let done = 0;

  const wb = new XlsxWorkbook();
  wb.creator = '客诉退货台';
  wb.created = excelDate(input.exportedAtMs, false, offsetMinutes) ?? new Date(0);
  wb.modified = wb.created;

  /** Adds records a chunk at a time (each cell takes its column's format); false when the caller stopped the export. */
  async function fill<R>(ws: XlsxSheet, records: readonly R[], cells: (record: R) => Cell[]): Promise<boolean> {
    for (let start = 0; start < records.length; start += chunk) {
      const end = Math.min(records.length, start + chunk);
      for (let i = start; i < end; i++) ws.addRow(cells(records[i]!));
      done += end - start;
      if (input.pause && !(await input.pause(done, total))) return false;
    }
    return true;
  }

  const customer = entryNames(input.masterData, 'customer');
  const model = entryNames(input.masterData, 'productModel');
  const defectType = entryNames(input.masterData, 'defectType');
  const caseContext: CaseCellContext = {
    customer: (r) => customer(r.customerId) ?? r.customerName,
    model: (r) => model(r.productModelId) ?? r.productModel,
    defectType: (r) => defectType(r.defectTypeId) ?? '',
    state: labels.state,
    severity: labels.severity,
    category: labels.category,
    market: labels.market,
    offsetMinutes,
  };
  const caseSpecs = input.columns.map((key) => CASE_COLUMN_SPECS[key]);
  const cases = newSheet(wb, labels.sheets.cases, input.columns, CASE_COLUMN_SPECS, labels.caseHeaders, input.rows.length);
  if (!(await fill(cases, input.rows, (row) => caseSpecs.map((spec) => spec.value(row, caseContext))))) return null;

  const numbers = new Map(input.rows.map((row) => [row.id, row.caseNumber]));
  const byLine = new Map<string, DispositionRecord[]>();
  for (const d of input.dispositions) {
    if (d.deleted) continue;
    const list = byLine.get(d.lineId);
    if (list) list.push(d);
    else byLine.set(d.lineId, [d]);
  }
  const lineContext: LineCellContext = {
    caseNumber: (l) => numbers.get(l.caseId) ?? '',
    dispositions: (l) => byLine.get(l.id) ?? [],
    inspectionResult: labels.inspectionResult,
    dispositionKind: labels.dispositionKind,
    offsetMinutes,
  };
  const lineSpecs = LINE_COLUMNS.map((key) => LINE_COLUMN_SPECS[key]);
  const lineSheet = newSheet(wb, labels.sheets.lines, LINE_COLUMNS, LINE_COLUMN_SPECS, labels.lineHeaders, lines.length);
  if (!(await fill(lineSheet, lines, (line) => lineSpecs.map((spec) => spec.value(line, lineContext))))) return null;

  return wb.toBytes();
}
