/**
 * Where a 台账 sheet's table is (issue 18.2): the header row found among the
 * first rows by its known header texts, a second header row under it (the
 * parts of a merged parent such as 数量 → 交货数 / 不良数, or an English row
 * under the Chinese) taken in and skipped, total rows (合计 / 总计 / 小计) and
 * repeated header rows skipped; a summary sheet (汇总), a hidden one or one
 * without a recognisable header is skipped with its reason. Merged cells are already
 * filled across and down by read.ts; in data rows only down. Pure.
 */
import { fieldOfHeader, type HeaderColumn } from './mapping';
import type { CellValue, SheetContent, SheetRow } from './read';

/** The header row is looked for among this many first rows. */
export const HEADER_SEARCH_ROWS = 10;
/** A header row names at least this many fields. */
const MIN_HEADER_FIELDS = 2;

const SUMMARY_SHEET = /汇总|统计|summary|图表|chart|pivot/i;
const TOTAL_ROW = /^(合计|总计|小计|共计|总数|total|subtotal|sum)/i;

export type SkippedRowReason = 'totalRow' | 'headerRepeat';
export type SkippedSheetReason = 'summarySheet' | 'hiddenSheet' | 'noHeader';

export interface SheetLayout {
  kind: 'ledger';
  sheet: string;
  /** The header row numbers (one or two). */
  headerRows: number[];
  columns: HeaderColumn[];
  /** The rows under the header that hold data, in order. */
  dataRows: SheetRow[];
  skippedRows: { row: number; reason: SkippedRowReason }[];
}

export interface SkippedSheet {
  kind: 'skipped';
  sheet: string;
  reason: SkippedSheetReason;
}

/** A cell as text (numbers as written, dates yyyy-mm-dd), '' for none. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.text;
  return String(value).trim();
}

/** How many distinct fields the text cells of a row name. */
function fieldsNamed(row: SheetRow, skipMergedFromAbove = false): { named: number; texts: number } {
  const fields = new Set<string>();
  let texts = 0;
  row.cells.forEach((cell, i) => {
    if (skipMergedFromAbove && row.mergedFromAbove.includes(i + 1)) return;
    if (typeof cell !== 'string' || cell.trim() === '') return;
    texts++;
    const field = fieldOfHeader(cell);
    if (field) fields.add(field);
  });
  return { named: fields.size, texts };
}

const hasValues = (row: SheetRow): boolean => row.cells.some((c) => typeof c === 'number' || c instanceof Date);

/** A second header row: straight under the first, no numbers or dates, and most of its own texts (not those merged from above) name fields. */
function isSubHeader(row: SheetRow | undefined, headerRow: number): row is SheetRow {
  if (!row || row.row !== headerRow + 1 || hasValues(row)) return false;
  const { named, texts } = fieldsNamed(row, true);
  return named >= 1 && named * 2 >= texts;
}

const isTotalRow = (row: SheetRow): boolean =>
  row.cells
    .filter((c) => c !== null && cellText(c) !== '')
    .slice(0, 3)
    .some((c) => typeof c === 'string' && TOTAL_ROW.test(c.replace(/[\s\u3000]+/g, '')));

/** A data row keeps a merged cell's value in its first column only: filled down (a parent over several lines), never across. */
const withoutAcross = (row: SheetRow): SheetRow => (row.mergedFromLeft.length ? { ...row, cells: row.cells.map((c, i) => (row.mergedFromLeft.includes(i + 1) ? null : c)) } : row);

export function detectLayout(sheet: SheetContent): SheetLayout | SkippedSheet {
  if (SUMMARY_SHEET.test(sheet.name)) return { kind: 'skipped', sheet: sheet.name, reason: 'summarySheet' };
  if (sheet.hidden) return { kind: 'skipped', sheet: sheet.name, reason: 'hiddenSheet' };
  let headerIndex = -1;
  let headerNamed = MIN_HEADER_FIELDS - 1;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); index++) {
    const { named } = fieldsNamed(sheet.rows[index]!);
    if (named > headerNamed) [headerIndex, headerNamed] = [index, named];
  }
  // Merged down, the parent row's texts fill the row under it too: that row names the most fields, the header starts above it.
  const above = sheet.rows[headerIndex - 1];
  if (above && isSubHeader(sheet.rows[headerIndex], above.row) && fieldsNamed(above).named >= MIN_HEADER_FIELDS) headerIndex--;
  const header = sheet.rows[headerIndex];
  if (!header) return { kind: 'skipped', sheet: sheet.name, reason: 'noHeader' };
  const headerRows = [header];
  const second = sheet.rows[headerIndex + 1];
  if (isSubHeader(second, header.row)) headerRows.push(second);
  const width = Math.max(...headerRows.map((r) => r.cells.length));
  const columns: HeaderColumn[] = [];
  for (let column = 1; column <= width; column++) {
    const texts = headerRows.map((r) => (r.mergedFromAbove.includes(column) ? '' : cellText(r.cells[column - 1] ?? null)));
    if (texts.some((t) => t !== '')) columns.push({ column, texts: texts.filter((t, i) => t !== '' || i === 0) });
  }
  const dataRows: SheetRow[] = [];
  const skippedRows: SheetLayout['skippedRows'] = [];
  for (const row of sheet.rows.slice(headerIndex + headerRows.length)) {
    if (isTotalRow(row)) skippedRows.push({ row: row.row, reason: 'totalRow' });
    else if (!hasValues(row) && fieldsNamed(row).named >= Math.max(MIN_HEADER_FIELDS, headerNamed - 1)) skippedRows.push({ row: row.row, reason: 'headerRepeat' });
    else dataRows.push(withoutAcross(row));
  }
  return { kind: 'ledger', sheet: sheet.name, headerRows: headerRows.map((r) => r.row), columns, dataRows, skippedRows };
}
