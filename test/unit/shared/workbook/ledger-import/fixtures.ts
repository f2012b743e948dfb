/** Workbooks made with exceljs that look like the 台账 offices keep, for the ledger import tests. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type SheetSpec = {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** Ranges like 'A3:A5' (exceljs mergeCells). */
  merges?: string[];
};

export async function workbookOf(sheets: SheetSpec[], edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, i) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(i + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An Excel date cell for a local day (exceljs writes a Date's UTC fields as the Excel serial). */
export const excelDay = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** The workbook with the first sheet's rows replaced by `count` rows of one number each (made as XML: exceljs would take long to write them). */
export async function withManyRows(count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookOf([{ name: '1月', rows: [['客户']] }]));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join('')}</sheetData>`));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
