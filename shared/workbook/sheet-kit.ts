/**
 * The pieces every workbook of the desk is built from (xlsx-writer.ts):
 * number formats, a column (header, width, format), a sheet with its header
 * row frozen and its column widths, and a table with a styled header and a
 * bold totals row (factory instants as Excel dates: excel-date.ts). Pure:
 * no DOM, no Node APIs, no clock.
 */
import type { CellStyle, XlsxSheet, XlsxWorkbook } from './xlsx-writer';

export const FMT = { count: '0', weight: '0.00', yuan: '0.00', rate: '0.0%', rate2: '0.00%', days: '0.0', date: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm', text: '@' } as const;
export type Fmt = (typeof FMT)[keyof typeof FMT] | undefined;

export interface Column {
  header: string;
  width: number;
  fmt?: Fmt;
}

export type Cell = string | number | Date | null;

/** The header row of every table: bold on a light blue fill, a thin line under it. */
export const HEADER_STYLE: CellStyle = { bold: true, fill: 'FFE8EEF7', borderBottom: true, vertical: 'middle' };
export const BOLD: CellStyle = { bold: true };

/** Whether a column's cells need a number format: text columns do not (their cells are written as strings, so "=1+1" stays text). */
const styled = (fmt: Fmt): fmt is Exclude<Fmt, undefined> => fmt !== undefined && fmt !== FMT.text;

/** Fen as yuan (the cell's format shows two decimals). */
export const yuan = (fen: number): number => fen / 100;

/** Adds a table (header row, rows, optional bold totals row) at the sheet's next row; a column format differing from the sheet's column applies cell by cell. */
export function writeTable(ws: XlsxSheet, columns: readonly Column[], rows: readonly Cell[][], totals?: Cell[]): void {
  ws.addRow(
    columns.map((c) => c.header),
    HEADER_STYLE,
  );
  const own = columns.map((c, i) => (styled(c.fmt) && ws.columnFormat(i + 1) !== c.fmt ? { numFmt: c.fmt } : undefined));
  const cellStyles = own.some((s) => s !== undefined) ? own : undefined;
  for (const values of rows) ws.addRow(values, undefined, cellStyles);
  if (totals) ws.addRow(totals, BOLD, cellStyles);
}

/** A sheet with its header row frozen, its column widths and formats. */
export function newSheet(wb: XlsxWorkbook, name: string, columns: readonly Column[]): XlsxSheet {
  return wb.addSheet(
    name,
    columns.map((c) => ({ width: c.width, ...(styled(c.fmt) ? { style: { numFmt: c.fmt } } : {}) })),
    { frozenRows: 1 },
  );
}
