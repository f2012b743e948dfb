/**
 * What a file must be before the 台账 import reads it (issue 18.4), checked
 * on its bytes BEFORE exceljs builds anything in memory: at most 50 MB, an
 * .xlsx (a legacy .xls and a password-protected workbook — both OLE2
 * containers — told apart by their streams, each with its own advice), at
 * most 600 MB declared unpacked, and at most 200,000 rows with cells over
 * all sheets, counted in the sheets' XML (jszip, exceljs's own zip reader),
 * so Excel's 1,048,576 rows are refused in about a second. A refusal is a
 * code with params the renderer translates (ledgerImport.refusal.*). Pure.
 */
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

export interface GuardOptions {
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

/** Throws WorkbookRefused unless the bytes are an .xlsx within the limits. */
export async function guardWorkbook(bytes: Uint8Array, options: GuardOptions = {}): Promise<void> {
  const maxBytes = options.maxBytes ?? LEDGER_IMPORT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw new WorkbookRefused('tooLarge', { maxMegabytes: Math.round(maxBytes / 1024 / 1024) });
  if (startsWith(bytes, OLE2_SIGNATURE)) refuseOle2(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new WorkbookRefused('notWorkbook');
  await checkSize(bytes, options.maxRows ?? LEDGER_IMPORT_MAX_ROWS);
}
