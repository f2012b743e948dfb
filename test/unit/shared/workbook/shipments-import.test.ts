/** Shipments read from a workbook: columns found by their Chinese headers in any order, every row checked, problems by row and field. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readShipmentsWorkbook, SHIPMENTS_IMPORT_MAX_BYTES } from '../../../../shared/workbook/shipments-import';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('出货');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('shipments from Excel', () => {
  it('reads text and date months, numbers and "200,000", in any column order; a blank line is skipped', async () => {
    const bytes = await workbook([
      ['客户', '出货批数', '月份', '出货数量', '型号'],
      ['华为电子', 40, '2026-11', 200000, 'QX-210A'],
      ['美的', '2', new Date(Date.UTC(2026, 9, 1)), '1,000', ''],
      [],
      ['华东电器', 5, '2026年9月', 5000, null],
    ]);
    expect(await readShipmentsWorkbook(bytes)).toEqual({
      rows: [
        { month: '2026-11', customerId: '', customerName: '华为电子', productModelId: '', productModel: 'QX-210A', quantityShipped: 200000, lotsShipped: 40 },
        { month: '2026-10', customerId: '', customerName: '美的', productModelId: '', productModel: '', quantityShipped: 1000, lotsShipped: 2 },
        { month: '2026-09', customerId: '', customerName: '华东电器', productModelId: '', productModel: '', quantityShipped: 5000, lotsShipped: 5 },
      ],
      problems: [],
    });
  });

  it('names every bad row and field; a formula stays text, never evaluated', async () => {
    const bytes = await workbook([
      ['月份', '客户', '出货数量', '出货批数'],
      ['2026-13', '', -5, 2],
      ['2026-11', '=HYPERLINK("x")', 10, 20],
    ]);
    const { rows, problems } = await readShipmentsWorkbook(bytes);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { row: 2, field: 'month', code: 'invalid' },
      { row: 2, field: 'customerName', code: 'required' },
      { row: 2, field: 'quantityShipped', code: 'invalid' },
      { row: 3, field: 'lotsShipped', code: 'moreThanQuantity' },
    ]);
  });

  it('refuses a file without the needed columns, one that is not a workbook, and one too large', async () => {
    expect((await readShipmentsWorkbook(await workbook([['客户', '数量']]))).problems.map((p) => p.field)).toEqual(['month', 'quantityShipped', 'lotsShipped']);
    expect(await readShipmentsWorkbook(new TextEncoder().encode('not a workbook'))).toEqual({ rows: [], problems: [{ row: 0, field: 'file', code: 'unreadable' }] });
    expect((await readShipmentsWorkbook(new Uint8Array(SHIPMENTS_IMPORT_MAX_BYTES + 1))).problems).toEqual([{ row: 0, field: 'file', code: 'tooLarge' }]);
  });
});
