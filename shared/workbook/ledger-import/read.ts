/**
 * Reading an office's .xlsx 台账 (issue 18.2 / 18.4): bytes → the cell
 * values of its sheets, or WorkbookRefused and nothing else. The file is
 * checked first (guard.ts: size, .xls, password, rows), then exceljs reads
 * it. Formulas give their cached result (one without it is a per-cell
 * issue), rich text is joined, hyperlinks give their text, images are
 * ignored with a warning, merged cells read their master's value (filled
 * across and down; layout.ts keeps only the down in data rows). Dates stay
 * the Date objects exceljs makes: their UTC fields are the day and time
 * typed in Excel (values.ts reads them so). Pure: no DOM, no disk, no clock.
 */
import ExcelJS from 'exceljs';
import { guardWorkbook, WorkbookRefused, type GuardOptions } from './guard';

/** A cell that holds no usable value, said per cell. */
export interface CellIssue {
  issue: 'formulaWithoutValue' | 'errorValue';
  /** The formula or the error text (#N/A, #DIV/0! …). */
  text: string;
}

export type CellValue = string | number | boolean | Date | CellIssue | null;

export interface SheetRow {
  /** The worksheet row number (1-based, as Excel shows it). */
  row: number;
  /** cells[0] is column A; missing cells are null. */
  cells: CellValue[];
  /** Columns (1-based) whose cell is part of a merge that starts in an earlier row (a parent cell over several lines). */
  mergedFromAbove: number[];
  /** Columns (1-based) whose cell is part of a merge that starts in a column to its left (a header over several columns). */
  mergedFromLeft: number[];
}

export interface SheetContent {
  name: string;
  /** Hidden in Excel (often the lists behind drop-downs): layout.ts skips it. */
  hidden: boolean;
  /** Rows that hold at least one cell, in order. */
  rows: SheetRow[];
}

export type ReadWarningCode = 'imagesIgnored' | 'formulaWithoutValue' | 'errorValue';

export interface ReadWarning {
  code: ReadWarningCode;
  sheet: string;
  /** Row and column (1-based) for a cell; absent for a whole sheet. */
  row?: number;
  column?: number;
  params?: Readonly<Record<string, number | string>>;
}

export interface WorkbookContent {
  /** Every worksheet's name in the file, in order (for the picker). */
  sheetNames: string[];
  /** The sheets read (all, or the picked ones, in the file's order). */
  sheets: SheetContent[];
  warnings: ReadWarning[];
}

export interface ReadOptions extends GuardOptions {
  /** Only these sheets (by name); all when absent. */
  sheets?: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** An exceljs cell value as a plain one (see CellValue). */
function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (!isObject(v)) return null;
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('');
  if ('error' in v && typeof v.error === 'string') return { issue: 'errorValue', text: v.error };
  if ('formula' in v || 'sharedFormula' in v) {
    const written = (v as { formula?: unknown }).formula ?? (v as { sharedFormula?: unknown }).sharedFormula;
    const formula = typeof written === 'string' ? written : '';
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return { issue: 'formulaWithoutValue', text: `=${formula}` };
    return plainValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in v && 'text' in v) return plainValue(v.text as ExcelJS.CellValue);
  return null;
}

/** WPS keeps a picture in a cell as =DISPIMG("ID_…",1); Excel's own pictures in cells are not cell values at all. */
const isPictureFormula = (v: ExcelJS.CellValue): boolean => isObject(v) && 'formula' in v && typeof v.formula === 'string' && /^(_xlfn\.)?DISPIMG\(/i.test(v.formula);

function readSheet(ws: ExcelJS.Worksheet, warnings: ReadWarning[]): SheetContent {
  const rows: SheetRow[] = [];
  let pictures = ws.getImages().length;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const mergedFromAbove: number[] = [];
    const mergedFromLeft: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const source = cell.isMerged ? cell.master : cell;
      if (source !== cell && Number(source.row) < rowNumber) mergedFromAbove.push(column);
      if (source !== cell && Number(source.col) < column) mergedFromLeft.push(column);
      if (isPictureFormula(source.value)) {
        if (source === cell) pictures++;
        return;
      }
      const value = plainValue(source.value);
      if (value !== null && typeof value === 'object' && !(value instanceof Date) && source === cell) {
        warnings.push({ code: value.issue, sheet: ws.name, row: rowNumber, column, params: { text: value.text } });
      }
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    if (cells.some((c) => c !== null && c !== '')) rows.push({ row: rowNumber, cells, mergedFromAbove, mergedFromLeft });
  });
  if (pictures > 0) warnings.push({ code: 'imagesIgnored', sheet: ws.name, params: { count: pictures } });
  return { name: ws.name, hidden: ws.state !== 'visible', rows };
}

/** Reads the workbook, or throws WorkbookRefused (nothing partial). */
export async function readLedgerWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkbookContent> {
  await guardWorkbook(bytes, options);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new WorkbookRefused('damaged');
  }
  const picked = options.sheets ? new Set(options.sheets) : null;
  const worksheets = workbook.worksheets.filter((ws) => !picked || picked.has(ws.name));
  if (worksheets.length === 0) throw new WorkbookRefused('noSheet');
  const warnings: ReadWarning[] = [];
  const sheets = worksheets.map((ws) => readSheet(ws, warnings));
  return { sheetNames: workbook.worksheets.map((ws) => ws.name), sheets, warnings };
}
