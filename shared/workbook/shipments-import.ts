/**
 * Shipments from an Excel workbook (issue 17.3 "entered … or imported from
 * Excel"): the first sheet, a header row naming 月份, 客户, 型号 (optional),
 * 出货数量 and 出货批数 in any order, one figure per row. Untrusted input:
 * the file size and the row count are bounded, every row is checked with
 * the shipment rule, and the problems come back by row and field — the
 * caller saves all the rows or none. A month may be text (2026-11, 2026/11,
 * 2026年11月) or a date cell (its month). Pure (no DOM, no disk).
 */
import ExcelJS from 'exceljs';
import { hasErrors } from '../domain/field-checks';
import { validateShipment, type ShipmentInput } from '../domain/shipments/shipment';

export const SHIPMENTS_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const SHIPMENTS_IMPORT_MAX_ROWS = 5000;

const HEADERS = { month: ['月份', '月', 'month'], customerName: ['客户', '客户名称', 'customer'], productModel: ['型号', '产品型号', 'model'], quantityShipped: ['出货数量', '出货数', 'quantity'], lotsShipped: ['出货批数', '批数', 'lots'] } as const;
type Column = keyof typeof HEADERS;

export interface ImportProblem {
  /** The worksheet row (1 = the header). */
  row: number;
  /** A field of the shipment, or 'file' / 'header' for the whole file. */
  field: string;
  /** 'tooLarge' | 'tooManyRows' | 'unreadable' | 'noSheet' | 'missingColumn' or a shipment field code ('invalid', 'required' …). */
  code: string;
}

export interface ShipmentsImport {
  rows: ShipmentInput[];
  problems: ImportProblem[];
}

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'result' in v) return text(v.result);
  return typeof v === 'object' ? '' : String(v);
};

/** yyyy-mm of a month cell, or '' when it names no month. */
function monthOf(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 7); // Excel dates carry the local day in their UTC parts
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(text(v));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : '';
}

/** A whole number from a number cell or text ("200,000"), NaN otherwise (the rule then says 'invalid'). */
function countOf(v: ExcelJS.CellValue): number {
  if (typeof v === 'number') return v;
  const t = text(v).replace(/[,，\s]/g, '');
  return /^\d{1,10}$/.test(t) ? Number(t) : Number.NaN;
}

export async function readShipmentsWorkbook(bytes: Uint8Array): Promise<ShipmentsImport> {
  if (bytes.byteLength > SHIPMENTS_IMPORT_MAX_BYTES) return { rows: [], problems: [{ row: 0, field: 'file', code: 'tooLarge' }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { rows: [], problems: [{ row: 0, field: 'file', code: 'unreadable' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], problems: [{ row: 0, field: 'file', code: 'noSheet' }] };
  if (sheet.actualRowCount - 1 > SHIPMENTS_IMPORT_MAX_ROWS) return { rows: [], problems: [{ row: 0, field: 'file', code: 'tooManyRows' }] };
  const columnOf: Partial<Record<Column, number>> = {};
  sheet.getRow(1).eachCell((cell, col) => {
    const name = text(cell.value).trim().toLowerCase();
    for (const [key, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) if (names.includes(name) && columnOf[key] === undefined) columnOf[key] = col;
  });
  const missing = (['month', 'customerName', 'quantityShipped', 'lotsShipped'] as const).filter((c) => columnOf[c] === undefined);
  if (missing.length) return { rows: [], problems: missing.map((field) => ({ row: 1, field, code: 'missingColumn' })) };
  const rows: ShipmentInput[] = [];
  const problems: ImportProblem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, index) => {
    if (index === 1) return;
    const cell = (c: Column) => (columnOf[c] === undefined ? null : row.getCell(columnOf[c]).value);
    const input: ShipmentInput = {
      month: monthOf(cell('month')),
      customerId: '',
      customerName: text(cell('customerName')).trim(),
      productModelId: '',
      productModel: text(cell('productModel')).trim(),
      quantityShipped: countOf(cell('quantityShipped')),
      lotsShipped: countOf(cell('lotsShipped')),
    };
    if (!input.customerName && !input.month && Number.isNaN(input.quantityShipped)) return; // a blank line
    const errors = validateShipment(input);
    if (hasErrors(errors)) for (const [field, code] of Object.entries(errors)) problems.push({ row: index, field, code });
    else rows.push(input);
  });
  return { rows, problems };
}
