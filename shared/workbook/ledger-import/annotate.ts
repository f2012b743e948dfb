/**
 * The refused rows of a 台账 import as a workbook the clerk fixes and
 * imports again (issue 18.2): per sheet with refused rows, a sheet of the
 * same name with the same header row(s), the refused rows' cells as read,
 * and two more columns — 原行号 (the row in the original) and 错误原因 (each
 * problem as "column: reason"). Those two headers are never imported
 * (mapping.ts IGNORED_HEADERS). The reasons are worded by the caller (the
 * renderer's i18n), so the file reads in the clerk's language; the headers
 * are Chinese like every workbook of the desk. Texts are written as text:
 * "=1+1" stays text. Pure.
 */
import ExcelJS from 'exceljs';
import type { RefusedRow } from './plan';
import type { SheetToImport } from './prepare';
import type { CellValue, SheetRow, WorkbookContent } from './read';
import type { RowProblem } from './rows';

/** A problem in the clerk's words (e.g. i18n of `ledgerImport.codes.<code>` with its params); when it has no column, naming its field too. */
export type DescribeProblem = (problem: RowProblem) => string;

const writable = (value: CellValue): ExcelJS.CellValue => (value !== null && typeof value === 'object' && !(value instanceof Date) ? value.text : value);

function reasonOf(row: number, refused: RefusedRow, header: (column: number | undefined) => string, describe: DescribeProblem): string {
  const own = refused.problems.filter((p) => p.row === row);
  return (own.length ? own : refused.problems)
    .map((p) => {
      const name = header(p.column);
      return name ? `${name}：${describe(p)}` : describe(p);
    })
    .join('；');
}

export async function annotatedCopy(content: WorkbookContent, sheets: readonly SheetToImport[], refused: readonly RefusedRow[], describe: DescribeProblem): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { layout, mapping } of sheets) {
    const mine = refused.filter((r) => r.sheet === layout.sheet);
    const source = content.sheets.find((s) => s.name === layout.sheet);
    if (mine.length === 0 || !source) continue;
    const byRow = new Map<number, SheetRow>(source.rows.map((r) => [r.row, r]));
    const width = Math.max(...layout.columns.map((c) => c.column), ...mine.flatMap((r) => r.rows.map((n) => byRow.get(n)?.cells.length ?? 0)));
    const ws = workbook.addWorksheet(layout.sheet, { views: [{ state: 'frozen', ySplit: layout.headerRows.length }] });
    const header = (column: number | undefined) => (column === undefined ? '' : (mapping.find((m) => m.column === column)?.header ?? ''));
    const put = (cells: readonly CellValue[], extra: [ExcelJS.CellValue, ExcelJS.CellValue]) => {
      const row = ws.addRow([...Array.from({ length: width }, (_, i) => writable(cells[i] ?? null)), ...extra]);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      return row;
    };
    layout.headerRows.forEach((n, i) => {
      const row = put(byRow.get(n)?.cells ?? [], i === 0 ? ['原行号', '错误原因'] : [null, null]);
      row.font = { bold: true };
    });
    for (const entry of mine) {
      for (const n of entry.rows) {
        const row = put(byRow.get(n)?.cells ?? [], [n, reasonOf(n, entry, header, describe)]);
        row.getCell(width + 2).font = { color: { argb: 'FFC00000' } };
      }
    }
    ws.getColumn(width + 2).width = 60;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
