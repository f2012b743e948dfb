/**
 * Reading an office's .xlsx 台账 (issue 18.2 / 18.4): bytes → the cell
 * values of its sheets, or a refusal with a code and nothing else. Untrusted
 * input: the byte size, the declared unpacked size and the row count are
 * bounded BEFORE exceljs builds the workbook in memory (rows are counted in
 * the sheets' XML), a legacy .xls and a password-protected workbook (both
 * OLE2 containers) are told apart by their streams. Formulas give their
 * cached result (one without it is a per-cell issue), rich text is joined,
 * hyperlinks give their text, images are ignored with a warning, merged
 * cells read their master's value (filled across and down). Dates stay the
 * Date objects exceljs makes: their UTC fields are the day and time typed in
 * Excel (values.ts reads them so). Pure: no DOM, no disk, no clock.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { startsWith } from '../../files/bytes';
import { OLE2_SIGNATURE, ole2Directory } from '../../files/ole2';
import { zipEntries } from '../../files/zip-entries';

export const LEDGER_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** Unpacked, what the zip's directory declares (a 50 MB workbook of text unpacks to some hundred MB; a zip bomb to far more). */
export const LEDGER_IMPORT_MAX_UNPACKED_BYTES = 600 * 1024 * 1024;
/** Rows with cells, over all the sheets of the workbook. */
export const LEDGER_IMPORT_MAX_ROWS = 200_000;

export type WorkbookRefusalCode =
  | 'tooLarge' // params: maxMegabytes
  | 'legacyXls' // an Excel 97–2003 .xls: save it as .xlsx
  | 'encrypted' // password-protected: remove the password (文件 → 信息 → 保护工作簿) and save again
  | 'notWorkbook' // neither an .xlsx nor an .xls
  | 'damaged' // a zip/xlsx that cannot be read
  | 'unpackedTooLarge' // params: maxMegabytes
  | 'tooManyRows' // params: maxRows
  | 'noSheet'; // no worksheet (of the picked ones) in the file

/** The whole file is refused: nothing of it is used. */
export class WorkbookRefused extends Error {
  constructor(
    readonly code: WorkbookRefusalCode,
    readonly params: Readonly<Record<string, number | string>> = {},
  ) {
    super(`workbook refused: ${code}`);
    this.name = 'WorkbookRefused';
  }
}

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

export interface ReadOptions {
  /** Only these sheets (by name); all when absent. */
  sheets?: readonly string[];
  maxBytes?: number;
  maxRows?: number;
}

function refuseOle2(bytes: Uint8Array): never {
  const names = ole2Directory(bytes)?.names.map((n) => n.toLowerCase()) ?? [];
  if (names.includes('encryptioninfo') || names.includes('encryptedpackage')) throw new WorkbookRefused('encrypted');
  if (names.includes('workbook') || names.includes('book')) throw new WorkbookRefused('legacyXls');
  throw new WorkbookRefused(names.length ? 'notWorkbook' : 'damaged');
}

const ROW_OPEN = [0x3c, 0x72, 0x6f, 0x77]; // "<row"

/** Rows that hold something (`<row …>` not closed at once) in a sheet's XML; counting stops past `limit`. */
function rowsWithCells(xml: Uint8Array, limit: number): number {
  let count = 0;
  for (let at = xml.indexOf(0x3c); at >= 0 && count <= limit; at = xml.indexOf(0x3c, at + 1)) {
    if (!startsWith(xml, ROW_OPEN, at)) continue;
    const next = xml[at + 4];
    if (next !== 0x20 && next !== 0x3e && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue; // <rowBreaks …
    const end = xml.indexOf(0x3e, at);
    if (end > 0 && xml[end - 1] !== 0x2f) count++;
  }
  return count;
}

/** Counts rows in every worksheet part before exceljs builds anything; refuses over `maxRows`. */
async function checkSize(bytes: Uint8Array, maxRows: number): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) throw new WorkbookRefused('damaged');
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new WorkbookRefused(entries.some((e) => e.name === '[Content_Types].xml') ? 'notWorkbook' : 'damaged');
  const unpacked = entries.reduce((sum, e) => sum + e.unpackedSize, 0);
  if (unpacked > LEDGER_IMPORT_MAX_UNPACKED_BYTES) throw new WorkbookRefused('unpackedTooLarge', { maxMegabytes: LEDGER_IMPORT_MAX_UNPACKED_BYTES / 1024 / 1024 });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookRefused('damaged');
  }
  let rows = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/^\/?xl\/worksheets\/[^/]+\.xml$/.test(file.name)) continue;
    let xml: Uint8Array;
    try {
      xml = await file.async('uint8array');
    } catch {
      throw new WorkbookRefused('damaged');
    }
    rows += rowsWithCells(xml, maxRows - rows);
    if (rows > maxRows) throw new WorkbookRefused('tooManyRows', { maxRows });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** An exceljs cell value as a plain one (see CellValue). */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
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
  return { name: ws.name, rows };
}

/** Reads the workbook, or throws WorkbookRefused (nothing partial). */
export async function readLedgerWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkbookContent> {
  const maxBytes = options.maxBytes ?? LEDGER_IMPORT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw new WorkbookRefused('tooLarge', { maxMegabytes: Math.round(maxBytes / 1024 / 1024) });
  if (startsWith(bytes, OLE2_SIGNATURE)) refuseOle2(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new WorkbookRefused('notWorkbook');
  await checkSize(bytes, options.maxRows ?? LEDGER_IMPORT_MAX_ROWS);
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
