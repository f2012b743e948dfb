/**
 * The pieces every workbook of the desk is built from (exceljs): number
 * formats, a column (header, width, format), a sheet with its header row frozen and its column widths,
 * and a table with a bold totals row (factory instants as Excel dates:
 * excel-date.ts). Pure: no DOM, no Node APIs, no clock.
 */
import type ExcelJS from 'exceljs';

export const FMT = { count: '0', weight: '0.00', yuan: '0.00', rate: '0.0%', rate2: '0.00%', days: '0.0', date: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm', text: '@' } as const;
export type Fmt = (typeof FMT)[keyof typeof FMT] | undefined;

export interface Column {
  header: string;
  width: number;
  fmt?: Fmt;
}

export type Cell = string | number | Date | null;

/**
 * Whether a column's cells need a number format: text columns do not (their
 * cells are written as strings, so "=1+1" stays text), and leaving them
 * unstyled spares exceljs a style per cell (a month's workbook has ~100,000
 * text cells).
 */
const styled = (fmt: Fmt): fmt is Exclude<Fmt, undefined> => fmt !== undefined && fmt !== FMT.text;

/** Fen as yuan (the cell's format shows two decimals). */
export const yuan = (fen: number): number => fen / 100;

/** Adds a table (header row, rows, optional bold totals row) at the sheet's next row. */
export function writeTable(ws: ExcelJS.Worksheet, columns: readonly Column[], rows: readonly Cell[][], totals?: Cell[]): void {
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  // A cell takes its column's format when created (newSheet sets them): only a table whose formats differ from the sheet's columns formats cell by cell.
  const own = columns.map((c, i) => (styled(c.fmt) && ws.getColumn(i + 1).numFmt !== c.fmt ? c.fmt : undefined));
  const write = (values: Cell[]) => {
    const r = ws.addRow(values);
    own.forEach((fmt, i) => {
      if (fmt) r.getCell(i + 1).numFmt = fmt;
    });
    return r;
  };
  for (const values of rows) write(values);
  if (totals) write(totals).font = { bold: true };
}

/** A sheet with its header row frozen, its column widths and formats. */
export function newSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (styled(c.fmt)) column.numFmt = c.fmt;
  });
  return ws;
}

