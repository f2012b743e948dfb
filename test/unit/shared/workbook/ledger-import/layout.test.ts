/** Finding the table in each sheet of a 台账 and mapping its columns to case fields. */
import { describe, expect, it } from 'vitest';
import { detectLayout, type SheetLayout } from '../../../../../shared/workbook/ledger-import/layout';
import { layoutSignature, mappingFor, missingRequiredFields, remapColumn, saveMapping, suggestMapping } from '../../../../../shared/workbook/ledger-import/mapping';
import { readLedgerWorkbook } from '../../../../../shared/workbook/ledger-import/read';
import { ledger2019, workbookOf } from './fixtures';

async function layouts() {
  const content = await readLedgerWorkbook(await workbookOf(ledger2019()));
  return content.sheets.map(detectLayout);
}

describe('the table in each sheet', () => {
  it('skips the 汇总 sheet and a sheet without a header, saying why', async () => {
    const found = await layouts();
    expect(found.map((l) => [l.sheet, l.kind === 'skipped' ? l.reason : 'ledger'])).toEqual([
      ['汇总', 'summarySheet'],
      ['1月', 'ledger'],
      ['7月', 'ledger'],
      ['Sheet3', 'noHeader'],
    ]);
  });

  it('skips a hidden sheet (the lists behind drop-downs)', async () => {
    const bytes = await workbookOf([{ name: '列表', rows: [['客户', '型号'], ['华为', 'QX-210A']] }], (wb) => {
      wb.worksheets[0]!.state = 'hidden';
    });
    expect(detectLayout((await readLedgerWorkbook(bytes)).sheets[0]!)).toEqual({ kind: 'skipped', sheet: '列表', reason: 'hiddenSheet' });
  });

  it('takes a title row out, the two header rows in (数量 over 交货数 / 不良数), and skips the 合计 row', async () => {
    const january = (await layouts())[1] as SheetLayout;
    expect(january.headerRows).toEqual([2, 3]);
    expect(january.columns.map((c) => c.texts)).toEqual([
      ['原投诉编号'],
      ['投诉日期'],
      ['客户名称'],
      ['机种'],
      ['料号&品名'],
      ['批号'],
      ['不良现象'],
      ['数量', '交货数'],
      ['数量', '不良数'],
      ['责任部门'],
      ['状态'],
      ['结案日期'],
    ]);
    expect(january.dataRows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
    expect(january.skippedRows).toEqual([{ row: 8, reason: 'totalRow' }]);
    expect(january.dataRows[3]!.mergedFromAbove).toEqual([1, 2, 3, 4, 10, 11, 12]);
    expect(suggestMapping(january.columns).map((m) => m.field)).toEqual([
      'originalNumber',
      'receivedDate',
      'customerName',
      'productModel',
      'partNumber',
      'lotNumber',
      'defectDescription',
      'quantityDelivered',
      'quantityDefective',
      'responsibleDepartments',
      'status',
      'closedDate',
    ]);
  });

  it('takes an English header row under the Chinese one as part of the header', async () => {
    const july = (await layouts())[2] as SheetLayout;
    expect(july.headerRows).toEqual([1, 2]);
    expect(july.dataRows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    const mapping = suggestMapping(july.columns);
    expect(mapping.map((m) => m.field)).toEqual(['originalNumber', 'receivedDate', 'customerName', 'productModel', 'lotNumber', 'defectDescription', 'quantityDelivered', 'quantityDefective', 'customerRequests', 'status']);
    expect(mapping[2]).toEqual({ column: 3, header: '客户 / Customer', field: 'customerName', by: 'header' });
  });

  it('finds an English-only header in any column order and skips a header repeated on a later page', async () => {
    const content = await readLedgerWorkbook(
      await workbookOf([
        {
          name: 'Complaints',
          rows: [
            ['Customer', 'Model', 'Date', 'Defective'],
            ['Acme', 'QX-1', '2019-07-09', 3],
            ['Customer', 'Model', 'Date', 'Defective'],
            ['Acme', 'QX-2', '2019-07-10', 4],
          ],
        },
      ]),
    );
    const layout = detectLayout(content.sheets[0]!) as SheetLayout;
    expect(layout.headerRows).toEqual([1]);
    expect(layout.dataRows.map((r) => r.row)).toEqual([2, 4]);
    expect(layout.skippedRows).toEqual([{ row: 3, reason: 'headerRepeat' }]);
    expect(suggestMapping(layout.columns).map((m) => m.field)).toEqual(['customerName', 'productModel', 'receivedDate', 'quantityDefective']);
  });
  it('fills a merged data cell down but not across', async () => {
    const content = await readLedgerWorkbook(
      await workbookOf([
        {
          name: '台账',
          rows: [
            ['客户', '投诉日期', '不良现象', '不良数'],
            ['华为', '2019-07-09', '不通电，见邮件', null],
            [null, null, '异响', 2],
          ],
          merges: ['C2:D2', 'A2:A3', 'B2:B3'],
        },
      ]),
    );
    const layout = detectLayout(content.sheets[0]!) as SheetLayout;
    expect(layout.dataRows.map((r) => r.cells)).toEqual([
      ['华为', '2019-07-09', '不通电，见邮件', null],
      ['华为', '2019-07-09', '异响', 2],
    ]);
  });
});

describe('the column mapping', () => {
  const columns = [
    { column: 1, texts: ['客户'] },
    { column: 2, texts: ['日期'] },
    { column: 3, texts: ['备注'] },
    { column: 4, texts: ['Modell'] },
    { column: 5, texts: ['Customer'] },
  ];

  it('maps by header; a header naming no field takes the template’s field at its position if free; a second column of a field is left out', () => {
    expect(suggestMapping(columns)).toEqual([
      { column: 1, header: '客户', field: 'customerName', by: 'header' },
      { column: 2, header: '日期', field: 'receivedDate', by: 'header' },
      { column: 3, header: '备注', field: null, by: 'none' },
      { column: 4, header: 'Modell', field: 'productModel', by: 'position' },
      { column: 5, header: 'Customer', field: null, by: 'none' },
    ]);
  });

  it('names the required fields no column is mapped to', () => {
    expect(missingRequiredFields(suggestMapping(columns))).toEqual(['defectDescription', 'quantityDefective']);
    const typed = remapColumn(remapColumn(suggestMapping(columns), 3, 'defectType'), 5, 'quantityDefective');
    expect(missingRequiredFields(typed)).toEqual([]);
  });

  it('lets the clerk change a column, and finds the saved mapping again for the same layout next month', () => {
    const changed = remapColumn(suggestMapping(columns), 3, 'defectDescription');
    expect(changed.map((m) => [m.field, m.by])).toEqual([
      ['customerName', 'header'],
      ['receivedDate', 'header'],
      ['defectDescription', 'clerk'],
      ['productModel', 'position'],
      [null, 'none'],
    ]);
    expect(remapColumn(changed, 5, 'customerName').map((m) => m.field)).toEqual([null, 'receivedDate', 'defectDescription', 'productModel', 'customerName']);
    const saved = saveMapping(columns, changed);
    const nextMonth = [{ column: 1, texts: [' 客户 '] }, { column: 2, texts: ['日期'] }, { column: 3, texts: ['备注'] }, { column: 4, texts: ['MODELL'] }, { column: 5, texts: ['Customer'] }];
    expect(layoutSignature(nextMonth)).toBe(saved.signature);
    expect(mappingFor(nextMonth, [saved]).map((m) => [m.field, m.by])).toEqual([
      ['customerName', 'saved'],
      ['receivedDate', 'saved'],
      ['defectDescription', 'saved'],
      ['productModel', 'saved'],
      [null, 'saved'],
    ]);
    expect(mappingFor([{ column: 1, texts: ['客户'] }], [saved]).map((m) => m.by)).toEqual(['header']);
  });
});
